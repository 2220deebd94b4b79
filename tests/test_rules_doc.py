"""docs/rules.md is generated from the rule docstrings and must never be stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.catalog import all_rules
from ropa.rules import doc

PAGE = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_docs_rules_md_is_up_to_date() -> None:
    assert PAGE.read_text("utf-8") == doc.render(), (
        "docs/rules.md is stale: run `python -m ropa.rules.doc` and commit the result"
    )


def test_the_page_documents_every_rule_with_its_docstring() -> None:
    page = doc.render()
    for info in all_rules().values():
        assert f"### {info.id} {info.name}\n" in page
        assert f"| {info.severity.value} | {info.summary} |" in page
        first_paragraph = info.doc.strip().split("\n\n")[0].rstrip(":")
        assert first_paragraph in page


def test_check_reports_a_stale_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "rules.md"
    assert doc.main(["--check", str(target)]) == 1
    assert "is stale" in capsys.readouterr().err
    assert doc.main([str(target)]) == 0
    assert doc.main(["--check", str(target)]) == 0
    target.write_text(target.read_text("utf-8").replace("ROPA101", "ROPA1O1"), "utf-8")
    assert doc.main(["--check", str(target)]) == 1
