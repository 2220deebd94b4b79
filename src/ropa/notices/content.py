"""What a notice says, as a tree of blocks that every output format renders the same way.

Every string here is final: registry texts already resolved in the notice's language and
our own sentences already translated. Renderers only lay the blocks out and escape them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class Run:
    """A piece of inline text; `href` makes it a link, `strong` a lead-in label."""

    text: str
    href: str | None = None
    strong: bool = False


Inline = tuple[Run, ...]


@dataclass(frozen=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    runs: Inline


@dataclass(frozen=True)
class Items:
    """A bulleted list; each item is one line of inline text."""

    kind: ClassVar[str] = "items"
    items: tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; each cell holds one or more lines.

    `label_format` is the translated "%(label)s: %(text)s", for formats that lay a row out
    as labelled lines (plain text): its punctuation and spacing follow the language.
    """

    kind: ClassVar[str] = "table"
    header: tuple[str, ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    label_format: str = "%(label)s: %(text)s"


@dataclass(frozen=True)
class Callout:
    """A boxed block shown apart from the rest, such as the right to object (Art. 21(4))."""

    kind: ClassVar[str] = "callout"
    title: str
    blocks: tuple[Paragraph | Items, ...]


Block = Paragraph | Items | Table | Callout


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class NoticeContent:
    notice_id: str
    lang: str
    title: str
    intro: tuple[Block, ...]
    sections: tuple[Section, ...]
    last_updated: str | None = None  # ISO date, for file metadata
    # Paper for printed formats: A4, except Letter for organisations in the US or Canada.
    paper: str = "A4"
    # Language tag for word processors' spelling checkers, such as "fr-FR".
    language_tag: str = "en-GB"


def plain(runs: Inline) -> str:
    """Inline text without links or emphasis, for plain-text and Word output."""
    return "".join(run.text for run in runs)
