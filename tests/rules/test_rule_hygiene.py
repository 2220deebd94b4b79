"""ROPA15x: review dates, unused entries, security measures, authority ids."""

from __future__ import annotations

from datetime import date

import pytest
from rule_support import CLEAN, ORGANIZATION, VOCABULARY, Lint

from ropa.rules.review_overdue import add_months


def _reviewed(day: str) -> str:
    """The clean entries with activity 'orders' last reviewed on `day` (today: 2026-06-01)."""
    return CLEAN.replace("last_reviewed: 2026-01-10", f"last_reviewed: {day}")


@pytest.mark.parametrize(
    ("day", "rule", "severity", "fragment"),
    [
        pytest.param(
            "2025-05-31",
            "ROPA150",
            "warning",
            "last reviewed on 2025-05-31, more than 12 months ago",
            id="review_older_than_twelve_months",
        ),
        pytest.param(
            "2062-01-10",
            "ROPA154",
            "warning",
            "activity 'orders': last_reviewed is 2062-01-10, after today (2026-06-01)",
            id="last_review_in_the_future",
        ),
    ],
)
def test_last_review_date_that_cannot_stand(
    lint: Lint, day: str, rule: str, severity: str, fragment: str
) -> None:
    lint(_reviewed(day)).expect(rule, severity, fragment, at=f"last_reviewed: {day}")


@pytest.mark.parametrize(
    ("day", "rule"),
    [
        pytest.param("2025-06-01", "ROPA150", id="review_exactly_twelve_months_ago"),
        pytest.param("2026-06-01", "ROPA154", id="today_is_not_the_future"),
    ],
)
def test_last_review_date_that_stands(lint: Lint, day: str, rule: str) -> None:
    lint(_reviewed(day)).clean(rule)


def test_review_age_follows_the_today_given(lint: Lint) -> None:
    lint(CLEAN, today=date(2027, 1, 11)).expect(
        "ROPA150", "warning", "2026-01-10", at="last_reviewed:"
    )


def test_months_are_added_to_the_end_of_short_months() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 3), 14) == date(2027, 1, 3)


def test_unused_entries(lint: Lint) -> None:
    vocabulary = (
        VOCABULARY
        + """\
  - id: backups
    name: Daily backups
"""
    )
    result = lint(CLEAN, vocabulary=vocabulary)
    [finding] = result.of("ROPA151")
    assert finding.severity.value == "info"
    assert "security measure 'backups' is defined but no activity uses it" in finding.message
    assert finding.location.file.endswith("vocabulary.yaml")
    assert finding.location.line == vocabulary.splitlines().index("  - id: backups") + 1


def test_unused_recipient(lint: Lint) -> None:
    result = lint(CLEAN.replace("recipients: [hosting]", "recipients: []"))
    result.expect("ROPA151", "info", "recipient 'hosting'", at="- id: hosting")


def test_everything_used(lint: Lint) -> None:
    lint(CLEAN).clean("ROPA151")


def test_activity_without_any_security_measure(lint: Lint) -> None:
    vocabulary = VOCABULARY.replace("    scope: organization\n", "")
    result = lint(CLEAN, vocabulary=vocabulary)
    result.expect(
        "ROPA152", "warning", "activity 'orders' has no security measure", at="- id: orders"
    )


def test_activity_with_its_own_measure(lint: Lint) -> None:
    vocabulary = VOCABULARY.replace("    scope: organization\n", "")
    text = CLEAN.replace("    retention:", "    security_measures: [encryption]\n    retention:")
    result = lint(text, vocabulary=vocabulary)
    result.clean("ROPA152")
    assert result.findings == []


def test_unknown_supervisory_authority(lint: Lint) -> None:
    organization = ORGANIZATION.replace("CNIL", "CNILL")
    [finding] = lint(CLEAN, organization=organization).of("ROPA153")
    assert finding.severity.value == "warning"
    assert "'CNILL' is not in ropa's table" in finding.message
    assert (
        finding.location.line
        == organization.splitlines().index("  supervisory_authority: CNILL") + 1
    )


def test_supervisory_authority_ids_match_whatever_the_case(lint: Lint) -> None:
    lint(CLEAN, organization=ORGANIZATION.replace("CNIL", "BlnBDI")).clean("ROPA153")


# ROPA154, ROPA155: dates that cannot be right.


def test_contract_tia_and_dpia_dates_in_the_future(lint: Lint) -> None:
    text = CLEAN.replace("date: 2024-01-01}", "date: 2027-01-01}") + (
        "    dpia: {status: completed, date: 2026-07-01}\n"
    )
    result = lint(text)
    found = sorted(f.message.split(" is ")[0] for f in result.of("ROPA154"))
    assert found == ["activity 'orders': dpia.date", "recipient 'hosting': contract.date"]


def _created(day: str) -> str:
    """The clean entries with activity 'orders' created on `day` (last review: 2026-01-10)."""
    return CLEAN.replace(
        "    last_reviewed: 2026-01-10\n", f"    created: {day}\n    last_reviewed: 2026-01-10\n"
    )


def test_created_after_the_last_review(lint: Lint) -> None:
    result = lint(_created("2026-02-01"))
    result.expect(
        "ROPA155",
        "warning",
        "activity 'orders' was created on 2026-02-01, after its last review on 2026-01-10",
        at="created: 2026-02-01",
    )


def test_created_before_the_last_review(lint: Lint) -> None:
    result = lint(_created("2025-02-01"))
    result.clean("ROPA155")
    assert result.findings == []
