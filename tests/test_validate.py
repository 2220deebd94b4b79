"""The validation pipeline's staging: GDPR rules judge a record whose form is sound."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ropa.validate import validate

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _lohnwerk(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = (FIXTURES / "lohnwerk" / "registry.yaml").read_text("utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    target = tmp_path / "registry.yaml"
    target.write_text(text, "utf-8")
    return target


# Removing the DPA of a sub-processor is a GDPR rule finding (ROPA130).
NO_DPA = ("    contract: {type: dpa, date: 2021-06-30}\n", "")
# A country written out in words is a format error (ROPA012).
BAD_COUNTRY = ("  country: DE\n  email: info@", "  country: Germany\n  email: info@")


def test_rules_wait_for_format_errors_to_be_fixed(tmp_path: Path) -> None:
    result = validate(str(_lohnwerk(tmp_path, NO_DPA, BAD_COUNTRY)), today=date(2026, 6, 1))
    assert [f.rule for f in result.findings] == ["ROPA012"]
    assert result.rules_skipped


def test_rules_run_on_a_well_formed_record(tmp_path: Path) -> None:
    result = validate(str(_lohnwerk(tmp_path, NO_DPA)), today=date(2026, 6, 1))
    # ROPA180: the example's two DPF transfers record no check of the DPF List.
    assert [f.rule for f in result.findings] == ["ROPA180", "ROPA130", "ROPA180"]
    assert not result.rules_skipped
    assert "'print-mail'" in result.findings[1].message
