"""The catalogs: every sentence of ours translated, nothing left to fall back to English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ropa.i18n import format as localize
from ropa.i18n.catalog import MissingMessage, catalog, catalog_languages

LOCALE = Path(__file__).resolve().parents[2] / "src" / "ropa" / "locale"


def _ids(path: Path) -> set[str]:
    return {message for _context, message in _messages(path)}


def _messages(path: Path) -> set[tuple[str | None, str]]:
    """(msgctxt, msgid) of every singular message."""
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        return {(m.context, m.id) for m in read_po(handle) if m.id and not isinstance(m.id, tuple)}


def test_template_lists_every_message_of_the_code() -> None:
    from babel.messages.extract import extract_from_dir

    root = LOCALE.parents[2]
    # The places babel.cfg names, so that the test and the extraction never disagree.
    method_map = [
        (pattern.strip(), method.strip())
        for method, pattern in re.findall(
            r"^\[(\w+):([^\]]+)\]", (LOCALE / "babel.cfg").read_text("utf-8"), re.M
        )
    ]
    assert ("src/ropa/notices/**.py", "python") in method_map
    found = {
        message[2]
        for message in extract_from_dir(str(root), method_map)
        if isinstance(message[2], str)
    }
    assert found == _ids(LOCALE / "messages.pot"), "run the extraction in locale/README.md"


@pytest.mark.parametrize("lang", [lang for lang in catalog_languages() if lang != "en"])
def test_catalog_translates_every_message(lang: str) -> None:
    words = catalog(lang)
    for context, message in _messages(LOCALE / "messages.pot"):
        # raises MissingMessage when untranslated or fuzzy
        if context is None:
            words.gettext(message)
        else:
            words.pgettext(context, message)


def test_an_unknown_message_is_an_error_not_english() -> None:
    with pytest.raises(MissingMessage):
        catalog("fr").gettext("A sentence nobody translated")


@pytest.mark.parametrize(
    ("iso", "lang", "expected"),
    [
        ("P3Y", "en", "3 years"),
        ("P3Y", "fr", "3 ans"),
        ("P13M", "fr", "13 mois"),
        ("P1Y6M", "en", "1 year and 6 months"),
        ("P90D", "en", "90 days"),
    ],
)
def test_durations_in_the_readers_language(iso: str, lang: str, expected: str) -> None:
    assert localize.period(iso, lang).replace("\u00a0", " ") == expected  # type: ignore[union-attr]


def test_dates_and_countries_in_the_readers_language() -> None:
    assert localize.day("2026-01-06", "en") == "6 January 2026"
    assert localize.day("2026-01-06", "fr") == "6 janvier 2026"
    assert localize.country("IN", "fr") == "Inde"
    assert localize.country("GB", "en") == "United Kingdom"
