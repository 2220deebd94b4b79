"""Plain text, wrapped at 78 columns: for an email or a form's small print."""

from __future__ import annotations

import textwrap

from ropa.notices.content import Block, Callout, Items, NoticeContent, Paragraph, Table, plain

WIDTH = 78


def _wrap(text: str, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(
        text,
        WIDTH,
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


def _block(block: Block, indent: str = "") -> list[str]:
    if isinstance(block, Paragraph):
        return [_wrap(plain(block.runs), indent)]
    if isinstance(block, Items):
        return ["\n".join(_wrap(plain(item), indent + "  ", indent + "- ") for item in block.items)]
    if isinstance(block, Table):
        rows = []
        for row in block.rows:
            first, *rest = row
            lines = [_wrap(" ".join(plain(line) for line in first), indent + "  ", indent + "- ")]
            for header, cell in zip(block.header[1:], rest, strict=True):
                lines += [
                    _wrap(
                        block.label_format % {"label": header, "text": plain(line)},
                        indent + "    ",
                        indent + "    ",
                    )
                    for line in cell
                ]
            rows.append("\n".join(lines))
        return ["\n".join(rows)]
    if isinstance(block, Callout):
        rule = indent + "*" * (WIDTH - len(indent))
        inner = [_wrap(block.title.upper(), indent + "* ")]
        for child in block.blocks:
            inner += _block(child, indent + "* ")
        return [rule + "\n" + f"\n{indent}*\n".join(inner) + "\n" + rule]
    raise TypeError(block)


def render(content: NoticeContent) -> str:
    heading = content.title.upper() + "\n" + "=" * min(len(content.title), WIDTH)
    parts = [heading, *(text for block in content.intro for text in _block(block))]
    for section in content.sections:
        parts.append(section.title + "\n" + "-" * min(len(section.title), WIDTH))
        for block in section.blocks:
            parts += _block(block)
    return "\n\n".join(parts) + "\n"
