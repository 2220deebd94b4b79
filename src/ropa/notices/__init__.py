"""Public privacy notices (GDPR Arts. 13 and 14) generated from the registry.

`build` turns the resolved record, a notice and a language into a NoticeContent; `render` lays it
out in one format. `documents` renders every notice in memory.
Nothing here prints or writes: the export command does that.
"""

from __future__ import annotations

from typing import Literal, assert_never

from ropa.notices.build import build
from ropa.notices.content import NoticeContent
from ropa.record import MissingTranslation

NoticeFormat = Literal["md", "html", "docx", "txt", "pdf"]
FORMATS: tuple[NoticeFormat, ...] = ("md", "html", "docx", "txt", "pdf")

__all__ = ["FORMATS", "MissingTranslation", "NoticeContent", "NoticeFormat", "build", "render"]


def render(content: NoticeContent, notice_format: NoticeFormat, fragment: bool = False) -> bytes:
    """The notice as the bytes of a file in `notice_format`."""
    if notice_format == "md":
        from ropa.notices import render_md

        return render_md.render(content).encode("utf-8")
    if notice_format == "html":
        from ropa.notices import render_html

        return render_html.render(content, fragment=fragment).encode("utf-8")
    if notice_format == "docx":
        from ropa.notices import render_docx

        return render_docx.render(content)
    if notice_format == "txt":
        from ropa.notices import render_txt

        return render_txt.render(content).encode("utf-8")
    if notice_format == "pdf":
        from ropa.notices import render_pdf

        return render_pdf.render(content)
    assert_never(notice_format)
