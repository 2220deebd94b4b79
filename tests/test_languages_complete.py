"""Every declared language is complete at validate time (ROPA030): the texts the register
and the notices need, in every language they are written in, each reported at its own
place, all in one run; and what validate accepts, export writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ropa.cli import main
from ropa.findings import Finding
from ropa.validate import validate

FIXTURES = Path(__file__).parent / "fixtures"


def _starter(tmp_path: Path) -> Path:
    folder = tmp_path / "registry"
    assert main(["init", str(folder)]) == 0
    return folder


def _add_french(folder: Path) -> None:
    organization = folder / "organization.yaml"
    text = organization.read_text("utf-8")
    assert "  languages: [en]" in text
    organization.write_text(text.replace("  languages: [en]", "  languages: [en, fr]"), "utf-8")


def _missing(folder: Path) -> list[Finding]:
    result = validate(str(folder))
    assert result.problem is None
    return [f for f in result.findings if f.rule == "ROPA030"]


def _line_text(finding: Finding) -> str:
    return Path(finding.location.file).read_text("utf-8").splitlines()[finding.location.line - 1]


def test_a_starter_registry_with_french_added_reports_every_text_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _starter(tmp_path)
    _add_french(folder)
    missing = _missing(folder)
    # Every English-only text the register or the notice needs, once each.
    places = {(Path(f.location.file).name, _line_text(f).split(":")[0].strip()) for f in missing}
    assert places >= {
        ("organization.yaml", "name"),  # the data subject's and the category's names
        ("organization.yaml", "title"),
        ("organization.yaml", "scope"),
        ("recipients.yaml", "category"),
        ("customer-accounts.yaml", "name"),
        ("customer-accounts.yaml", "- description"),
        ("customer-accounts.yaml", "from"),
        ("customer-accounts.yaml", "consequences"),
    }
    assert len(missing) == len({f.location for f in missing})
    for finding in missing:
        assert finding.severity.value == "error"
        assert "text has no 'fr' translation (French)" in finding.message
        # At the text itself, not at a neighbouring key.
        line = _line_text(finding)
        assert line[finding.location.column - 1 :].strip(), finding
    # validate --strict fails, where it said "ok" before.
    assert main(["validate", str(folder), "--no-cache", "--strict"]) == 1
    out = capsys.readouterr().out
    assert out.count("error[ROPA030]") == len(missing)


def test_proper_names_and_non_texts_are_never_missing(tmp_path: Path) -> None:
    folder = _starter(tmp_path)
    _add_french(folder)
    lines = {_line_text(f).strip() for f in _missing(folder)}
    # The organisation's, the recipient's and the DPO contact's names are proper names;
    # owner, addresses, emails and URLs are no texts at all.
    for exempt in (
        "name: Example Ltd",
        "name: Example Hosting SA",
        "name: Data Protection Officer",
        "owner: Sales",
        "address: 1 Example Street",
        "email: privacy@example.com",
    ):
        assert not any(line.startswith(exempt) for line in lines), exempt


def test_a_complete_translation_validates_and_exports(tmp_path: Path) -> None:
    folder = tmp_path / "ampere"
    shutil.copytree(FIXTURES / "ampere", folder)
    assert _missing(folder) == []
    assert main(["export", "json", str(folder), "-o", str(tmp_path / "out.json")]) == 0


def test_each_missing_text_names_every_output_that_needs_it(tmp_path: Path) -> None:
    folder = tmp_path / "ampere"
    shutil.copytree(FIXTURES / "ampere", folder)
    newsletter = folder / "activities" / "newsletter.yaml"
    text = newsletter.read_text("utf-8")
    text = text.replace(
        "    name: {en: Newsletter, fr: Lettre d'information}\n", "    name: Newsletter\n"
    )
    text = text.replace(
        "records: {en: Subscription log of the email campaign platform, fr: Journal des "
        "abonnements de la plateforme d'envoi}",
        "records: Subscription log of the email campaign platform",
    )
    newsletter.write_text(text, "utf-8")
    by_line = {f.location.line: f for f in _missing(folder)}
    assert sorted(by_line) == [3, 19]
    assert by_line[3].location.column == 11
    assert "needed by the register and notice 'website'" in by_line[3].message
    # Consent records are in the register only, not in the notice.
    assert by_line[19].message.endswith("needed by the register: add `fr:` to it")


def test_a_notice_language_is_checked_for_what_that_notice_needs(tmp_path: Path) -> None:
    folder = tmp_path / "ampere"
    shutil.copytree(FIXTURES / "ampere", folder)
    organization = folder / "organization.yaml"
    text = organization.read_text("utf-8")
    text = text.replace(
        "    intro:\n      en: Protecting personal data is one of AMPERE's core ethical values.\n"
        "      fr: La protection des données personnelles est l'une des valeurs éthiques "
        "fondamentales d'AMPERE.\n",
        "    intro: Protecting personal data is one of AMPERE's core ethical values.\n",
    )
    organization.write_text(text, "utf-8")
    (finding,) = _missing(folder)
    assert _line_text(finding).strip().startswith("intro:")
    assert "needed by notice 'website'" in finding.message
    # The same registry with the notice in English only needs no French intro.
    organization.write_text(
        text.replace("    languages: [en, fr]\n", "    languages: [en]\n"), "utf-8"
    )
    assert _missing(folder) == []


def test_validate_and_export_refuse_the_same_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _starter(tmp_path)
    _add_french(folder)
    found = {f"{f.location}" for f in _missing(folder)}
    capsys.readouterr()
    # Everything, in every language: refused, naming exactly the texts validate named.
    assert main(["export", str(folder), "-o", str(tmp_path / "out")]) == 1
    refused = capsys.readouterr()
    reported = {
        line.split(": error[ROPA030]")[0]
        for line in (refused.out + refused.err).splitlines()
        if "error[ROPA030]" in line
    }
    assert reported == found
    # English alone still exports while French is being translated.
    assert (
        main(["export", "json", str(folder), "--lang", "en", "-o", str(tmp_path / "en.json")]) == 0
    )


def test_the_outputs_themselves_find_nothing_validate_missed(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from ropa.notices import build as build_notice
    from ropa.record import MissingTranslation, build_record
    from ropa.register.document import build_register

    folder = _starter(tmp_path)
    _add_french(folder)
    found = {f.location for f in _missing(folder)}
    registry = validate(str(folder)).registry
    assert registry is not None
    record = build_record(registry)
    register = build_register(record, "fr", datetime(2026, 1, 1, tzinfo=UTC), None)
    notice = build_notice(record, "website", "fr")
    assert isinstance(register, MissingTranslation) and isinstance(notice, MissingTranslation)
    needed = {f.location for f in (*register.findings, *notice.findings)}
    assert needed == found
