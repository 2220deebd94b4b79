"""`ropa export notice` as a user runs it: files, formats, --check, and its refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.cli import main
from ropa.model import Registry
from ropa.notices.documents import NoticeError, every_job, notice_formats, render_all
from ropa.record import build_record

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
AMPERE = str(FIXTURES / "ampere")


def test_every_notice_in_every_language_as_markdown_and_html(tmp_path: Path) -> None:
    assert main(["export", "notice", AMPERE, "-o", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "website.en.html",
        "website.en.md",
        "website.fr.html",
        "website.fr.md",
    ]


def test_default_folder_is_reports_notices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", "notice", AMPERE, "--lang", "fr", "--format", "txt"]) == 0
    text = (tmp_path / "reports" / "notices" / "website.fr.txt").read_text("utf-8")
    assert text.startswith("POLITIQUE DE CONFIDENTIALITÉ\n")


def test_one_document_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "policy.html"
    args = ["export", "notice", AMPERE, "--notice", "website", "--lang", "en"]
    assert main([*args, "--format", "html", "--fragment", "-o", str(target)]) == 0
    html = target.read_text("utf-8")
    assert html.startswith('<article class="ropa-notice" lang="en">')
    assert "<html" not in html and "<body" not in html


def test_a_file_name_for_several_documents_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "notice", AMPERE, "-o", str(tmp_path / "policy.md")]) == 2
    assert "names one file but 4 notice files would be written" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--notice", "careers"], "unknown notice 'careers' (the registry's notices: website)"),
        (["--notice", "website", "--lang", "de"], "notice 'website' is published in en, fr"),
        (["--lang", "de"], "no notice is published in that language"),
        (["--format", "odt"], "unknown notice format 'odt'"),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "notice", AMPERE, *args, "-o", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_check_passes_when_fresh_and_fails_when_stale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path)
    assert main(["export", "notice", AMPERE, "--check", "-o", out]) == 1
    assert f"missing: {tmp_path / 'website.en.md'}" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())  # --check writes nothing

    assert main(["export", "notice", AMPERE, "-o", out]) == 0
    capsys.readouterr()
    assert main(["export", "notice", AMPERE, "--check", "-o", out]) == 0

    stale = tmp_path / "website.fr.html"
    stale.write_text(stale.read_text("utf-8").replace("CNIL", "ICO"), "utf-8")
    before = stale.read_bytes()
    assert main(["export", "notice", AMPERE, "--check", "-o", out]) == 1
    err = capsys.readouterr().err
    assert f"out of date: {stale}" in err
    assert "website.en.md" not in err
    assert stale.read_bytes() == before


def test_docx_check_is_reproducible(tmp_path: Path) -> None:
    args = ["export", "notice", AMPERE, "--format", "docx", "-o", str(tmp_path)]
    assert main(args) == 0
    assert main([*args, "--check"]) == 0


def _drop_french_survey_category(registry: Path) -> Path:
    recipients = registry / "recipients.yaml"
    source = recipients.read_text("utf-8")
    old = (
        "category: {en: Providers that run our surveys, "
        "fr: Prestataires de réalisation de nos enquêtes}"
    )
    assert old in source
    recipients.write_text(source.replace(old, "category: {en: Providers that run our surveys}"))
    return recipients


def test_missing_translation_names_the_text_and_writes_nothing(
    ampere_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipients = _drop_french_survey_category(ampere_copy)
    out = tmp_path / "out"
    assert main(["export", "notice", str(ampere_copy), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert (
        f"{recipients}:52:15: error[ROPA030] notices: text has no 'fr' translation, "
        "needed by notice 'website' in French"
    ) in err
    assert "nothing was written" in err
    assert not out.exists()  # not even the English files, which could be built


def test_missing_translation_does_not_stop_the_other_language(
    ampere_copy: Path, tmp_path: Path
) -> None:
    _drop_french_survey_category(ampere_copy)
    assert main(["export", "notice", str(ampere_copy), "--lang", "en", "-o", str(tmp_path)]) == 0


def test_every_notice_for_the_register_export(ampere: Registry) -> None:
    record = build_record(ampere)
    documents = render_all(record, every_job(record), notice_formats(["md", "html"]))
    assert list(documents) == [
        "website.en.md",
        "website.en.html",
        "website.fr.md",
        "website.fr.html",
    ]
    assert all(documents.values())


def test_rendering_every_notice_raises_before_anything_is_written(
    ampere_copy: Path, tmp_path: Path
) -> None:
    from ropa.validate import validate

    _drop_french_survey_category(ampere_copy)
    registry = validate(str(ampere_copy)).registry
    assert registry is not None
    with pytest.raises(NoticeError, match=r"recipients.yaml:52:15: error\[ROPA030\]"):
        record = build_record(registry)
        render_all(record, every_job(record), notice_formats(["md", "html"]))
    assert main(["export", str(ampere_copy), "-o", str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists()
