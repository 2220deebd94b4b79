"""Markdown (CommonMark with GFM tables), for a repository or a CMS.

Registry text is escaped: Markdown specials get a backslash, and `<`, `>` and entity-like
`&` become entities, so a description can never turn into markup or a link.
"""

from __future__ import annotations

import re

from ropa.notices.content import Block, Callout, Inline, Items, NoticeContent, Paragraph, Table

_SPECIALS = re.compile(r"([\\`*_\[\]|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def escape(text: str) -> str:
    text = _ENTITY.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIALS.sub(r"\\\1", text)


def _destination(href: str) -> str:
    return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


def inline(runs: Inline) -> str:
    parts: list[str] = []
    for run in runs:
        text = escape(run.text)
        if run.href is not None:
            text = f"[{text}]({_destination(run.href)})"
        if run.strong:
            text = f"**{text}**"
        parts.append(text)
    # A line must not start as a heading, quote, list item or rule because of its text.
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), "".join(parts), count=1)


def _block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [inline(block.runs)]
    if isinstance(block, Items):
        return ["\n".join(f"- {inline(item)}" for item in block.items)]
    if isinstance(block, Table):
        lines = [
            "| " + " | ".join(escape(cell) for cell in block.header) + " |",
            "|" + "|".join(" --- " for _ in block.header) + "|",
        ]
        lines += [
            "| " + " | ".join("<br>".join(inline(line) for line in cell) for cell in row) + " |"
            for row in block.rows
        ]
        return ["\n".join(lines)]
    if isinstance(block, Callout):
        inner = [f"### {escape(block.title)}"]
        for child in block.blocks:
            inner += _block(child)
        quoted = "\n>\n".join("\n".join(f"> {line}" for line in part.split("\n")) for part in inner)
        return [quoted]
    raise TypeError(block)


def render(content: NoticeContent) -> str:
    parts = [f"# {escape(content.title)}"]
    for block in content.intro:
        parts += _block(block)
    for section in content.sections:
        parts.append(f"## {escape(section.title)}")
        for block in section.blocks:
            parts += _block(block)
    return "\n\n".join(parts) + "\n"
