"""ROPA140: DPIA screening on the WP248 criteria."""

from __future__ import annotations

from rule_support import CLEAN, Lint

PUPILS = """\
data_subjects:
  - id: pupils
    name: Pupils
    vulnerable: true
"""


def _screened(extra: str, dpia: str = "") -> str:
    return (
        CLEAN.replace("data_subjects: [customers]", "data_subjects: [customers, pupils]")
        + extra
        + dpia
        + PUPILS
    )


def test_two_criteria_and_dpia_not_required(lint: Lint) -> None:
    result = lint(
        _screened("    risk: {large_scale: true}\n", "    dpia:\n      status: not-required\n")
    )
    result.expect(
        "ROPA140",
        "error",
        "meets 2 high-risk criteria (large scale, vulnerable data subjects)",
        at="status: not-required",
    )


def test_two_criteria_and_no_dpia(lint: Lint) -> None:
    result = lint(_screened("    profiling: {description: Scoring reading levels}\n"))
    result.expect(
        "ROPA140",
        "error",
        "(evaluation or profiling, vulnerable data subjects) but records no DPIA",
        at="- id: orders",
    )


def test_article_35_3_case_is_named(lint: Lint) -> None:
    result = lint(
        CLEAN
        + """\
    profiling: {description: Credit scoring}
    automated_decisions:
      logic: A score below a threshold
      significance: Decides whether credit is granted
      consequences: Credit may be refused
"""
    )
    result.expect("ROPA140", "error", "falls under Art. 35(3)(a)", at="- id: orders")


def test_two_criteria_and_dpia_completed(lint: Lint) -> None:
    result = lint(
        _screened(
            "    risk: {large_scale: true}\n",
            "    dpia: {status: completed, date: 2024-05-10, reference: DPIA-1}\n",
        )
    )
    result.clean("ROPA140")
    assert result.findings == []


def test_one_criterion_needs_no_dpia(lint: Lint) -> None:
    result = lint(CLEAN + "    risk: {large_scale: true}\n    dpia: {status: not-required}\n")
    result.clean("ROPA140")


def test_minors_count_as_vulnerable_data_subjects(lint: Lint) -> None:
    children = PUPILS.replace("    vulnerable: true\n", "    minors: true\n")
    text = CLEAN.replace("data_subjects: [customers]", "data_subjects: [customers, pupils]")
    result = lint(text + "    risk: {large_scale: true}\n" + children)
    result.expect(
        "ROPA140",
        "error",
        "meets 2 high-risk criteria (large scale, vulnerable data subjects)",
        at="- id: orders",
    )


def test_adults_not_marked_vulnerable_are_not_a_criterion(lint: Lint) -> None:
    adults = PUPILS.replace("    vulnerable: true\n", "    minors: false\n")
    text = CLEAN.replace("data_subjects: [customers]", "data_subjects: [customers, pupils]")
    lint(text + "    risk: {large_scale: true}\n" + adults).clean("ROPA140")
