"""Each format lays the same content out, and shows registry text as text, never as markup."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from ropa.model import Registry
from ropa.notices import NoticeContent, render
from ropa.record import build_record
from ropa.validate import validate

Build = Callable[[Registry, str, str], NoticeContent]
HOSTILE = "<script>alert(1)</script> **bold** [link](http://x) &amp; | # x"


@pytest.fixture
def hostile(ampere_copy: Path) -> NoticeContent:
    """The Ampere website notice whose English intro is full of markup."""
    from ropa.notices import MissingTranslation, build

    organization = ampere_copy / "organization.yaml"
    source = organization.read_text("utf-8")
    old = "en: Protecting personal data is one of AMPERE's core ethical values."
    organization.write_text(source.replace(old, f"en: '{HOSTILE}'"), "utf-8")
    registry = validate(str(ampere_copy)).registry
    assert registry is not None
    built = build(build_record(registry), "website", "en")
    assert not isinstance(built, MissingTranslation)
    return built


def test_markdown_escapes_registry_text(hostile: NoticeContent) -> None:
    markdown = render(hostile, "md").decode()
    assert (
        r"&lt;script&gt;alert(1)&lt;/script&gt; \*\*bold\*\* \[link\](http://x) &amp;amp; \| # x"
        in markdown
    )
    assert "<script>" not in markdown


def test_html_escapes_registry_text(hostile: NoticeContent) -> None:
    html = render(hostile, "html").decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; **bold** [link](http://x) &amp;amp;" in html
    assert "<script>" not in html


def test_text_and_word_keep_registry_text_as_it_is(hostile: NoticeContent) -> None:
    import docx

    assert HOSTILE in render(hostile, "txt").decode().replace("\n", " ")
    document = docx.Document(io.BytesIO(render(hostile, "docx")))
    assert HOSTILE in [p.text for p in document.paragraphs]


def test_html_page(ampere: Registry, content: Build) -> None:
    html = render(content(ampere, "website", "fr"), "html").decode()
    assert html.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert "<style>" in html and "font: 1.0625rem/1.6 system-ui" in html
    assert '<th scope="col">Finalité</th><th scope="col">Base légale</th>' in html
    assert '<aside class="ropa-callout" role="note">\n<h3>Votre droit d&#39;opposition</h3>' in html
    assert '<a href="mailto:dpo@ampere.cars">dpo@ampere.cars</a>' in html


def test_docx_has_real_headings_and_a_real_table(ampere: Registry, content: Build) -> None:
    import docx

    document = docx.Document(io.BytesIO(render(content(ampere, "website", "en"), "docx")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == [
        "Who is responsible for your data?",
        "What do we use your data for?",
        "Where does your data come from?",
    ]
    assert "Your rights" in headings
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Privacy policy"]
    purposes = document.tables[0]
    assert [c.text for c in purposes.rows[0].cells] == ["Purpose", "Legal basis"]
    assert purposes.rows[1].cells[0].text == "Sending you our newsletter"
    assert purposes.rows[1].cells[1].text == "Your consent (Art. 6(1)(a) GDPR)"
    assert len(purposes.rows) == 5
    box = document.tables[1].rows[0].cells[0]
    assert box.paragraphs[0].style.name == "Heading 2"
    assert box.paragraphs[0].text == "Your right to object"
    assert document.core_properties.language == "en"


def test_text_format_wraps_and_boxes_the_objection(lohnwerk: Registry, content: Build) -> None:
    text = render(content(lohnwerk, "customers", "en"), "txt").decode()
    assert all(len(line) <= 78 for line in text.splitlines())
    assert "* YOUR RIGHT TO OBJECT" in text
