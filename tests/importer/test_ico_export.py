"""`ropa export xlsx --layout ico`: the ICO template's columns, and back through import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ropa.cli import main
from ropa.validate import validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _facts(folder: Path, lang: str) -> list[tuple[Any, ...]]:
    """What the ICO sheet must carry through: each controller activity's name, bases per
    purpose, Art. 9 condition, retention period, transfer countries and DPIA state."""
    result = validate(str(folder))
    registry = result.registry
    assert registry is not None, result.findings
    facts = []
    for activity in registry.activities:
        if activity.role == "processor":
            continue
        facts.append(
            (
                activity.name.get(lang),
                [p.legal_bases for p in activity.purposes],
                activity.special_category_condition,
                activity.retention.period if activity.retention else None,
                sorted(t.country for _, t in registry.transfers_for(activity)),
                sorted(t.mechanism for _, t in registry.transfers_for(activity)),
                activity.dpia.status if activity.dpia else None,
            )
        )
    return facts


@pytest.mark.parametrize(
    ("example", "lang"), [("ampere", "en"), ("ampere", "fr"), ("lohnwerk", "en"), ("uk-shop", "en")]
)
def test_ico_sheet_imports_back_to_the_same_facts(tmp_path: Path, example: str, lang: str) -> None:
    sheet = tmp_path / "ico.xlsx"
    assert (
        main(
            [
                "export",
                "xlsx",
                str(FIXTURES / example),
                "--layout",
                "ico",
                "--lang",
                lang,
                "-o",
                str(sheet),
            ]
        )
        == 0
    )
    target = tmp_path / "imported"
    assert main(["import", str(sheet), "--lang", lang, "-o", str(target)]) == 0
    assert validate(str(target)).errors == 0
    assert _facts(target, lang) == _facts(FIXTURES / example, lang)


def test_ico_sheet_has_the_template_columns_in_order(tmp_path: Path) -> None:
    from ico_workbook import ICO_TITLES
    from openpyxl import load_workbook

    sheet = tmp_path / "ico.xlsx"
    assert (
        main(["export", "xlsx", str(FIXTURES / "ampere"), "--layout", "ico", "-o", str(sheet)]) == 0
    )
    book = load_workbook(sheet)
    rows = list(book.active.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "Business function")
    assert [
        t.replace(" (if applicable)", "").replace(" (if possible)", "") for t in ICO_TITLES
    ] == [t.replace(" (if applicable)", "").replace(" (if possible)", "") for t in rows[header]]
    first = dict(zip(rows[header], rows[header + 1], strict=True))
    assert (
        first["Purpose of processing"].startswith("Business reporting\n- ")
        or "\n- " in first["Purpose of processing"]
    )
    assert rows[3][:2] == ("Name and contact details of controller", "AMPERE SAS")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["export", "pdf", "--layout", "ico"],
            "ropa: --layout ico lays out a workbook; the pdf register is not one: "
            "use `ropa export xlsx --layout ico`\n",
        ),
        (
            ["export", "xlsx", "--layout", "cnil"],
            "ropa: unknown workbook layout 'cnil': use [ropa|ico]\n",
        ),
        (
            ["export", "notice", "--layout", "ico"],
            "ropa: --layout ico lays out a workbook; a notice is not one: "
            "use `ropa export xlsx --layout ico`\n",
        ),
    ],
)
def test_layout_usage_errors(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*args[:2], str(FIXTURES / "ampere"), *args[2:]]) == 2
    assert capsys.readouterr().err == message
