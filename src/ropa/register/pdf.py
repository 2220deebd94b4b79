"""The register as a PDF, typeset by Typst from one JSON document.

`document()` turns the register's tables (the same ones the workbook is drawn from) into
plain JSON data: our words already translated, registry texts as strings. The template
(`templates/register/register.typ`) reads it with `json()` and places every string as
text, never as markup, so nothing written in a registry is evaluated. Typst runs with the
template folder as its root (it can read nothing else) and only the fonts shipped in
`ropa/fonts/` (the output does not depend on the machine's fonts).

The PDF is PDF/A-3b, tagged, in the register's language, with the title, author, subject
(which names the registry revision), keywords and date in the document information and
XMP metadata.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Final

from ropa.i18n.register_words import Words
from ropa.register.document import ActivityEntry, Register
from ropa.register.tables import (
    Column,
    Step,
    Table,
    activity_cells,
    annex_tables,
    applies,
    contact_text,
    no_progress,
    organisation_rows,
    retention_schedule,
    unique,
    without_empty_columns,
)

PACKAGE = Path(__file__).resolve().parent.parent
TEMPLATE_DIR = PACKAGE / "templates" / "register"
TEMPLATE = TEMPLATE_DIR / "register.typ"
FONTS = PACKAGE / "fonts"
PDF_STANDARD: Final = "a-3b"
# Tagged PDF (structure for screen readers and reflow) is on: see docs/performance.md.
TAGGED = True
CONTROLLER_ONLY = frozenset(
    {"legal_basis", "legitimate_interest", "lia", "joint_controllers", "consent", "provision"}
)
# A value this short, on one line, shares its row of the field table with the next one.
SHORT = 48
# How many of a column's longest words the template measures to size the column.
LONGEST = 3
_SPACE = re.compile(r"\s+")

Cell = tuple[str, str, str]
Json = dict[str, Any]


class PdfError(ValueError):
    """The register cannot be typeset; the message says why and what to do."""


@cache
def covered() -> frozenset[int]:
    """Every character that one of the shipped fonts can show."""
    from fontTools.ttLib import TTFont

    points: set[int] = set()
    for font in sorted(FONTS.glob("*.ttf")):
        points.update(TTFont(font, lazy=True).getBestCmap())
    return frozenset(points)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def unprintable(data: Json) -> list[tuple[str, str]]:
    """(character, the text holding it) for each character no shipped font can show.

    A PDF/A file must show every character it holds; rather than print a blank box in a
    legal document, the export stops and names the text."""
    fonts = covered()
    found: dict[str, str] = {}
    for text in _strings(data):
        for char in text:
            if ord(char) not in fonts and char not in found and not _invisible(char):
                found[char] = text
    return list(found.items())


def _invisible(char: str) -> bool:
    """Line ends, and the format characters that have no glyph (joiners, soft hyphen)."""
    return char in "\n\t\r" or unicodedata.category(char) == "Cf"


# A citation never breaks between "Art." and its number, nor inside "49(1)(a)".
_ARTICLE = re.compile(r"\b([Aa]rt(?:icle|\.|s\.)?) (?=\d)")
_PARENS = re.compile(r"\)(?=\()")
# Nor between a number and the word it counts ("13 months", "3 years").
_COUNT = re.compile(r"(?<=\b\d) (?=[^\W\d_]+\b)|(?<=\d\d) (?=[^\W\d_]+\b)")


def tie(text: str) -> str:
    """`text` with no-break spaces and word joiners where a line must not break."""
    if "rt" in text:
        text = _ARTICLE.sub("\\1\u00a0", text)
    if ")(" in text:
        text = _PARENS.sub(")\u2060", text)
    return _COUNT.sub("\u00a0", text)


def tied(value: Any) -> Any:
    """Every string in `value` (a JSON document) tied."""
    if isinstance(value, str):
        return tie(value)
    if isinstance(value, dict):
        return {key: tied(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [tied(item) for item in value]
    return value


def longest_words(texts: Iterable[str], count: int = LONGEST) -> list[str]:
    """The `count` longest whitespace-separated words (by characters) among `texts`."""
    best: dict[str, int] = {}
    for text in texts:
        for word in _SPACE.split(text):
            if len(word) > 2:
                best[word] = len(word)
    return sorted(best, key=lambda w: (-best[w], w))[:count]


def _weight(values: Sequence[str], heading: str) -> float:
    """How much room a column wants: its typical longest line, capped, never under its
    heading's longest word."""
    longest = sorted(max((len(line) for line in v.split("\n")), default=0) for v in values)
    typical = longest[(len(longest) * 3) // 4] if longest else 0
    return float(max(min(typical, 70), max((len(w) for w in heading.split()), default=4), 4))


def table_data(table: Table, ids: Sequence[str] | None = None) -> Json:
    """A table for the template: headings, rows, and what sizes each column."""
    columns = []
    for index, column in enumerate(table.columns):
        values = [row[index] for row in table.rows]
        nobreak = column.key == "id"
        columns.append(
            {
                "heading": column.heading,
                "heading_words": longest_words([column.heading], 2),
                "words": [max(values, key=len)] if nobreak and values else longest_words(values),
                "weight": _weight(values, column.heading),
                "nobreak": nobreak,
            }
        )
    data: Json = {"columns": columns, "rows": [list(row) for row in table.rows]}
    if ids is not None:
        data["ids"] = list(ids)
    return data


def _run_on(table: Table, separator: str = "; ") -> Table:
    """The "used by" lists run on, separated by semicolons (names hold commas; `separator`
    as the language sets it), instead of a line per activity: in a large register an
    annex row named hundreds of activities."""
    at = [index for index, column in enumerate(table.columns) if column.key == "used_by"]
    if not at:
        return table
    rows = tuple(
        tuple(
            cell.replace("\n", separator) if index in at else cell for index, cell in enumerate(row)
        )
        for row in table.rows
    )
    return Table(table.key, table.title, table.reference, table.columns, rows)


def _paired(cells: list[Cell]) -> list[list[list[str]]]:
    """The field table's rows: two consecutive short fields side by side, else one."""
    rows: list[list[list[str]]] = []
    index = 0
    while index < len(cells):
        cell = cells[index]
        following = cells[index + 1] if index + 1 < len(cells) else None
        if following is not None and _short(cell) and _short(following):
            rows.append([[cell[1], cell[2]], [following[1], following[2]]])
            index += 2
        else:
            rows.append([[cell[1], cell[2]]])
            index += 1
    return rows


def _short(cell: Cell) -> bool:
    return len(cell[2]) <= SHORT and "\n" not in cell[2]


def _activity(words: Words, activity: ActivityEntry) -> Json:
    cells = [
        cell
        for cell in activity_cells(words, activity)
        if cell[0] not in ("id", "activity")
        and not (activity.is_processor and cell[0] in CONTROLLER_ONLY)
    ]
    shown = [cell for cell in cells if cell[2]]
    tables: list[Json] = []
    if activity.on_behalf_of:
        clients = Table(
            "clients",
            words["on_behalf_of"],
            "",
            tuple(
                _column(key, words[key])
                for key in (
                    "controller",
                    "controller_contact",
                    "controller_representative",
                    "controller_dpo",
                )
            ),
            tuple(
                (
                    c.name,
                    contact_text(c.contact),
                    contact_text(c.representative),
                    contact_text(c.dpo),
                )
                for c in activity.on_behalf_of
            ),
        )
        tables.append({"title": clients.title, **table_data(without_empty_columns(clients))})
    schedule = retention_schedule(words, activity)
    if schedule is not None:
        tables.append({"title": schedule.title, **table_data(schedule)})
    return {
        "id": activity.id,
        "name": activity.name,
        "rows": _paired(shown),
        "label_words": longest_words([heading for _key, heading, _text in shown], 2),
        "value_words": longest_words(text for _key, _heading, text in shown),
        "not_recorded": [
            heading for key, heading, text in cells if not text and applies(key, activity)
        ],
        "tables": tables,
    }


def _column(key: str, heading: str) -> Column:
    return Column(key, heading, 0)


def _summary(words: Words, register: Register) -> Json:
    keys = (
        "activity",
        "role",
        "business_function",
        "legal_basis",
        "special_column",
        "transfers",
        "dpia_status",
        "last_reviewed",
    )
    rows = tuple(
        (
            a.name,
            words.label("activity_role", a.role),
            a.owner or "",
            "\n".join(words.labels_of("legal_basis", a.legal_bases)),
            "\n".join(unique(words.label("special", c.special) for c in a.data_categories)),
            ", ".join(unique(t.country for t in a.transfers)),
            words.label("dpia", a.dpia.status) if a.dpia else "",
            a.last_reviewed or "",
        )
        for a in register.activities
    )
    table = Table("summary", words["summary"], "", tuple(_column(k, words[k]) for k in keys), rows)
    return table_data(table, [a.id for a in register.activities])


def revision_history(words: Words, entries: Iterable[Any]) -> Table | None:
    """The "Revision history" part from the register's `revision_history` entries
    (`{"date", "commit", "changes": [...]}`, as dicts or objects); None when there is none."""
    rows = []
    for entry in entries:
        found = entry if isinstance(entry, dict) else vars(entry)
        rows.append(
            (
                str(found.get("date") or ""),
                str(found.get("commit") or ""),
                "\n".join(str(change) for change in found.get("changes") or ()),
            )
        )
    if not rows:
        return None
    columns = tuple(_column(key, words[key]) for key in ("date", "commit", "changes"))
    return Table("revision_history", words["revision_history"], "", columns, tuple(rows))


def _subtitle(words: Words, register: Register) -> str:
    """Art. 30; for a register of one client's processing only (`--client`), that client."""
    if len(register.clients) == 1 and not register.controller_activities:
        return words["client_subtitle"].format(client=register.clients[0].name)
    return words["subtitle"]


def _meta(words: Words, register: Register) -> Json:
    revision = register.revision or words["not_in_git"]
    generated = datetime.fromisoformat(register.generated)
    # the document info and XMP follow the language's typography as the pages do (French
    # sets a no-break space before the colon)
    return {
        "title": f"{words['title']}{words.colon}{register.organization.name}",
        "author": register.organization.name,
        "subject": f"{_subtitle(words, register)}. {words['revision']}{words.colon}{revision}",
        "keywords": ["GDPR", "Art. 30", "ROPA", f"{words['revision']} {revision}"],
        "date": [
            generated.year,
            generated.month,
            generated.day,
            generated.hour,
            generated.minute,
            generated.second,
        ],
    }


def document(register: Register, step: Step = no_progress) -> Json:
    """The whole register as the template's JSON data."""
    words = Words(register.language, register.organization.jurisdiction)
    revision = register.revision or words["not_in_git"]
    facts = [
        (words["generated"], register.generated_date),
        (words["revision"], revision),
        (words["activity_count"], str(len(register.activities))),
    ]
    if register.organization.dpo is not None:
        facts.append((words["dpo"], contact_text(register.organization.dpo)))
    parts: list[Json] = [
        {
            "kind": "fields",
            "title": words["organisation"],
            "rows": organisation_rows(register, words),
        },
        {"kind": "summary", "title": words["summary"], "table": _summary(words, register)},
    ]
    for key, activities in (
        ("controller_register", register.controller_activities),
        ("processor_register", register.processor_activities),
    ):
        if not activities:
            continue
        sections = []
        for activity in activities:
            sections.append(_activity(words, activity))
            step()
        parts.append(
            {
                "kind": "register",
                "title": words[key],
                "reference": words[f"{key}_ref"],
                "activities": sections,
            }
        )
    annexes = []
    for number, table in enumerate(annex_tables(register, words), 1):
        table = _run_on(table, words.semicolon)
        annexes.append(
            {
                "title": words["annex_title"].format(number=number, title=table.title),
                "reference": table.reference,
                "empty": words["no_transfers"] if table.key == "transfers" else words["none"],
                "table": table_data(table),
            }
        )
    parts.append({"kind": "annexes", "annexes": annexes})
    history = revision_history(words, getattr(register, "revision_history", None) or ())
    if history is not None:
        parts.append({"kind": "history", "title": history.title, "table": table_data(history)})
    data: Json = tied(
        {
            "lang": register.language,
            "labels": {
                "contents": words["contents"],
                "page_of": words["page_of"],
                "not_recorded": words["not_recorded"],
                "colon": words.colon,
            },
            "running": {
                "org": register.organization.name,
                "title": words["title"],
                "meta": f"{words['revision']} {revision} · {words['generated']} "
                f"{register.generated_date}",
            },
            "cover": {
                "org": register.organization.name,
                "title": words["title"],
                "subtitle": _subtitle(words, register),
                "facts": facts,
                "generator": f"{words['generator']} {register.generator}",
            },
            "parts": parts,
        }
    )
    # the metadata as written: no joiners in a title or subject
    return {"lang": data.pop("lang"), "meta": _meta(words, register), **data}


def render(data: Json, *, tagged: bool = TAGGED) -> bytes:
    """The PDF of a document built by `document()`, or PdfError."""
    import typst

    missing = unprintable(data)
    if missing:
        char, text = missing[0]
        excerpt = text if len(text) <= 60 else text[:57] + "…"
        more = f" (and {len(missing) - 1} other characters)" if len(missing) > 1 else ""
        raise PdfError(
            f"the register PDF cannot show {char!r} (U+{ord(char):04X}) in {excerpt!r}{more}: "
            "its fonts cover the Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and "
            "Arabic scripts; export xlsx or json for this registry"
        )
    try:
        pdf = typst.compile(
            str(TEMPLATE),
            None,
            root=str(TEMPLATE_DIR),
            font_paths=[str(FONTS)],
            ignore_system_fonts=True,
            sys_inputs={"register": json.dumps(data, ensure_ascii=False)},
            pdf_standards=PDF_STANDARD,
            pdf_tags=tagged,
        )
    except typst.TypstError as error:  # a defect of ours, not of the registry
        raise PdfError(f"Typst could not typeset the register: {error}") from error
    assert isinstance(pdf, bytes)
    return pdf


def write(register: Register, target: Path, step: Step = no_progress) -> None:
    """Write the PDF to `target`, which the caller has opened atomically."""
    data = document(register, step)
    target.write_bytes(render(data))
    step()
