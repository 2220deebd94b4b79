"""The one resolved record every output reads, and strict text resolution for all of them."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ropa.cli import main
from ropa.record import MissingTranslation, Record, build_record
from ropa.register.document import build_register
from ropa.validate import validate

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GENERATED = datetime(2026, 1, 1, tzinfo=UTC)


def _record(path: Path) -> Record:
    # Languages left out: these tests build outputs in languages some texts lack.
    result = validate(str(path), languages=False)
    assert result.registry is not None and result.errors == 0, result.findings
    return build_record(result.registry)


def test_references_transfers_and_organisation_wide_measures_are_resolved_once() -> None:
    record = _record(FIXTURES / "ampere")
    for activity in record.activities:
        entry = activity.entry
        assert [r.id for r in activity.recipients] == list(entry.recipients)
        assert [s.id for s in activity.data_subjects] == list(entry.data_subjects)
        assert [c.id for c in activity.data_categories] == list(entry.data_categories)
        derived = [(t.recipient.id, t.transfer) for t in activity.transfers]
        assert derived == [(r.id, t) for r in activity.recipients for t in r.transfers]
        measures = [m.id for m in activity.security_measures]
        for measure in record.security_measures:
            if measure.scope == "organization":
                assert measure.id in measures
        assert len(measures) == len(set(measures))
    assert any(a.transfers for a in record.activities)
    # notices hold the activities they cover, resolved
    notice = record.notice("website")
    assert notice is not None
    assert [a.id for a in notice.activities] == list(notice.entry.activities)
    # entries by kind and id, as a comparison of two records matches them
    assert record.entry("recipients", "survey-provider").id == "survey-provider"
    assert record.entry("activities", "newsletter") is record.entries("activities")["newsletter"]


def _french_starter(tmp_path: Path) -> Path:
    """`ropa init`'s registry, declaring French, with every text in English only."""
    registry = tmp_path / "registry"
    assert main(["init", str(registry)]) == 0
    organization = registry / "organization.yaml"
    source = organization.read_text("utf-8")
    assert "languages: [en]" in source
    organization.write_text(source.replace("languages: [en]", "languages: [en, fr]"), "utf-8")
    return registry


def _at(path: Path, written: str, occurrence: int = 1) -> str:
    """`file:line:col` of the value `written` in `path`."""
    seen = 0
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        column = line.find(written)
        if column >= 0:
            seen += 1
            if seen == occurrence:
                return f"{path}:{number}:{column + 1}"
    raise AssertionError(f"{written!r} not in {path}")


def _english_only_register_texts(registry: Path) -> list[str]:
    activity = registry / "activities" / "customer-accounts.yaml"
    organization = registry / "organization.yaml"
    return sorted(
        [
            _at(activity, "Customer accounts"),
            _at(activity, "Managing customer accounts and orders"),
            _at(activity, "the end of the customer relationship"),
            _at(activity, "Without contact details we cannot deliver orders."),
            _at(organization, "Customers"),
            _at(organization, "Contact details"),
            _at(organization, "[name, email address]"),
            _at(organization, "Individual accounts with role-based access"),
            _at(registry / "recipients.yaml", "Hosting providers"),
        ]
    )


def test_the_register_in_a_language_some_text_lacks_names_every_such_text(
    tmp_path: Path,
) -> None:
    registry = _french_starter(tmp_path)
    built = build_register(_record(registry), "fr", GENERATED, None)
    assert isinstance(built, MissingTranslation)
    assert sorted(str(f.location) for f in built.findings) == _english_only_register_texts(registry)
    assert {f.rule for f in built.findings} == {"ROPA030"}
    assert {f.message for f in built.findings} == {
        "register: text has no 'fr' translation, needed by the register in French"
    }
    # proper names are the same in every language: the recipient's and the DPO's names
    # ("Example Hosting SA", "Data Protection Officer") are never reported
    assert not any("Example Hosting SA" in line for line in built.lines())
    # in English, the language of every text, the register is built
    assert not isinstance(
        build_register(_record(registry), "en", GENERATED, None), MissingTranslation
    )


def test_one_probing_build_finds_what_a_build_in_each_language_lacks(tmp_path: Path) -> None:
    from ropa.record.language import Probe

    record = _record(_french_starter(tmp_path))
    probe = Probe("en", "the register", languages=("en", "fr"))
    built = build_register(record, "en", GENERATED, None, probe)
    # the probing build is the English register, whole
    assert not isinstance(built, MissingTranslation)
    assert built.organization == build_register(record, "en", GENERATED, None).organization
    french = build_register(record, "fr", GENERATED, None)
    assert isinstance(french, MissingTranslation)
    assert probe.lacking("en") == []
    assert sorted(map(str, probe.lacking("fr"))) == sorted(str(f.location) for f in french.findings)


@pytest.mark.parametrize("what", ["xlsx", "pdf", "json"])
def test_export_of_the_register_in_that_language_writes_nothing(
    tmp_path: Path, what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = _french_starter(tmp_path)
    target = tmp_path / f"register.{what}"
    assert main(["export", what, str(registry), "--lang", "fr", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    reported = re.findall(r"^(\S+:\d+:\d+): error\[ROPA030\] .*'fr'", err, re.MULTILINE)
    assert sorted(reported) == _english_only_register_texts(registry)
    assert "the register lacks texts in French, so nothing was written" in err
    assert not target.exists()
    # the default language, English, still exports
    assert main(["export", what, str(registry), "-o", str(target)]) == 0
    assert target.is_file()


def test_export_of_everything_names_every_missing_text_once_per_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = _french_starter(tmp_path)
    out = tmp_path / "out"
    assert main(["export", str(registry), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    register_lines = re.findall(r"^(\S+): error\[ROPA030\] register: ", err, re.MULTILINE)
    notice_lines = re.findall(r"^(\S+): error\[ROPA030\] notices: ", err, re.MULTILINE)
    assert sorted(register_lines) == _english_only_register_texts(registry)
    assert len(notice_lines) == len(set(notice_lines)) > 1  # every one, each once
    assert "a notice and the register cannot be generated, so nothing was exported" in err
    assert not out.exists()


def test_a_notice_names_every_missing_text_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    registry = tmp_path / "ampere"
    shutil.copytree(FIXTURES / "ampere", registry)
    recipients = registry / "recipients.yaml"
    source = recipients.read_text("utf-8")
    dropped = {
        "category: {en: Providers that run our surveys, "
        "fr: Prestataires de réalisation de nos enquêtes}": "category: {en: Providers that run "
        "our surveys}",
        "category: {en: Data analytics providers, fr: Prestataires d'analyse de données}": (
            "category: {en: Data analytics providers}"
        ),
    }
    for old, new in dropped.items():
        assert old in source
        source = source.replace(old, new)
    recipients.write_text(source, "utf-8")
    assert main(["export", "notice", str(registry), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    message = "error[ROPA030] notices: text has no 'fr' translation, needed by notice 'website'"
    assert f"{_at(recipients, '{en: Data analytics providers}')}: {message}" in err
    assert f"{_at(recipients, '{en: Providers that run our surveys}')}: {message}" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "1 year and 6 months"), ("fr", "1 an et 6 mois"), ("de", "1 Jahr und 6 Monate")],
)
def test_a_duration_reads_the_same_in_the_register_and_the_notice(lang: str, expected: str) -> None:
    from ropa.i18n.format import period
    from ropa.i18n.register_words import Words

    assert Words(lang).period("P1Y6M").replace("\u00a0", " ") == expected
    assert (period("P1Y6M", lang) or "").replace("\u00a0", " ") == expected
    assert Words(lang).period("until the contract ends") == "until the contract ends"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Not recorded"), ("fr", "Non renseigné"), ("de", "Nicht erfasst")],
)
def test_not_recorded_comes_from_the_catalog_in_its_register_context(
    lang: str, expected: str
) -> None:
    from ropa.i18n.catalog import catalog

    assert catalog(lang).pgettext("register", "Not recorded") == expected
