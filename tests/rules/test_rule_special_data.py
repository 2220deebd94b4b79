"""ROPA12x: special categories (Art. 9) and criminal-offence data (Art. 10)."""

from __future__ import annotations

import pytest
from rule_support import CLEAN, CLIENT, Lint, for_client, hosting_as_sub_processor

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


@pytest.mark.parametrize(
    ("categories", "rule", "severity", "fragment"),
    [
        pytest.param(
            "[contact, health]",
            "ROPA120",
            "error",
            "special categories of data ('health' (health))",
            id="special_data_without_condition",
        ),
        pytest.param(
            "[contact, convictions]",
            "ROPA122",
            "error",
            "criminal-offence data ('convictions')",
            id="criminal_data_without_authority",
        ),
    ],
)
def test_sensitive_data_without_its_ground(
    lint: Lint, categories: str, rule: str, severity: str, fragment: str
) -> None:
    result = lint(_activity(categories))
    result.expect(rule, severity, fragment, at=f"data_categories: {categories}")


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


@pytest.mark.parametrize(
    ("categories", "ground", "rules"),
    [
        pytest.param(
            "[contact, health]",
            "    special_category_condition: employment-social-protection\n",
            ["ROPA120", "ROPA121"],
            id="special_data_with_condition",
        ),
        pytest.param(
            "[contact, health]",
            """\
    special_category_condition: explicit-consent
    consent:
      how: A signed form
      withdraw: A message to HR
      records: The signed forms, kept by HR
""",
            ["ROPA121", "ROPA114"],
            id="explicit_consent_with_record",
        ),
        pytest.param(
            "[contact, convictions]",
            "    criminal_data_authority: The national law on checks of staff working with "
            "children\n",
            ["ROPA122"],
            id="criminal_data_with_authority",
        ),
    ],
)
def test_sensitive_data_with_its_ground(
    lint: Lint, categories: str, ground: str, rules: list[str]
) -> None:
    result = lint(_activity(categories, ground))
    for rule in rules:
        result.clean(rule)


def test_processor_activity_with_special_data_needs_no_condition(lint: Lint) -> None:
    result = lint(hosting_as_sub_processor(for_client(_activity("[contact, health]"))) + CLIENT)
    result.clean("ROPA120")
    assert [f.rule for f in result.findings] == ["ROPA151"]  # 'convictions' is unused
