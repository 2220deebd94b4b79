"""The register's "Revision history" part, in the workbook and the PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from gitrepo import GitRepo, run
from openpyxl import load_workbook

from ropa.history.revisions import read_git

REG = "registry/registry.yaml"
pytestmark = pytest.mark.revision_history


def three_commits(repo: GitRepo) -> None:
    repo.edit(REG, "period: P6M", "period: P3M")
    repo.commit("Keep applications three months", "2026-02-01T09:30:00+00:00")
    repo.edit(REG, "scope: applications to jobs at Lohnwerk", "scope: job applications")
    repo.commit("Careers notice wording", "2026-02-10T09:30:00+00:00")  # no register change
    repo.edit(REG, "owner: HR", "owner: People team")
    repo.edit(REG, "  - id: candidates\n    name: Job applicants\n", "")
    repo.edit(REG, "data_subjects: [candidates]", "data_subjects: [staff]")
    repo.commit("Applicants are recorded as staff", "2026-03-01T14:00:00+00:00")


def test_workbook_has_the_revision_history_sheet(lohnwerk: GitRepo) -> None:
    three_commits(lohnwerk)
    code, _, err = run(lohnwerk.root, "export", "xlsx", "registry", "-o", "out.xlsx")
    assert code == 0, err
    book = load_workbook(lohnwerk.path("out.xlsx"))
    sheet = book["Revision history"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    short = [c[:7] for c in lohnwerk.commits]
    assert rows[0] == ["Date", "Commit", "Changes"]
    assert rows[1] == [
        "2026-03-01",
        short[3],
        "Activity recruitment changed: Categories of data subjects, Business function\n"
        "Data subject candidates removed",
    ]
    assert rows[2] == ["2026-02-01", short[1], "Activity recruitment changed: Retention"]
    assert rows[3][:2] == ["2026-01-05", short[0]]  # the notice-only commit is not listed
    assert "The organisation added" in rows[3][2]
    assert len(rows) == 4


def test_pdf_shows_the_revision_history(lohnwerk: GitRepo) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("needs pdftotext (poppler-utils)")
    three_commits(lohnwerk)
    code, _, err = run(lohnwerk.root, "export", "pdf", "registry", "-o", "out.pdf")
    assert code == 0, err
    text = subprocess.run(
        ["pdftotext", "-layout", str(lohnwerk.path("out.pdf")), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    part = text[text.rindex("Revision history") :]
    short = lohnwerk.commits[3][:7]
    assert "2026-03-01" in part and short in part
    assert "Activity recruitment changed: Categories of data subjects, Business" in part
    assert "Data subject candidates removed" in part
    assert "Activity recruitment changed: Retention" in part


def test_french_register_words_the_history_in_french(ampere: GitRepo) -> None:
    ampere.edit("registry/activities/newsletter.yaml", "period: P3Y", "period: P2Y")
    ampere.commit("Newsletter kept two years", "2026-02-01T09:30:00+00:00")
    code, _, err = run(ampere.root, "export", "xlsx", "registry", "--lang", "fr", "-o", "out.xlsx")
    assert code == 0, err
    sheet = load_workbook(ampere.path("out.xlsx"))["Historique des révisions"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Date", "Révision", "Modifications"]
    assert rows[1][2] == "Activité newsletter — modification\u00a0: Durée de conservation"


def test_the_last_twenty_commits_only(lohnwerk: GitRepo) -> None:
    for month in range(2, 5):
        lohnwerk.edit(
            REG, "owner: HR" if month == 2 else f"owner: HR{month - 1}", f"owner: HR{month}"
        )
        lohnwerk.commit(f"Owner {month}", f"2026-0{month}-01T09:00:00+00:00")
    history = read_git(str(lohnwerk.path("registry")), limit=2)
    assert [(h.date, h.commit) for h in history] == [
        ("2026-04-01", lohnwerk.commits[-1][:7]),
        ("2026-03-01", lohnwerk.commits[-2][:7]),
    ]


def test_json_register_has_no_revision_history(lohnwerk: GitRepo) -> None:
    three_commits(lohnwerk)
    code, _, _ = run(lohnwerk.root, "export", "json", "registry", "-o", "out.json")
    assert code == 0
    assert "revision_history" not in lohnwerk.read("out.json")


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "it", "nl"])
def test_every_field_a_change_can_name_has_a_register_heading(lang: str) -> None:
    """The history names a changed field by the register's heading, in the register's
    language: never by the model's English field name ("retention.period")."""
    import dataclasses

    from ropa import model
    from ropa.history.revisions import field_heading
    from ropa.i18n.register_words import Words

    words = Words(lang)
    kinds = (
        model.Organization,
        model.Activity,
        model.Recipient,
        model.Client,
        model.DataSubject,
        model.DataCategory,
        model.SecurityMeasure,
    )
    for kind in kinds:
        for field in dataclasses.fields(kind):
            if field.name not in ("id", "origin"):
                assert field_heading(words, field.name), (kind.__name__, field.name)
