"""PDF: the notice's HTML page laid out for print by WeasyPrint, in the notice's language.

WeasyPrint is imported here only, when a PDF notice is asked for: it needs the Pango
library from the system, and nothing else in ropa does (the register PDF is typeset by
Typst). Where Pango is missing, `unavailable()` says what to install, in one line.

The page is the HTML notice itself (registry text escaped by Jinja2) with a print
stylesheet and the fonts shipped in `ropa/fonts/`. The URL fetcher reads those fonts and
nothing else, so no address written in a registry is ever requested or read.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ropa.notices.content import NoticeContent

PACKAGE = Path(__file__).resolve().parent.parent
FONTS = PACKAGE / "fonts"
INSTALL_PANGO = (
    "--format pdf needs the Pango library, which WeasyPrint lays out text with: install it "
    "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install "
    "pango) and run the command again"
)


@cache
def unavailable() -> str | None:
    """Why a PDF notice cannot be made on this machine, or None when it can."""
    try:
        import weasyprint  # noqa: F401
    except (OSError, ImportError):
        return INSTALL_PANGO
    return None


def allowed(url: str) -> bool:
    """Only the shipped font files may be read."""
    if not url.startswith("file://"):
        return False
    path = Path(unquote(urlsplit(url).path)).resolve()
    return path.is_relative_to(FONTS) and path.suffix == ".ttf"


def _fetcher() -> Any:
    from weasyprint.urls import URLFetcher

    class FontsOnly(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not allowed(url):
                raise ValueError(f"ropa does not fetch resources named in a registry: {url}")
            return super().fetch(url, headers)

    return FontsOnly(allowed_protocols=("file",))


def _print_css() -> str:
    css = (resources.files("ropa") / "templates" / "notice" / "print.css").read_text("utf-8")
    faces = "".join(
        f'@font-face {{ font-family: "Noto Sans"; font-weight: {weight}; '
        f'src: url("{(FONTS / name).as_uri()}"); }}\n'
        for weight, name in ((400, "NotoSans-Regular.ttf"), (700, "NotoSans-Bold.ttf"))
    )
    return faces + css


def render(content: NoticeContent) -> bytes:
    """The notice as a PDF; call `unavailable()` first."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from ropa.notices import render_html

    # The print rules go last in the page's own head, so they override the screen ones
    # (a stylesheet given to write_pdf would be a user stylesheet, which loses to them).
    page = render_html.render(content).replace(
        "</head>", f"<style>\n{_print_css()}</style>\n</head>", 1
    )
    fonts = FontConfiguration()  # the @font-face rules register the shipped fonts here
    html = HTML(string=page, url_fetcher=_fetcher(), base_url=FONTS.as_uri())
    pdf = html.write_pdf(
        font_config=fonts,
        pdf_variant="pdf/a-3b",
        custom_metadata=True,
        uncompressed_pdf=False,
    )
    assert isinstance(pdf, bytes)
    return pdf
