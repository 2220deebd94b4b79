"""The sub-processor list as a page (HTML, Markdown), as JSON, and its Atom 1.0 feed.

Every word of ours comes from the catalog in the list's language; countries and dates
from Babel. Registry texts are escaped (HTML autoescape, Markdown escapes, XML through
ElementTree) and never become markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal
from xml.etree import ElementTree

from ropa.history import words
from ropa.history.subprocessors import PROCESSOR, SUB_PROCESSOR, Row, Timeline
from ropa.i18n.catalog import catalog
from ropa.i18n.format import country, day
from ropa.model import Transfer
from ropa.reference.jurisdiction import EU_GDPR, Jurisdiction

if TYPE_CHECKING:
    from ropa.i18n.register_words import Words

ListFormat = Literal["html", "md", "json", "atom"]
FORMATS: tuple[ListFormat, ...] = ("html", "md", "json", "atom")
EXTENSIONS = {"html": "html", "md": "md", "json": "json", "atom": "atom"}
ATOM = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True)
class Page:
    """The list with every word in one language, for any format."""

    lang: str
    organization: str
    website: str | None
    client: str | None  # the client's id with --client
    client_name: str | None
    as_of: str  # YYYY-MM-DD
    rows: tuple[Row, ...]
    timeline: Timeline | None
    # The law the record is kept under: its name, articles and transfer tools.
    jurisdiction: Jurisdiction = EU_GDPR

    def _(self, message: str, **values: str) -> str:
        words = catalog(self.lang)
        text = self.jurisdiction.fill(words, words.gettext(message))
        return text % values if values else text

    @property
    def title(self) -> str:
        if self.client_name is not None:
            return self._(
                words.TITLE_FOR_CLIENT, organization=self.organization, client=self.client_name
            )
        return self._(words.TITLE, organization=self.organization)

    @property
    def intro(self) -> str:
        return self._(
            words.INTRO,
            organization=self.organization,
            date=day(self.as_of, self.lang),
        )

    def tables(self) -> list[tuple[str, str, list[str], list[list[str]]]]:
        """(table, heading, column headings, rows of cells) for each table with rows."""
        result = []
        for table, heading, served in (
            (
                SUB_PROCESSOR,
                words.SUB_PROCESSORS,
                words.CLIENTS,
            ),
            (PROCESSOR, words.PROCESSORS, words.ACTIVITIES),
        ):
            chosen = [r for r in self.rows if r.table == table]
            if not chosen:
                continue
            columns = [
                self._(c)
                for c in (words.NAME, words.SERVICE, words.COUNTRY, words.TRANSFERS, served)
            ]
            columns.append(self._(words.SINCE))
            result.append((table, self._(heading), columns, [self.cells(row) for row in chosen]))
        return result

    def cells(self, row: Row) -> list[str]:
        return [
            row.name,
            row.category or "",
            country(row.country, self.lang) if row.country else "",
            self.transfers(row.transfers),
            self.separator.join(s.name for s in row.served),
            day(row.since, self.lang) if row.since else "",
        ]

    @property
    def separator(self) -> str:
        """Between the names of a list that holds commas: "; " (French: narrow no-break
        space before the semicolon)."""
        from ropa.i18n.register_words import SEMICOLON

        return catalog(self.lang).pgettext("punctuation", SEMICOLON)

    def safeguard(self, transfer: Transfer) -> str:
        """The notice's sentence for the transfer's tool under the record's law (the list
        does not say when a DPF certification was checked); a tool the law has no
        sentence for (the EU clauses alone under the UK GDPR) by the register's label,
        never by its code."""
        from ropa.notices.build import tool_sentence

        if transfer.mechanism == "derogation":
            return self._(words.DEROGATION)
        sentence = tool_sentence(self.jurisdiction, transfer.mechanism)
        if sentence is not None:
            return self._(sentence)
        return _register_words(self.lang, self.jurisdiction.id).label(
            "mechanism", transfer.mechanism
        )

    def transfers(self, transfers: tuple[Transfer, ...]) -> str:
        if not transfers:
            return self._(words.NO_TRANSFER)
        return " ".join(
            self._(
                words.TRANSFER,
                country=country(t.country, self.lang),
                safeguard=self.safeguard(t),
            )
            for t in transfers
        )

    def summary(self, row: Row) -> str:
        """One entry of the list in one paragraph, for the feed."""
        labels = self.tables_columns(row.table)
        parts = [
            self._(words.LABELLED, label=label, value=value)
            for label, value in zip(labels[1:5], self.cells(row)[1:5], strict=True)
            if value
        ]
        return " ".join(f"{part}." if not part.endswith(".") else part for part in parts)

    def tables_columns(self, table: str) -> list[str]:
        served = words.CLIENTS if table == SUB_PROCESSOR else words.ACTIVITIES
        return [
            self._(c) for c in (words.NAME, words.SERVICE, words.COUNTRY, words.TRANSFERS, served)
        ]


# ---------------------------------------------------------------------------- formats


def render(page: Page, list_format: ListFormat) -> bytes:
    if list_format == "html":
        return _html(page).encode("utf-8")
    if list_format == "md":
        return _md(page).encode("utf-8")
    if list_format == "json":
        return (json.dumps(_json(page), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if list_format == "atom":
        return _atom(page)
    from typing import assert_never

    assert_never(list_format)


def _html(page: Page) -> str:
    from importlib import resources

    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("ropa", "templates/subprocessors"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    stylesheet = (resources.files("ropa") / "templates" / "notice" / "notice.css").read_text(
        encoding="utf-8"
    )
    return environment.get_template("subprocessors.html.j2").render(
        page=page,
        tables=page.tables(),
        nothing=page._(words.NOTHING),
        stylesheet=stylesheet.strip(),
    )


def _md_cell(text: str) -> str:
    for char in "\\`*_[]<>|#":
        text = text.replace(char, f"\\{char}")
    return " ".join(text.split())


def _md(page: Page) -> str:
    lines = [f"# {_md_cell(page.title)}", "", _md_cell(page.intro)]
    tables = page.tables()
    if not tables:
        lines += ["", _md_cell(page._(words.NOTHING))]
    for _table, heading, columns, rows in tables:
        lines += ["", f"## {_md_cell(heading)}", ""]
        lines.append("| " + " | ".join(_md_cell(c) for c in columns) + " |")
        lines.append("|" + "---|" * len(columns))
        for cells in rows:
            lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _json(page: Page) -> dict[str, Any]:
    def entry(row: Row) -> dict[str, Any]:
        served_key = "clients" if row.table == SUB_PROCESSOR else "activities"
        return {
            "id": row.id,
            "name": row.name,
            "service": row.category,
            "country": row.country,
            "country_name": country(row.country, page.lang) if row.country else None,
            "transfers": [
                {
                    "country": t.country,
                    "mechanism": t.mechanism,
                    "derogation": t.derogation,
                    "safeguard": page.safeguard(t),
                }
                for t in row.transfers
            ],
            served_key: [{"id": s.id, "name": s.name} for s in row.served],
            "since": row.since,
        }

    return {
        "organization": page.organization,
        "language": page.lang,
        "client": page.client,
        "as_of": page.as_of,
        "sub_processors": [entry(r) for r in page.rows if r.table == SUB_PROCESSOR],
        "processors": [entry(r) for r in page.rows if r.table == PROCESSOR],
    }


def feed_id(page: Page) -> str:
    import uuid

    from ropa.history.subprocessors import _NAMESPACE

    name = "\0".join(("feed", page.organization, page.client or ""))
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, name)}"


def _atom(page: Page) -> bytes:
    ElementTree.register_namespace("", ATOM)

    def add(
        parent: ElementTree.Element, tag: str, text: str | None = None, **attrs: str
    ) -> ElementTree.Element:
        element = ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ElementTree.Element(f"{{{ATOM}}}feed", {"xml:lang": page.lang})
    add(feed, "id", feed_id(page))
    add(feed, "title", page.title)
    add(feed, "subtitle", page.intro)
    events = page.timeline.events if page.timeline else []
    add(feed, "updated", events[0].date if events else f"{page.as_of}T00:00:00Z")
    author = add(feed, "author")
    add(author, "name", page.organization)
    if page.website:
        add(feed, "link", rel="alternate", href=page.website)
    add(feed, "generator", "ropa")
    titles = {"added": words.ADDED, "removed": words.REMOVED, "changed": words.CHANGED}
    for event in events:
        entry = add(feed, "entry")
        add(entry, "id", event.atom_id(page.organization, page.client))
        add(entry, "title", page._(titles[event.change], name=event.row.name))
        add(entry, "updated", event.date)
        add(entry, "category", term=event.change)
        add(entry, "category", term=event.table)
        add(entry, "content", page.summary(event.row), type="text")
    ElementTree.indent(feed)
    body: bytes = ElementTree.tostring(feed, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body + b"\n"


@cache
def _register_words(lang: str, jurisdiction: str) -> Words:
    """The register's words, built once per list and not once per transfer."""
    from ropa.i18n.register_words import Words

    return Words(lang, jurisdiction)
