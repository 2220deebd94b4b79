"""A notice of a record kept under the UK GDPR (`tests/fixtures/uk-shop`): the UK's law,
home area, adequacy regulations, transfer tools and authority, never the EU's.

Regenerate the golden file after an intended change and review the diff:
    ROPA_UPDATE_GOLDEN=1 pytest tests/notices/test_uk.py
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from ropa.model import Registry
from ropa.notices import NoticeContent, render

GOLDEN = Path(__file__).resolve().parent / "golden" / "uk-shop"


@pytest.fixture(scope="module")
def markdown(uk_shop: Registry, content: Callable[[Registry, str, str], NoticeContent]) -> str:
    return render(content(uk_shop, "website", "en"), "md").decode("utf-8")


def test_markdown_matches_golden(markdown: str) -> None:
    path = GOLDEN / "website.en.md"
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        path.write_text(markdown, encoding="utf-8")
    assert markdown == path.read_text(encoding="utf-8")


def test_speaks_of_the_uk_gdpr_only(markdown: str) -> None:
    for eu_word in ("European Commission", "European Economic Area", "EEA", "European Union"):
        assert eu_word not in markdown
    # Every citation is of the UK GDPR.
    assert not re.search(r"(?<!UK )GDPR\)", markdown)
    assert "Under the UK GDPR and the Data Protection Act 2018, you have" in markdown
    assert "(Art. 6(1)(a) UK GDPR)" in markdown


def test_transfers_leave_the_uk(markdown: str) -> None:
    assert "## Transfers outside the United Kingdom" in markdown
    # France is in the EEA, but for a UK record it is a transfer on UK adequacy regulations.
    assert "**France (Our delivery partner for orders to mainland Europe)**: UK adequacy " in (
        markdown
    )
    assert "International Data Transfer Agreement (IDTA) issued by the Information " in markdown
    assert "certified to the UK Extension to the EU-US Data Privacy Framework" in markdown
    assert "checked its certification on the Data Privacy Framework List on 4 May 2026" in (
        markdown
    )


def test_how_to_get_a_copy(markdown: str) -> None:
    assert "You can obtain a copy of the safeguards used for these transfers by writing" in (
        markdown
    )
    # Only the IDTA is used: the notice names only its published text.
    assert "publishes the standard text of the IDTA on its website" in markdown
    assert "UK Addendum" not in markdown


def test_the_ico_is_the_authority(markdown: str) -> None:
    assert (
        "lodge a complaint with the UK's supervisory authority, the Information Commissioner's "
        "Office (ICO), whose website is [https://ico.org.uk]"
    ) in markdown
    assert "in particular" not in markdown


@pytest.mark.parametrize("lang", ["fr", "de", "es", "it", "nl"])
def test_every_uk_sentence_is_translated(lang: str) -> None:
    from babel.messages.pofile import read_po

    from ropa.notices import wording_uk

    root = Path(__file__).resolve().parents[2] / "src" / "ropa" / "locale"
    with (root / lang / "LC_MESSAGES" / "ropa.po").open("rb") as po:
        catalog = read_po(po)
    ids = [
        value
        for name, value in vars(wording_uk).items()
        if name.isupper() and isinstance(value, str)
    ] + [
        text
        for name, value in vars(wording_uk).items()
        if name.isupper() and isinstance(value, dict)
        for text in value.values()
    ]
    untranslated = [m for m in ids if (entry := catalog.get(m)) is None or not entry.string]
    assert untranslated == []
