"""The register PDF (Typst), read back with pypdf and poppler: content, structure, metadata,
hostile text printed literally, words never broken, no near-empty page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from export_support import EXAMPLES, FIXTURES, REGISTRIES, export, export_once
from pypdf import PdfReader

from ropa.validate import validate

POPPLER = shutil.which("pdftotext") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="pdftotext (poppler-utils) is not installed")


def text_of(pdf: Path) -> str:
    """The PDF's text with whitespace collapsed, so wrapped lines compare as one."""
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(pdf).pages))


def poppler_text(pdf: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    made = {name: export_once(tmp_path_factory, "pdf", FIXTURES / name) for name in EXAMPLES}
    made["ampere-fr"] = export_once(tmp_path_factory, "pdf", FIXTURES / "ampere", "--lang", "fr")
    return made


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_activity_and_annex_is_in_the_pdf(pdfs: dict[str, Path], name: str) -> None:
    registry = validate(str(FIXTURES / name)).registry
    assert registry is not None
    text = text_of(pdfs[name])
    for activity in registry.activities:
        assert activity.name is not None
        assert activity.name.get("en") in text
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
        assert recipient.name.get("en") in text
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
        assert expected in text.replace("\u00a0", " ")


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(re.sub(r"\s+", " ", str(getattr(item, "title", ""))))

    walk(reader.outline)
    return titles


def test_metadata_language_bookmarks_and_pdfa(pdfs: dict[str, Path]) -> None:
    reader = PdfReader(pdfs["ampere"])
    assert reader.metadata is not None
    assert reader.metadata.author == "AMPERE SAS"
    assert reader.metadata.title == "Record of processing activities: AMPERE SAS"
    assert reader.metadata.subject is not None
    assert reader.metadata.subject.startswith("Article 30 of the General Data Protection")
    assert "Registry revision" in reader.metadata.subject
    assert reader.metadata.creation_date.year == 2026
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert "/StructTreeRoot" in root  # tagged
    xmp = reader.xmp_metadata
    assert xmp is not None
    data = xmp.stream.get_data().decode("utf-8")
    assert "<pdfaid:part>3</pdfaid:part>" in data
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in data
    assert "<rdf:li>en</rdf:li>" in data
    # the registry revision is in the XMP, in the description (the PDF's Subject)
    assert re.search(r"<dc:description>.*Registry revision", data)
    titles = _outline_titles(reader)
    assert "Controller register Article 30(1) GDPR" in [t.replace("\u00a0", " ") for t in titles]
    assert "Personalised marketing" in titles
    assert any(t.startswith("Annex 2: Recipients") for t in titles)


def test_french_metadata_sets_a_no_break_space_before_the_colon(pdfs: dict[str, Path]) -> None:
    """The document title and subject follow French typography, as the pages do."""
    reader = PdfReader(pdfs["ampere-fr"])
    assert reader.metadata is not None
    assert reader.metadata.title == "Registre des activités de traitement\u00a0: AMPERE SAS"
    assert reader.metadata.subject is not None
    assert "Révision du registre\u00a0: " in reader.metadata.subject
    assert " :" not in reader.metadata.title and ":" not in reader.metadata.title.replace(
        "\u00a0:", ""
    )
    data = reader.xmp_metadata.stream.get_data().decode("utf-8")  # type: ignore[union-attr]
    assert "Registre des activités de traitement\u00a0: AMPERE SAS" in data
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", "-enc", "UTF-8", str(pdfs["ampere-fr"])],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        assert "Title:           Registre des activités de traitement\u00a0: AMPERE SAS" in info


def test_only_the_shipped_fonts_are_embedded(pdfs: dict[str, Path]) -> None:
    fonts: set[str] = set()
    for page in PdfReader(pdfs["lohnwerk"]).pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts
    assert fonts <= {"NotoSans-Regular", "NotoSans-Bold", "NotoSansMono-Regular", "DejaVuSans"}


def test_summary_links_to_activities_and_landscape_annexes(pdfs: dict[str, Path]) -> None:
    reader = PdfReader(pdfs["ampere"])
    texts = [page.extract_text() for page in reader.pages]
    summary = next(i for i, t in enumerate(texts) if "Summary of activities" in t and i > 1)
    targets = {
        str(a.get_object()["/Dest"])
        for a in reader.pages[summary].get("/Annots", [])
        if a.get_object()["/Subtype"] == "/Link"
    }
    assert targets == {  # each activity's name links to its section
        "activity-business-reporting",
        "activity-newsletter",
        "activity-personalised-marketing",
        "activity-product-improvement",
    }
    annex = next(i for i, t in enumerate(texts) if "Annex 1: Transfers" in t and i > 1)
    box = reader.pages[annex].mediabox
    assert box.width > box.height
    assert reader.pages[summary].mediabox.width < reader.pages[summary].mediabox.height


@needs_poppler
def test_contents_has_page_numbers_and_running_heads(pdfs: dict[str, Path]) -> None:
    pages = poppler_text(pdfs["ampere"], "-layout").split("\f")
    contents = pages[1]
    assert re.search(r"Newsletter \.( \.)+ \S*\d+", contents)
    assert re.search(r"Annex 5: Security measures.*\. \S*\d+", contents)
    for number, page in enumerate(pages[1:-1], 2):
        assert page.lstrip().startswith("AMPERE SAS"), number
        assert f"Page {number} of {len(pages) - 1}" in page
    assert "Page 1 of" not in pages[0]  # the cover has neither head nor foot


@needs_poppler
def test_french_headings_and_typography(pdfs: dict[str, Path]) -> None:
    text = re.sub(r"\s+", " ", poppler_text(pdfs["ampere-fr"]).replace("\u00a0", " "))
    for expected in (
        "Registre des activités de traitement",
        "Sommaire",
        "Annexe 2 : Destinataires art. 30.1.d",
        "Non renseigné : Description",
        "Prospection personnalisée",
        "Base légale",
        "Consentement (art. 6.1.a)",
    ):
        assert expected in text


@needs_poppler
@pytest.mark.parametrize("name", ["typst-markup.yaml", "markup.yaml"])
def test_markup_in_the_registry_prints_as_written(tmp_path: Path, name: str) -> None:
    target = tmp_path / "markup.pdf"
    assert export("pdf", REGISTRIES / name, target) == 0
    text = poppler_text(target)
    if name == "typst-markup.yaml":
        for literal in (
            '#read("/etc/passwd") *Org*',
            "$x^2$ <tag> @tag \\ ] [ // not a comment",
            '*bold* #read("/etc/passwd")',
            '#read("/etc/passwd") $x$ *bold* <tag> #link("https://example.com")[x]',
            "= Heading",
            "_emph_ `raw` #sys.inputs",
            '#panic("boom"), #include "register.typ"',
            '#image("/etc/hostname")',
            '#eval("1+1")',
            "#{ panic() }",
            "#v(1cm) ~ --- ...",
        ):
            assert literal in text, literal
    else:
        for literal in (
            "<script>alert(1)</script>",
            "Markup <b>Org</b> & Co",
            "Tracking <i>pixel</i>",
        ):
            assert literal in text, literal
    assert "root:" not in text


def test_a_character_no_shipped_font_has_stops_the_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "cjk.yaml"
    source = (REGISTRIES / "typst-markup.yaml").read_text("utf-8")
    registry.write_text(source.replace("name: '= Heading'", "name: '株式会社'"), "utf-8")
    target = tmp_path / "cjk.pdf"
    assert export("pdf", registry, target) == 1
    err = capsys.readouterr().err
    assert "cannot show '株' (U+682A) in '株式会社' (and 3 other characters)" in err
    assert "export xlsx or json" in err
    assert not target.exists()


def _source_words(pdf_json: dict[str, Any]) -> set[str]:
    """Every word of every string of the document, and the pieces a line may break into
    at a hyphen, a slash or a dash (a normal break, not inside a word)."""
    from ropa.register.pdf import _strings

    words: set[str] = set()
    for text in _strings(pdf_json):
        for word in re.split(r"\s+", _plain(text)):
            words.add(word)
            breaks = r"(?<=[-/–—.])" if word.startswith("http") else r"(?<=[-/–—])"
            words.update(re.split(breaks, word))
    return words


def _plain(text: str) -> str:
    """Text without joiners and without the punctuation that joins list items."""
    text = text.replace("\u2060", "").replace("\u00a0", " ")
    return re.sub(r"[,;:]+(?=\s|$)", "", text)


@needs_poppler
@pytest.mark.parametrize("name", EXAMPLES)
def test_no_word_is_broken_inside(pdfs: dict[str, Path], name: str) -> None:
    from ropa.record import build_record
    from ropa.register.document import Register, build_register, generation_time
    from ropa.register.pdf import _strings, document

    registry = validate(str(FIXTURES / name)).registry
    assert registry is not None
    register = build_register(build_record(registry), "en", generation_time(), None)
    assert isinstance(register, Register)
    data = document(register)
    known = _source_words(data)
    urls = [w for text in _strings(data) for w in text.split() if w.startswith("http")]
    printed = re.split(r"\s+", _plain(poppler_text(pdfs[name]).replace("\u00ad", "-")))
    strange = {
        word
        for word in printed
        if word
        and word not in known
        and not any(word in url for url in urls)
        and not re.fullmatch(r"[\d.,()]+|\.+|[0-9a-f]{7,}", word)
    }
    assert strange == set()


@needs_poppler
@pytest.mark.parametrize("name", [*EXAMPLES, "ampere-fr"])
def test_no_near_empty_page(pdfs: dict[str, Path], name: str) -> None:
    """Every page but the cover has more than a few lines of body text."""
    pages = poppler_text(pdfs[name], "-layout").split("\f")[1:-1]
    for number, page in enumerate(pages, 2):
        lines = [line for line in page.splitlines() if line.strip()]
        body = lines[1:-1]  # without the running head and foot
        assert len(body) >= 5, (number, body)


@needs_poppler
def test_one_clients_register_shows_only_that_client(tmp_path: Path) -> None:
    target = tmp_path / "client.pdf"
    assert export("pdf", FIXTURES / "lohnwerk", target, "--client", "baeckerei-sonnenschein") == 0
    text = re.sub(r"\s+", " ", poppler_text(target))
    assert "processing carried out on behalf of Bäckerei Sonnenschein KG" in text
    assert "Stadtwerke Nordheim" not in text  # the other client
    assert "Controller register" not in text  # nor the organisation's own activities
    assert "Processor register" in text


def test_client_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.pdf"
    assert export("pdf", FIXTURES / "lohnwerk", target, "--client", "nobody") == 2
    assert "unknown client (the registry's clients: " in capsys.readouterr().err
    assert export("json", FIXTURES / "lohnwerk", tmp_path / "x.json", "--client", "x") == 2
    assert "use it with `ropa export pdf` or `ropa export xlsx`" in capsys.readouterr().err
    assert not target.exists()


def test_one_clients_workbook(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "client.xlsx"
    assert export("xlsx", FIXTURES / "lohnwerk", target, "--client", "stadtwerke-nordheim") == 0
    book = load_workbook(target)
    assert "Controller register" not in book.sheetnames
    served = [row[0] for row in book["Processor register"].iter_rows(min_row=2, values_only=True)]
    assert served and set(served) == {"Stadtwerke Nordheim GmbH"}


@needs_poppler
def test_revision_history_part_when_the_register_has_one(tmp_path: Path) -> None:
    from dataclasses import dataclass

    from ropa.record import build_record
    from ropa.register.document import Register, build_register, generation_time
    from ropa.register.pdf import document, render

    registry = validate(str(FIXTURES / "ampere")).registry
    assert registry is not None
    register = build_register(build_record(registry), "en", generation_time(), None)
    assert isinstance(register, Register)
    assert all(part["kind"] != "history" for part in document(register)["parts"])

    @dataclass(frozen=True)
    class WithHistory:
        inner: Any
        revision_history: tuple[dict[str, Any], ...]

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

    entries = ({"date": "2026-01-02", "commit": "abc1234", "changes": ["added #read()"]},)
    data = document(WithHistory(register, entries))  # type: ignore[arg-type]
    target = tmp_path / "history.pdf"
    target.write_bytes(render(data))
    text = poppler_text(target)
    assert "Revision history" in text
    assert "abc1234" in text and "added #read()" in text


def test_a_dpf_transfer_shows_when_the_list_was_last_checked(tmp_path: Path) -> None:
    """The transfers annex gives the last check of the Data Privacy Framework List and the
    entry checked; the activity's transfers say it too (as the workbook does)."""
    target = tmp_path / "v11.pdf"
    assert export("pdf", FIXTURES / "v11", target) == 0
    text = text_of(target).replace("\u00a0", " ")
    assert "Data Privacy Framework List, last checked" in text
    assert "2026-05-20, DPF List entry 0001234" in text
    assert "Data Privacy Framework List, last checked: 2026-05-20" in text
