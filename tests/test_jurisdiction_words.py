"""The law's name, its article style and its home area come from the Jurisdiction.

Our message ids name the law only through tokens (`{law}`, `{cite:6(1)(a)}`, `{outside}`
...); each catalog keeps the tokens and writes the rest of the sentence, and the
catalog's own citation templates (context `citation`) give the article style of its
language. These tests pin the citation of each language as its authorities write it, and
check that no sentence names the law or its home area outside a token.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from ropa.i18n.catalog import catalog
from ropa.reference.jurisdiction import (
    _TOKEN,
    EU_GDPR,
    JURISDICTIONS,
    UK_GDPR,
    Jurisdiction,
    UnknownCitation,
)

LOCALE = Path(__file__).parents[1] / "src" / "ropa" / "locale"
LANGUAGES = ("en", "fr", "de", "es", "it", "nl")


@pytest.mark.parametrize(
    ("lang", "law", "reference", "expected"),
    [
        ("en", EU_GDPR, "6(1)(a)", "Art. 6(1)(a) GDPR"),
        ("en", UK_GDPR, "21(2) and (3)", "Art. 21(2) and (3) UK GDPR"),
        ("en", UK_GDPR, "10", "Art. 10 UK GDPR and section 10(5) of the Data Protection Act 2018"),
        ("fr", EU_GDPR, "6(1)(a)", "art. 6.1.a du RGPD"),
        ("fr", EU_GDPR, "21(2) and (3)", "art. 21.2 et 21.3 du RGPD"),
        (
            "fr",
            UK_GDPR,
            "9(2)(b)",
            "art. 9.2.b du RGPD britannique et annexe 1, partie 1, du DPA 2018",
        ),
        ("de", EU_GDPR, "6(1)(a)", "Art. 6 Abs. 1 lit. a DSGVO"),
        ("de", EU_GDPR, "4(9)", "Art. 4 Nr. 9 DSGVO"),
        ("de", EU_GDPR, "28(2) and (4)", "Art. 28 Abs. 2 und 4 DSGVO"),
        (
            "de",
            UK_GDPR,
            "9(2)(g)",
            "Art. 9 Abs. 2 lit. g UK-DSGVO i. V. m. Schedule 1 Part 2 DPA 2018",
        ),
        ("es", EU_GDPR, "6(1)(a)", "artículo 6.1.a) del RGPD"),
        ("es", EU_GDPR, "21(2) and (3)", "artículos 21.2 y 21.3 del RGPD"),
        ("es", UK_GDPR, "27", "artículo 27 del RGPD del Reino Unido"),
        ("it", EU_GDPR, "6(1)(a)", "art. 6, par. 1, lett. a), del Regolamento"),
        ("it", EU_GDPR, "4(9)", "art. 4, punto 9, del Regolamento"),
        ("it", EU_GDPR, "28(2) and (4)", "art. 28, parr. 2 e 4, del Regolamento"),
        ("it", UK_GDPR, "12(6)", "art. 12, par. 6, del GDPR britannico"),
        ("nl", EU_GDPR, "6(1)(a)", "artikel 6, lid 1, onder a, AVG"),
        ("nl", EU_GDPR, "4(9)", "artikel 4, punt 9, AVG"),
        ("nl", UK_GDPR, "8", "artikel 8 UK GDPR juncto section 9 Data Protection Act 2018"),
    ],
)
def test_an_article_is_cited_as_the_language_cites_it(
    lang: str, law: Jurisdiction, reference: str, expected: str
) -> None:
    assert law.cite(catalog(lang), reference) == expected


def test_the_law_and_its_home_area_are_filled_in_the_language() -> None:
    fr = catalog("fr")
    assert EU_GDPR.fill(fr, "{law}, {outside}, {representative-area}") == (
        "RGPD, hors de l'Espace économique européen, dans l'Union européenne"
    )
    assert UK_GDPR.fill(fr, "{law}, {outside}, {representative-area}") == (
        "RGPD britannique, hors du Royaume-Uni, au Royaume-Uni"
    )
    assert EU_GDPR.fill(catalog("it"), "{law-defined}") == (
        "Regolamento (UE) 2016/679 («Regolamento»)"
    )
    assert UK_GDPR.fill(catalog("de"), "Art. 30 der {law-title}") == (
        "Art. 30 der Datenschutz-Grundverordnung des Vereinigten Königreichs (UK GDPR)"
    )
    # a text without tokens is left as it is; a %(name)s placeholder is not a token
    assert EU_GDPR.fill(fr, "%(activities)s: {client}") == "%(activities)s: {client}"


@pytest.mark.parametrize("reference", ["6(1)(a)(i)", "Art. 6", "6(1) or (2)", ""])
def test_a_citation_ropa_does_not_know_is_refused(reference: str) -> None:
    with pytest.raises(UnknownCitation):
        EU_GDPR.cite(catalog("en"), reference)


def _messages(lang: str) -> list[tuple[str | None, str, str]]:
    path = LOCALE / "messages.pot" if lang == "en" else LOCALE / lang / "LC_MESSAGES" / "ropa.po"
    with path.open("rb") as handle:
        return [
            (m.context, m.id, m.string or m.id)
            for m in read_po(handle)
            if m.id and isinstance(m.id, str) and isinstance(m.string, str)
        ]


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_every_translation_keeps_the_tokens_of_its_message(lang: str) -> None:
    lost = [
        message
        for _, message, translated in _messages(lang)
        if Counter(t.group(0) for t in _TOKEN.finditer(message))
        != Counter(t.group(0) for t in _TOKEN.finditer(translated))
    ]
    assert lost == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("law", JURISDICTIONS.values(), ids=JURISDICTIONS)
def test_every_token_of_every_message_fills_in_every_language(lang: str, law: Jurisdiction) -> None:
    words = catalog(lang)
    for _, message, translated in _messages(lang):
        filled = law.fill(words, translated)
        assert not _TOKEN.search(filled), (message, filled)
        assert "{cite:" not in filled and "{law" not in filled, (message, filled)


# The messages that may name the law, its home area or its institutions: the law's own
# words (what the tokens are filled with), the jurisdiction's label, and the sentences of
# a law's own transfer tools (which the other law does not have).
_LAW_CONTEXTS = {
    "law",
    "law-defined",
    "law-title",
    "home-area",
    "home-area-defined",
    "representative-area",
    "jurisdiction",
}
_NAMES_THE_LAW = re.compile(
    r"\bGDPR\b|European Economic Area|\bEEA\b|European Union|\bArts?\. \d+.*GDPR"
)


def test_no_sentence_names_the_law_outside_a_token() -> None:
    naming = [
        message
        for context, message, _ in _messages("en")
        if context not in _LAW_CONTEXTS and _NAMES_THE_LAW.search(message)
    ]
    assert naming == []
