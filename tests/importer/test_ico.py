"""The ICO template, as a dental practice fills it in, imported into a registry."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from ico_workbook import build

from ropa.cli import main
from ropa.validate import validate

GOLDEN = Path(__file__).resolve().parent / "golden" / "brightwater"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ico")
    book = build(folder / "Brightwater ROPA.xlsx")
    target = folder / "registry"
    assert main(["import", str(book), "-o", str(target)]) == 0
    return target


def _registry(folder: Path) -> Any:
    result = validate(str(folder))
    assert result.registry is not None
    return result


def test_imported_registry_has_no_format_error(imported: Path) -> None:
    result = _registry(imported)
    assert [f for f in result.findings if f.rule.startswith("ROPA0")] == []
    assert result.errors == 0


def test_activities_bases_conditions_periods_countries_and_dpia(imported: Path) -> None:
    registry = _registry(imported).registry
    activities = {a.name.get("en"): a for a in registry.activities}
    assert list(activities) == [
        "Booking appointments and keeping dental records",
        "Referring patients to specialists",
        "Appointment reminders by text message and our practice newsletter",
        "Paying staff and meeting our duties as an employer",
        "CCTV at reception and the car park",
    ]
    booking, referral, reminders, payroll, cctv = activities.values()
    assert booking.purposes[0].legal_bases == ("contract", "legal-obligation")
    assert referral.purposes[0].legal_bases == ("public-task",)
    assert reminders.purposes[0].legal_bases == ("consent",)
    assert payroll.purposes[0].legal_bases == ("legal-obligation", "contract")
    assert cctv.purposes[0].legal_bases == ("legitimate-interests",)
    assert booking.special_category_condition == "health-social-care"
    assert referral.special_category_condition == "health-social-care"
    assert payroll.special_category_condition == "employment-social-protection"
    assert reminders.special_category_condition is None
    assert booking.owner == referral.owner == "Clinical"  # a merged cell
    periods = {name: a.retention.period for name, a in activities.items() if a.retention}
    assert list(periods.values()) == ["P11Y", "P6Y", None, "P6Y", "P30D"]
    assert booking.retention.start.get("en") == "the last appointment"
    assert reminders.retention.criteria.get("en") == ("Until they unsubscribe",)
    countries = {
        name: sorted(t.country for _, t in registry.transfers_for(a))
        for name, a in activities.items()
    }
    assert list(countries.values()) == [[], [], ["US"], ["IN"], []]
    mechanisms = [(t.mechanism, t.scc_module) for _, t in registry.transfers_for(payroll)]
    assert mechanisms == [("idta", None)]
    assert [t.mechanism for _, t in registry.transfers_for(reminders)] == ["uk-extension"]
    assert [a.dpia.status for a in activities.values()] == [
        "completed",
        "not-required",
        "not-required",
        "not-required",
        "in-progress",
    ]
    assert booking.dpia.reference == "DPIA-2025-01"
    assert cctv.purposes[0].legitimate_interest.get("en").startswith("Protecting staff")


def test_alike_names_become_one_entry(imported: Path) -> None:
    registry = _registry(imported).registry
    patients = [s for s in registry.data_subjects if s.name.get("en") == "Patients"]
    assert len(patients) == 1
    users = [a.id for a in registry.activities if "patients" in a.data_subjects]
    assert len(users) == 4
    assert [c.id for c in registry.data_categories].count("medical-history") == 1


def test_organisation_and_dpo_from_the_block_above_the_header(imported: Path) -> None:
    organization = _registry(imported).registry.organization
    assert organization.name == "Brightwater Dental Practice Ltd"
    assert organization.country == "GB"
    assert organization.jurisdiction == "uk-gdpr"
    assert organization.email == "info@brightwater-dental.example"
    assert organization.dpo.email == "dpo@brightwater-dental.example"


def test_guesses_are_commented_in_place(imported: Path) -> None:
    text = (imported / "vocabulary.yaml").read_text("utf-8")
    assert (
        "special: health  # import: 'medical history' read as special category data (health) (Controller!E9)"
        in text
    )


def test_report_names_cells_and_what_was_done(imported: Path) -> None:
    report = (imported / "IMPORT-REPORT.md").read_text("utf-8")
    assert "| activities | 5 |" in report
    assert (
        "| Controller!P9 | Access, rectification, erasure, restriction | not imported: ropa derives "
        "the rights that apply from the lawful bases |" in report
    )
    assert "read as a note under the table, not as an activity" in report


def test_golden_files(imported: Path) -> None:
    written = {
        str(path.relative_to(imported)): path.read_text("utf-8")
        for path in sorted(imported.rglob("*"))
        if path.is_file() and path.name != "ropa.schema.json"
    }
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        if GOLDEN.exists():
            for old in GOLDEN.rglob("*"):
                if old.is_file():
                    old.unlink()
        for name, text in written.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(text, "utf-8")
    expected = {
        str(path.relative_to(GOLDEN)): path.read_text("utf-8")
        for path in sorted(GOLDEN.rglob("*"))
        if path.is_file()
    }
    assert sorted(written) == sorted(expected)
    for name, text in written.items():
        assert text == expected[name], name
