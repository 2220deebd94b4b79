"""The PDF, read back with pypdf: every activity and annex, metadata, and nothing fetched."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from export_support import EXAMPLES, FIXTURES, REGISTRIES, export, export_once
from pypdf import PdfReader

from ropa.register.pdf import allowed
from ropa.validate import validate


def text_of(pdf: Path) -> str:
    """The PDF's text with whitespace collapsed, so wrapped lines compare as one."""
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(pdf).pages))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {name: export_once(tmp_path_factory, "pdf", FIXTURES / name) for name in EXAMPLES}


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_activity_and_annex_is_in_the_pdf(pdfs: dict[str, Path], name: str) -> None:
    registry = validate(str(FIXTURES / name)).registry
    assert registry is not None
    text = text_of(pdfs[name])
    for activity in registry.activities:
        assert activity.name is not None
        assert activity.name.resolve("en") in text
    for heading in (
        "Record of processing activities",
        "Contents",
        "Summary of activities",
        "Controller register",
        "Annex 1: Transfers",
        "Annex 2: Recipients",
        "Annex 3: Data categories",
        "Annex 4: Data subjects",
        "Annex 5: Security measures",
    ):
        assert heading in text
    for recipient in registry.recipients:
        assert recipient.name is not None
        assert recipient.name.resolve("en") in text
    assert ("Processor register" in text) == (name == "lohnwerk")
    assert "Generated on 2026-01-01" in text
    assert re.search(r"Page 3 of \d+", text)


def test_art30_fields_of_an_activity(pdfs: dict[str, Path]) -> None:
    text = text_of(pdfs["lohnwerk"])
    for expected in (
        "Legitimate interests (Art. 6(1)(f))",
        "LIA-3 (dated 2024-01-08)",
        "Employment and social protection law (Art. 9(2)(b))",
        "Bäckerei Sonnenschein KG",
        "Stadtwerke Nordheim GmbH",
        "Controllers on whose behalf",
        "Module 3, processor to processor",
        "TIA-7",
        "90 days from the time",
        "DPIA-2024-02",
        "Four-eyes principle for changes to pay data",
    ):
        assert expected in text


def test_metadata_bookmarks_and_pdfa(pdfs: dict[str, Path]) -> None:
    reader = PdfReader(pdfs["ampere"])
    assert reader.metadata is not None
    assert reader.metadata.author == "AMPERE SAS"
    assert reader.metadata.title == "Record of processing activities: AMPERE SAS"
    assert reader.metadata.creation_date.year == 2026
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert xmp.stream.get_data().count(b'pdfaid:part="3"') == 1
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(getattr(item, "title", "")))

    walk(reader.outline)
    assert "Controller register Article 30(1) GDPR" in titles
    assert "Personalised marketing newsletter" not in titles
    assert any(t.startswith("Personalised marketing") for t in titles)
    assert any(t.startswith("Annex 2: Recipients") for t in titles)


def test_french_headings(tmp_path: Path) -> None:
    target = tmp_path / "fr.pdf"
    assert export("pdf", FIXTURES / "ampere", target, "--lang", "fr") == 0
    text = text_of(target)
    for expected in (
        "Registre des activités de traitement",
        "Sommaire",
        "Annexe 2: Destinataires",
        "Prospection personnalisée",
        "Base légale",
        "Consentement (art. 6.1.a)",
    ):
        assert expected in text


class _Recorder(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[tuple[int, list[str]]]:
    _Recorder.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], _Recorder.requests
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_markup_in_the_registry_is_text_and_nothing_is_fetched(
    tmp_path: Path, server: tuple[int, list[str]]
) -> None:
    port, requests = server
    registry = tmp_path / "markup.yaml"
    source = (REGISTRIES / "markup.yaml").read_text("utf-8")
    registry.write_text(source.replace("PORT", str(port)), "utf-8")
    target = tmp_path / "markup.pdf"
    assert export("pdf", registry, target) == 0
    assert requests == []
    text = text_of(target)
    assert f'<img src="http://127.0.0.1:{port}/x.png">' in text
    assert '<link rel=stylesheet href="file:///etc/passwd">' in text
    assert "<script>alert(1)</script>" in text
    assert "Markup <b>Org</b> & Co" in text
    assert "root:" not in text


def test_the_fetcher_allows_only_the_package_templates() -> None:
    from ropa.register.pdf import TEMPLATES

    assert allowed((TEMPLATES / "register.css").as_uri())
    assert not allowed("file:///etc/passwd")
    assert not allowed((TEMPLATES / ".." / ".." / "cli.py").as_uri())
    assert not allowed("http://127.0.0.1/x.png")
    assert not allowed("data:text/css,body{}")
