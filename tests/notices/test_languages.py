"""Notices in German, Spanish, Italian, Dutch and French: complete, and never English.

The Lohnwerk registry with every text in five languages (tests/fixtures/lohnwerk-5) is
rendered in each; the golden Markdown is the reviewed text. After an intended change:
    ROPA_UPDATE_GOLDEN=1 pytest tests/notices/test_languages.py
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ropa.cli import main
from ropa.i18n.catalog import catalog_languages
from ropa.model import Registry
from ropa.notices import NoticeContent, render

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "src" / "ropa" / "locale"
GOLDEN = Path(__file__).resolve().parent / "golden" / "lohnwerk-5"
FIXTURE = ROOT / "tests" / "fixtures" / "lohnwerk-5" / "registry.yaml"
LANGUAGES = ("en", "de", "es", "it", "nl")
TRANSLATED = ("de", "es", "fr", "it", "nl")

# Messages that read the same in a language, on purpose: placeholders and punctuation
# only, words that language borrows from English, and labels that are the same word.
SAME_ON_PURPOSE: dict[str, frozenset[str]] = {
    # Register words (message context `register`) that read the same in the language.
    "de": frozenset(
        {"Cookies", "Website: %(url)s", "Commit", "Name", "Organisation", "Profiling", "Website"}
        # German cites an article as English does: "Art. 9 DSGVO".
        | {"Art. %(article)s %(law)s"}
    ),
    "es": frozenset({"Cookies", "Commit", "no"}),
    "fr": frozenset(
        {"Cookies", "Rectification", "Service", "Date", "Clients", "Client %(id)s", "Commit"}
        | {"Contact", "Description", "Page"}
    ),
    "it": frozenset({"Commit", "no"}),
    "nl": frozenset(
        {"Cookies", "Website: %(url)s", "Commit", "Contact", "Criteria", "Website"}
        # Dutch texts name the UK law by its English short name.
        | {"UK GDPR"}
    ),
}

# Country names the EU writes the same in the language (context `country`).
_SAME_COUNTRIES: dict[str, frozenset[str]] = {
    "fr": frozenset({"Congo", "Hong Kong", "Macao"}),
    "de": frozenset(),
    "es": frozenset({"Congo", "Hong Kong", "Macao"}),
    "it": frozenset({"Congo", "Hong Kong", "Macao"}),
    "nl": frozenset({"Congo", "Saint Lucia"}),
}
SAME_ON_PURPOSE = {lang: words | _SAME_COUNTRIES[lang] for lang, words in SAME_ON_PURPOSE.items()}


def _placeholders_only(message: str) -> bool:
    return not re.sub(r"%\(\w+\)s", "", message).strip(" :;,.()")


def _catalog(lang: str) -> dict[str, str]:
    from babel.messages.pofile import read_po

    with (LOCALE / lang / "LC_MESSAGES" / "ropa.po").open("rb") as handle:
        return {
            m.id: m.string
            for m in read_po(handle, locale=lang)
            if m.id and isinstance(m.id, str) and isinstance(m.string, str)
        }


def test_the_five_languages_have_catalogs() -> None:
    assert set(TRANSLATED) <= set(catalog_languages())


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_message_is_left_in_english(lang: str) -> None:
    same = [
        message
        for message, translated in _catalog(lang).items()
        if translated == message
        and not _placeholders_only(message)
        and message not in SAME_ON_PURPOSE[lang]
    ]
    assert same == [], f"{lang}: translate these or list them in SAME_ON_PURPOSE"


@pytest.mark.parametrize("notice_id", ["careers", "customers"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_lohnwerk_notice_matches_golden(
    lohnwerk5: Registry,
    content: Callable[[Registry, str, str], NoticeContent],
    notice_id: str,
    lang: str,
) -> None:
    rendered = render(content(lohnwerk5, notice_id, lang), "md").decode("utf-8")
    path = GOLDEN / f"{notice_id}.{lang}.md"
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def _sentences_of_ours() -> list[str]:
    """Every English message as the fixed text between its placeholders, long pieces only."""
    pieces: set[str] = set()
    for message in _catalog("fr"):
        for piece in re.split(r"%\(\w+\)s", message):
            piece = piece.strip(" :;,.()")
            if len(piece.split()) >= 3:
                pieces.add(piece)
    return sorted(pieces)


@pytest.mark.parametrize("notice_id", ["careers", "customers"])
@pytest.mark.parametrize("lang", ["de", "es", "it", "nl"])
def test_lohnwerk_notice_has_no_english_sentence_of_ours(
    lohnwerk5: Registry,
    content: Callable[[Registry, str, str], NoticeContent],
    notice_id: str,
    lang: str,
) -> None:
    for format_ in ("md", "txt", "html"):
        text = render(content(lohnwerk5, notice_id, lang), format_).decode("utf-8")
        found = [piece for piece in _sentences_of_ours() if piece in text]
        assert found == [], f"{lang} {format_}: English left in the notice"
    # and the English notice does contain them, so the check above can fail
    english = render(content(lohnwerk5, notice_id, "en"), "md").decode("utf-8")
    assert any(piece in english for piece in _sentences_of_ours())


@pytest.mark.parametrize("lang", ["fr"])
def test_french_notice_has_no_english_sentence_of_ours(
    ampere: Registry, content: Callable[[Registry, str, str], NoticeContent], lang: str
) -> None:
    text = render(content(ampere, "website", lang), "md").decode("utf-8")
    assert [piece for piece in _sentences_of_ours() if piece in text] == []


@pytest.mark.parametrize("lang", ["de", "es", "it", "nl"])
def test_a_text_missing_in_the_notice_language_is_ropa030(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    source = FIXTURE.read_text(encoding="utf-8")
    # drop the recruitment activity's name in `lang`, keeping the other four
    lines = source.splitlines(keepends=True)
    start = next(i for i, text in enumerate(lines) if text.strip() == "- id: recruitment")
    index = next(i for i in range(start, len(lines)) if lines[i].startswith(f"      {lang}: "))
    lines.pop(index)
    registry = tmp_path / "registry.yaml"
    registry.write_text("".join(lines), encoding="utf-8")
    shutil.rmtree(tmp_path / "out", ignore_errors=True)
    code = main(["export", "notice", str(registry), "--lang", lang, "-o", str(tmp_path / "out")])
    output = capsys.readouterr()
    assert code == 1
    said = output.out + output.err
    # the text's place: the first line of the name's language map
    assert f"registry.yaml:{start + 3}:7: error[ROPA030]" in said
    assert f"no '{lang}' translation, needed by notice 'careers'" in said
    assert "nothing was written" in said
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
