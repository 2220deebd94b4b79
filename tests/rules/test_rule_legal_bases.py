"""ROPA11x: legal bases and consent."""

from __future__ import annotations

from rule_support import CLEAN, Lint


def _purpose(lines: str, consent: str = "") -> str:
    """The clean entries with the activity's single purpose replaced by `lines`."""
    return (
        CLEAN.replace(
            "      - description: Delivering orders\n        legal_basis: contract\n",
            lines,
        )
        + consent
    )


def test_controller_purpose_without_legal_basis(lint: Lint) -> None:
    result = lint(
        _purpose("""\
      - description: Delivering orders
        legal_basis: contract
      - description: Measuring delivery times
""")
    )
    result.expect(
        "ROPA110",
        "error",
        "purpose 2 of activity 'orders' has no legal basis",
        at="- description: Measuring delivery times",
    )


def test_processor_purpose_needs_no_legal_basis(lint: Lint) -> None:
    result = lint(
        _purpose("""\
      - description: Delivering orders for our client
""")
        .replace(
            "    name: Orders\n",
            "    name: Orders\n    role: processor\n    on_behalf_of: [acme]\n",
        )
        .replace("    role: processor\n    country: FR", "    role: sub-processor\n    country: FR")
        + """\
clients:
  - id: acme
    name: Acme
    contact: {email: privacy@acme.example}
"""
    )
    result.clean("ROPA110")
    assert result.findings == []


def test_legitimate_interests_without_the_interest(lint: Lint) -> None:
    result = lint(
        _purpose("""\
      - description: Fraud screening
        legal_basis: legitimate-interests
        lia: {date: 2024-01-01}
""")
    )
    result.expect(
        "ROPA111", "error", "add `legitimate_interest`", at="legal_basis: legitimate-interests"
    )
    result.clean("ROPA112")


def test_legitimate_interests_with_the_interest(lint: Lint) -> None:
    result = lint(
        _purpose("""\
      - description: Fraud screening
        legal_basis: legitimate-interests
        legitimate_interest: Not losing money to stolen cards
        lia: {date: 2024-01-01, reference: LIA-1}
""")
    )
    result.clean("ROPA111")
    assert result.findings == []


def test_legitimate_interests_without_assessment(lint: Lint) -> None:
    result = lint(
        _purpose("""\
      - description: Fraud screening
        legal_basis: [contract, legitimate-interests]
        legitimate_interest: Not losing money to stolen cards
""")
    )
    result.expect(
        "ROPA112", "warning", "add `lia`", at="legal_basis: [contract, legitimate-interests]"
    )
    result.clean("ROPA111")


def test_public_task_and_legitimate_interests_in_one_purpose(lint: Lint) -> None:
    result = lint(
        _purpose("""\
      - description: Managing the municipal library
        legal_basis: [public-task, legitimate-interests]
        legitimate_interest: Running the library
        lia: {date: 2024-01-01}
""")
    )
    result.expect(
        "ROPA113",
        "warning",
        "relies on both public-task and legitimate-interests",
        at="legal_basis: [public-task, legitimate-interests]",
    )


def test_public_task_and_legitimate_interests_in_separate_purposes(lint: Lint) -> None:
    result = lint(
        _purpose("""\
      - description: Managing the municipal library
        legal_basis: public-task
      - description: Renting out the library hall
        legal_basis: legitimate-interests
        legitimate_interest: Covering the hall's costs
        lia: {date: 2024-01-01}
""")
    )
    result.clean("ROPA113")
    assert result.findings == []


def test_consent_without_withdrawal(lint: Lint) -> None:
    result = lint(
        _purpose(
            """\
      - description: Sending the newsletter
        legal_basis: consent
""",
            consent="""\
    consent:
      how: An unticked box
      records: The mailing tool's log
""",
        )
    )
    result.expect("ROPA114", "warning", "add `consent.withdraw`", at="consent:")


def test_consent_without_consent_section(lint: Lint) -> None:
    result = lint(
        _purpose("""\
      - description: Sending the newsletter
        legal_basis: consent
""")
    )
    result.expect("ROPA114", "warning", "activity 'orders'", at="legal_basis: consent")


def test_consent_with_withdrawal(lint: Lint) -> None:
    result = lint(
        _purpose(
            """\
      - description: Sending the newsletter
        legal_basis: consent
""",
            consent="""\
    consent:
      how: An unticked box
      withdraw: The unsubscribe link in every newsletter
""",
        )
    )
    result.clean("ROPA114")
    assert result.findings == []


# ROPA115: public authorities and legitimate interests (Art. 6(1), last subparagraph).

PUBLIC = """\
organization:
  name: Ville d'Exemple
  address: 1 place de la Mairie, 69000 Lyon, France
  country: FR
  public_authority: true
  dpo: {email: dpd@ville.example}
  supervisory_authority: CNIL
"""

INTERESTS = """\
      - description: Measuring visits to our website
        legal_basis: legitimate-interests  # here
        legitimate_interest: Knowing which pages help residents
        lia: {date: 2024-01-01}
"""


def test_public_authority_on_legitimate_interests(lint: Lint) -> None:
    result = lint(_purpose(INTERESTS), organization=PUBLIC)
    result.expect(
        "ROPA115",
        "error",
        "the purpose of activity 'orders' relies on legitimate interests, which a public "
        "authority cannot use",
        at="# here",
    )


def test_public_authority_on_public_task(lint: Lint) -> None:
    text = _purpose(INTERESTS.replace("legitimate-interests  # here", "public-task"))
    result = lint(text, organization=PUBLIC)
    result.clean("ROPA115")
    assert result.findings == []


def test_other_organisation_on_legitimate_interests(lint: Lint) -> None:
    lint(_purpose(INTERESTS)).clean("ROPA115")
