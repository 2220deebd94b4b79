"""Word, for legal review: real heading styles, a real table, the objection box as a framed cell.

Registry text goes into plain runs, so nothing in it is ever interpreted. The file is made
reproducible (fixed dates inside and in the zip) so that `--check` can compare it.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from datetime import date, datetime, time
from typing import Any

from ropa.notices.content import Block, Callout, Inline, Items, NoticeContent, Paragraph, Table

_EPOCH = (1980, 1, 1, 0, 0, 0)


def _runs(paragraph: Any, runs: Inline) -> None:
    for run in runs:
        paragraph.add_run(run.text).bold = run.strong or None


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
