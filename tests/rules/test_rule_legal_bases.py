"""ROPA11x: legal bases and consent."""

from __future__ import annotations

import pytest
from rule_support import CLEAN, CLIENT, PUBLIC_AUTHORITY, Lint, for_client, hosting_as_sub_processor


def _purpose(lines: str, consent: str = "") -> str:
    """The clean entries with the activity's single purpose replaced by `lines`."""
    return (
        CLEAN.replace(
            "      - description: Delivering orders\n        legal_basis: contract\n",
            lines,
        )
        + consent
    )


NEWSLETTER = """\
      - description: Sending the newsletter
        legal_basis: consent
"""


@pytest.mark.parametrize(
    ("purposes", "consent", "rule", "severity", "fragment", "at", "not_also"),
    [
        pytest.param(
            """\
      - description: Delivering orders
        legal_basis: contract
      - description: Measuring delivery times
""",
            "",
            "ROPA110",
            "error",
            "purpose 2 of activity 'orders' has no legal basis",
            "- description: Measuring delivery times",
            None,
            id="controller_purpose_without_legal_basis",
        ),
        pytest.param(
            """\
      - description: Fraud screening
        legal_basis: legitimate-interests
        lia: {date: 2024-01-01}
""",
            "",
            "ROPA111",
            "error",
            "add `legitimate_interest`",
            "legal_basis: legitimate-interests",
            "ROPA112",
            id="legitimate_interests_without_the_interest",
        ),
        pytest.param(
            """\
      - description: Fraud screening
        legal_basis: [contract, legitimate-interests]
        legitimate_interest: Not losing money to stolen cards
""",
            "",
            "ROPA112",
            "warning",
            "add `lia`",
            "legal_basis: [contract, legitimate-interests]",
            "ROPA111",
            id="legitimate_interests_without_assessment",
        ),
        pytest.param(
            """\
      - description: Managing the municipal library
        legal_basis: [public-task, legitimate-interests]
        legitimate_interest: Running the library
        lia: {date: 2024-01-01}
""",
            "",
            "ROPA113",
            "warning",
            "relies on both public-task and legitimate-interests",
            "legal_basis: [public-task, legitimate-interests]",
            None,
            id="public_task_and_legitimate_interests_in_one_purpose",
        ),
        pytest.param(
            NEWSLETTER,
            """\
    consent:
      how: An unticked box
      records: The mailing tool's log
""",
            "ROPA114",
            "warning",
            "add `consent.withdraw`",
            "consent:",
            None,
            id="consent_without_withdrawal",
        ),
        pytest.param(
            NEWSLETTER,
            "",
            "ROPA114",
            "warning",
            "activity 'orders'",
            "legal_basis: consent",
            None,
            id="consent_without_consent_section",
        ),
    ],
)
def test_purpose_with_a_finding(
    lint: Lint,
    purposes: str,
    consent: str,
    rule: str,
    severity: str,
    fragment: str,
    at: str,
    not_also: str | None,
) -> None:
    result = lint(_purpose(purposes, consent))
    result.expect(rule, severity, fragment, at=at)
    if not_also is not None:
        result.clean(not_also)


@pytest.mark.parametrize(
    ("purposes", "consent", "rule"),
    [
        pytest.param(
            """\
      - description: Fraud screening
        legal_basis: legitimate-interests
        legitimate_interest: Not losing money to stolen cards
        lia: {date: 2024-01-01, reference: LIA-1}
""",
            "",
            "ROPA111",
            id="legitimate_interests_with_the_interest",
        ),
        pytest.param(
            """\
      - description: Managing the municipal library
        legal_basis: public-task
      - description: Renting out the library hall
        legal_basis: legitimate-interests
        legitimate_interest: Covering the hall's costs
        lia: {date: 2024-01-01}
""",
            "",
            "ROPA113",
            id="public_task_and_legitimate_interests_in_separate_purposes",
        ),
        pytest.param(
            NEWSLETTER,
            """\
    consent:
      how: An unticked box
      withdraw: The unsubscribe link in every newsletter
""",
            "ROPA114",
            id="consent_with_withdrawal",
        ),
    ],
)
def test_purpose_without_a_finding(lint: Lint, purposes: str, consent: str, rule: str) -> None:
    result = lint(_purpose(purposes, consent))
    result.clean(rule)
    assert result.findings == []


def test_processor_purpose_needs_no_legal_basis(lint: Lint) -> None:
    text = _purpose("      - description: Delivering orders for our client\n")
    result = lint(hosting_as_sub_processor(for_client(text)) + CLIENT)
    result.clean("ROPA110")
    assert result.findings == []


# ROPA115: public authorities and legitimate interests (Art. 6(1), last subparagraph).

INTERESTS = """\
      - description: Measuring visits to our website
        legal_basis: legitimate-interests  # here
        legitimate_interest: Knowing which pages help residents
        lia: {date: 2024-01-01}
"""


def test_public_authority_on_legitimate_interests(lint: Lint) -> None:
    result = lint(_purpose(INTERESTS), organization=PUBLIC_AUTHORITY)
    result.expect(
        "ROPA115",
        "error",
        "the purpose of activity 'orders' relies on legitimate interests, which a public "
        "authority cannot use",
        at="# here",
    )


def test_public_authority_on_public_task(lint: Lint) -> None:
    text = _purpose(INTERESTS.replace("legitimate-interests  # here", "public-task"))
    result = lint(text, organization=PUBLIC_AUTHORITY)
    result.clean("ROPA115")
    assert result.findings == []


def test_other_organisation_on_legitimate_interests(lint: Lint) -> None:
    lint(_purpose(INTERESTS)).clean("ROPA115")
