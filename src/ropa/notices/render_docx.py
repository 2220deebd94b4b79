"""Word, for legal review: real heading styles, a real table, the objection box as a framed cell.

Registry text goes into plain runs, so nothing in it is ever interpreted. The file is made
reproducible (fixed dates inside and in the zip) so that `--check` can compare it. The page
is the notice's paper (A4, or Letter in the US and Canada), the styles carry the notice's
language so that Word checks the right spelling, and addresses are live hyperlinks.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from datetime import date, datetime, time
from typing import Any

from ropa.notices.content import Block, Callout, Inline, Items, NoticeContent, Paragraph, Table

_EPOCH = (1980, 1, 1, 0, 0, 0)
# Page width and height in millimetres.
_PAPER = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
_MARGIN_MM = 25.0
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _hyperlink(paragraph: Any, text: str, href: str, strong: bool) -> None:
    """A live link: a w:hyperlink pointing at an external relationship, styled as a link."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel_id = paragraph.part.relate_to(href, _HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    properties.append(style)
    if strong:
        properties.append(OxmlElement("w:b"))
    run.append(properties)
    body = OxmlElement("w:t")
    body.text = text
    body.set(qn("xml:space"), "preserve")
    run.append(body)
    link.append(run)
    paragraph._p.append(link)


def _runs(paragraph: Any, runs: Inline) -> None:
    for run in runs:
        if run.href is not None:
            _hyperlink(paragraph, run.text, run.href, run.strong)
        else:
            paragraph.add_run(run.text).bold = run.strong or None


def _hyperlink_style(document: Any) -> None:
    """The character style Word uses for links (the default template lacks it)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    if "Hyperlink" in [style.name for style in document.styles]:
        return
    style = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    style.font.underline = True


def _language(document: Any, tag: str) -> None:
    """Set w:lang on the document defaults and on every style, for spelling and hyphenation."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = document.styles.element
    holders = []
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        run_defaults = defaults.find(qn("w:rPrDefault"))
        if run_defaults is None:
            run_defaults = OxmlElement("w:rPrDefault")
            defaults.insert(0, run_defaults)
        holders.append(run_defaults)
    holders += styles.findall(qn("w:style"))
    for holder in holders:
        properties = holder.find(qn("w:rPr"))
        if properties is None:
            properties = OxmlElement("w:rPr")
            holder.append(properties)
        for old in properties.findall(qn("w:lang")):
            properties.remove(old)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag)
        lang.set(qn("w:bidi"), tag)
        properties.append(lang)


def _page(document: Any, paper: str) -> None:
    from docx.shared import Mm

    width, height = _PAPER.get(paper, _PAPER["A4"])
    for section in document.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin = section.right_margin = Mm(_MARGIN_MM)
        section.top_margin = section.bottom_margin = Mm(_MARGIN_MM)


def _block(container: Any, block: Block) -> None:
    if isinstance(block, Paragraph):
        _runs(container.add_paragraph(), block.runs)
    elif isinstance(block, Items):
        for item in block.items:
            _runs(container.add_paragraph(style="List Bullet"), item)
    elif isinstance(block, Table):
        table = container.add_table(rows=1, cols=len(block.header))
        table.style = "Table Grid"
        for cell, title in zip(table.rows[0].cells, block.header, strict=True):
            cell.paragraphs[0].add_run(title).bold = True
        for row in block.rows:
            cells = table.add_row().cells
            for cell, lines in zip(cells, row, strict=True):
                for index, line in enumerate(lines):
                    _runs(cell.paragraphs[0] if index == 0 else cell.add_paragraph(), line)
    elif isinstance(block, Callout):
        box = container.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        cell = box.rows[0].cells[0]
        cell.paragraphs[0].style = "Heading 2"
        cell.paragraphs[0].add_run(block.title)
        for child in block.blocks:
            _block(cell, child)
        container.add_paragraph()
    else:
        raise TypeError(block)


def _reproducible(payload: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(payload))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in sorted(source.infolist(), key=lambda i: i.filename):
            fixed = zipfile.ZipInfo(info.filename, _EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def render(content: NoticeContent) -> bytes:
    import docx

    document = docx.Document()
    properties = document.core_properties
    properties.title = content.title
    properties.language = content.lang
    properties.author = ""
    moment = datetime(2000, 1, 1)
    if content.last_updated:
        with contextlib.suppress(ValueError):
            moment = datetime.combine(date.fromisoformat(content.last_updated[:10]), time())
    properties.created = properties.modified = moment
    properties.last_modified_by = ""
    properties.revision = 1
    _page(document, content.paper)
    _hyperlink_style(document)
    _language(document, content.language_tag)
    document.add_heading(content.title, level=0)
    for block in content.intro:
        _block(document, block)
    for section in content.sections:
        document.add_heading(section.title, level=1)
        for block in section.blocks:
            _block(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return _reproducible(buffer.getvalue())
