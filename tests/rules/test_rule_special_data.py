"""ROPA12x: special categories (Art. 9) and criminal-offence data (Art. 10)."""

from __future__ import annotations

from rule_support import CLEAN, Lint

SENSITIVE = """\
data_categories:
  - id: health
    name: Sick notes
    special: health
  - id: convictions
    name: Criminal record extracts
    criminal: true
"""


def _activity(categories: str, extra: str = "") -> str:
    return CLEAN.replace("data_categories: [contact]", f"data_categories: {categories}") + (
        extra + SENSITIVE
    )


def test_special_data_without_condition(lint: Lint) -> None:
    result = lint(_activity("[contact, health]"))
    result.expect(
        "ROPA120",
        "error",
        "special categories of data ('health' (health))",
        at="data_categories: [contact, health]",
    )


def test_special_data_with_condition(lint: Lint) -> None:
    result = lint(
        _activity(
            "[contact, health]", "    special_category_condition: employment-social-protection\n"
        )
    )
    result.clean("ROPA120")
    result.clean("ROPA121")


def test_explicit_consent_without_record(lint: Lint) -> None:
    result = lint(
        _activity(
            "[contact, health]",
            """\
    special_category_condition: explicit-consent
    consent:
      how: A signed form
      withdraw: A message to HR
""",
        )
    )
    result.expect(
        "ROPA121",
        "warning",
        "add `consent.records`",
        at="special_category_condition: explicit-consent",
    )


def test_explicit_consent_with_record(lint: Lint) -> None:
    result = lint(
        _activity(
            "[contact, health]",
            """\
    special_category_condition: explicit-consent
    consent:
      how: A signed form
      withdraw: A message to HR
      records: The signed forms, kept by HR
""",
        )
    )
    result.clean("ROPA121")
    result.clean("ROPA114")


def test_criminal_data_without_authority(lint: Lint) -> None:
    result = lint(_activity("[contact, convictions]"))
    result.expect(
        "ROPA122",
        "error",
        "criminal-offence data ('convictions')",
        at="data_categories: [contact, convictions]",
    )


def test_criminal_data_with_authority(lint: Lint) -> None:
    result = lint(
        _activity(
            "[contact, convictions]",
            "    criminal_data_authority: The national law on checks of staff working with "
            "children\n",
        )
    )
    result.clean("ROPA122")


def test_processor_activity_with_special_data_needs_no_condition(lint: Lint) -> None:
    text = (
        _activity("[contact, health]")
        .replace(
            "    name: Orders\n",
            "    name: Orders\n    role: processor\n    on_behalf_of: [acme]\n",
        )
        .replace("role: processor\n    country: FR", "role: sub-processor\n    country: FR")
    )
    result = lint(
        text + "clients:\n  - id: acme\n    name: Acme\n    contact: {email: a@acme.example}\n"
    )
    result.clean("ROPA120")
    assert [f.rule for f in result.findings] == ["ROPA151"]  # 'convictions' is unused
