"""`ropa export notice --format pdf`: the HTML notice printed by WeasyPrint, in its language;
and WeasyPrint (Pango) needed by nothing else."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from ropa.cli import main
from ropa.notices import render_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
AMPERE = str(FIXTURES / "ampere")

needs_pango = pytest.mark.skipif(
    render_pdf.unavailable() is not None, reason="WeasyPrint cannot load Pango here"
)


@needs_pango
def test_the_notice_as_a_pdf_in_its_language(tmp_path: Path) -> None:
    target = tmp_path / "website.fr.pdf"
    args = ["export", "notice", AMPERE, "--notice", "website", "--lang", "fr"]
    assert main([*args, "--format", "pdf", "-o", str(target)]) == 0
    reader = PdfReader(target)
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    text = " ".join(page.extract_text() for page in reader.pages)
    text = text.replace("\u00a0", " ").replace("\u202f", " ")  # French spacing
    assert "Politique de confidentialité" in text
    assert "Qui est responsable de vos données ?" in text
    assert reader.pages[0].mediabox.height > reader.pages[0].mediabox.width  # A4 portrait
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    }
    assert fonts <= {"Noto-Sans", "Noto-Sans-Bold"}  # the shipped fonts, not the machine's


def test_the_fetcher_reads_only_the_shipped_fonts() -> None:
    assert render_pdf.allowed((render_pdf.FONTS / "NotoSans-Regular.ttf").as_uri())
    assert not render_pdf.allowed((render_pdf.FONTS / "OFL.txt").as_uri())
    assert not render_pdf.allowed("file:///etc/passwd")
    assert not render_pdf.allowed((render_pdf.FONTS / ".." / "cli.py").as_uri())
    assert not render_pdf.allowed("http://127.0.0.1/x.png")


@pytest.fixture
def no_pango(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine where `import weasyprint` fails, as it does without Pango."""
    for name in [m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # type: ignore[arg-type]
    render_pdf.unavailable.cache_clear()
    yield
    render_pdf.unavailable.cache_clear()


def test_without_pango_the_pdf_notice_says_what_to_install(
    no_pango: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "notice", AMPERE, "--format", "pdf", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "apt-get install libpango-1.0-0 libpangoft2-1.0-0" in err
    assert list(tmp_path.iterdir()) == []


def test_without_pango_validate_and_export_everything_work(
    no_pango: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert main(["validate", AMPERE]) == 0
    assert main(["export", AMPERE, "-o", str(tmp_path)]) == 0
    assert (tmp_path / "ropa-register.en.pdf").is_file()
    assert (tmp_path / "ropa-register.fr.xlsx").is_file()
    assert sys.modules["weasyprint"] is None  # nothing tried to import it
