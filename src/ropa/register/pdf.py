"""The register as a PDF for a regulator, rendered by WeasyPrint from Jinja2 templates.

Registry text is escaped by Jinja2 (autoescape) and never becomes markup, and the
renderer's URL fetcher refuses every URL except the package's own template folder: a URL
or `file:` path written in the registry can never be read or requested. The PDF is written
as PDF/A-3b, with the document's metadata, bookmarks from headings, and the registry
revision and generation date on the cover and in every footer.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa.i18n.register_words import Words
from ropa.record import ActivityEntry, Register
from ropa.register.tables import (
    Step,
    Table,
    activity_cells,
    annex_tables,
    contact_text,
    no_progress,
    organisation_rows,
    unique,
)

if TYPE_CHECKING:
    from jinja2 import Environment

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "register"
PDF_VARIANT = "pdf/a-3b"
# Fields that Art. 30(2) does not ask of a processor; shown for controller activities only.
CONTROLLER_ONLY = frozenset(
    {"legal_basis", "legitimate_interest", "lia", "joint_controllers", "consent", "provision"}
)


def allowed(url: str) -> bool:
    """Only files inside the package's own template folder may be read."""
    if not url.startswith("file://"):
        return False
    from urllib.parse import unquote, urlsplit

    path = Path(unquote(urlsplit(url).path)).resolve()
    return path.is_relative_to(TEMPLATES)


def url_fetcher() -> Any:
    """A WeasyPrint fetcher that refuses anything the registry could name."""
    from weasyprint.urls import URLFetcher

    class PackageOnlyFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not allowed(url):
                raise ValueError(f"ropa does not fetch resources named in a registry: {url}")
            return super().fetch(url, headers)

    return PackageOnlyFetcher(allowed_protocols=("file",))


def environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["contact"] = contact_text
    return env


def _widths(table: Table) -> list[float]:
    total = sum(column.width for column in table.columns) or 1
    return [round(100 * column.width / total, 2) for column in table.columns]


def _summary_row(words: Words, activity: ActivityEntry) -> dict[str, str]:
    return {
        "id": activity.id,
        "name": activity.name,
        "role": words.label("activity_role", activity.role),
        "owner": activity.owner or "",
        "bases": "\n".join(words.labels_of("legal_basis", activity.legal_bases)),
        "special": "\n".join(
            unique(words.label("special", c.special) for c in activity.data_categories)
        ),
        "transfers": ", ".join(unique(t.country for t in activity.transfers)),
        # the status only: the reason is in the activity's own section
        "dpia": words.label("dpia", activity.dpia.status) if activity.dpia else "",
        "reviewed": activity.last_reviewed or "",
    }


# The words for the line naming an activity's empty fields (not in i18n_register yet).
NOT_RECORDED = {"en": "Not recorded", "fr": "Non renseigné"}
# A value this short, on one line, shares its row of the field table with the next one.
SHORT = 48
Cell = tuple[str, str, str]


def _paired(cells: list[Cell]) -> list[tuple[Cell, ...]]:
    """The field table's rows: two consecutive short fields side by side, else one."""
    rows: list[tuple[Cell, ...]] = []
    index = 0
    while index < len(cells):
        cell = cells[index]
        following = cells[index + 1] if index + 1 < len(cells) else None
        if following is not None and _short(cell) and _short(following):
            rows.append((cell, following))
            index += 2
        else:
            rows.append((cell,))
            index += 1
    return rows


def _short(cell: Cell) -> bool:
    return len(cell[2]) <= SHORT and "\n" not in cell[2]


def _sections(
    env: Environment, words: Words, activities: tuple[ActivityEntry, ...], step: Step
) -> list[Any]:
    from markupsafe import Markup

    template = env.get_template("activity.html.j2")
    not_recorded = words.headings.get(
        "not_recorded", NOT_RECORDED.get(words.lang, NOT_RECORDED["en"])
    )
    sections = []
    for activity in activities:
        cells = [
            cell
            for cell in activity_cells(words, activity)
            if cell[0] not in ("id", "activity")
            and not (activity.is_processor and cell[0] in CONTROLLER_ONLY)
        ]
        html = template.render(
            w=words.headings,
            activity=activity,
            rows=_paired([cell for cell in cells if cell[2]]),
            empty=[heading for _key, heading, text in cells if not text],
            not_recorded=not_recorded,
            clients=activity.on_behalf_of,
        )
        sections.append(Markup(html))
        step()
    return sections


def _run_on(table: Table) -> Table:
    """The "used by" lists run on, separated by semicolons (names hold commas), instead of
    a line per activity: in a large register an annex row named hundreds of activities,
    one page-long cell each."""
    columns = [index for index, column in enumerate(table.columns) if column.key == "used_by"]
    if not columns:
        return table
    rows = tuple(
        tuple(
            cell.replace("\n", "; ") if index in columns else cell for index, cell in enumerate(row)
        )
        for row in table.rows
    )
    return replace(table, rows=rows)


def render_html(register: Register, step: Step = no_progress) -> str:
    """The whole document as HTML; every registry text in it is escaped."""
    words = Words(register.language)
    env = environment()
    annexes = [_run_on(table) for table in annex_tables(register, words)]
    return env.get_template("register.html.j2").render(
        register=register,
        org=register.organization,
        w=words.headings,
        organisation=organisation_rows(register, words),
        summary=[_summary_row(words, a) for a in register.activities],
        controller_activities=register.controller_activities,
        processor_activities=register.processor_activities,
        controller_sections=_sections(env, words, register.controller_activities, step),
        processor_sections=_sections(env, words, register.processor_activities, step),
        annexes=annexes,
        widths={table.key: _widths(table) for table in annexes},
    )


def write(register: Register, target: Path, step: Step = no_progress) -> None:
    """Write the PDF to `target`, which the caller has opened atomically."""
    from weasyprint import CSS, HTML

    fetcher = url_fetcher()
    html = HTML(
        string=render_html(register, step),
        base_url=TEMPLATES.as_uri() + "/",
        url_fetcher=fetcher,
    )
    stylesheet = CSS(filename=str(TEMPLATES / "register.css"), url_fetcher=fetcher)
    html.write_pdf(
        str(target),
        stylesheets=[stylesheet],
        pdf_variant=PDF_VARIANT,
        custom_metadata=True,
    )
    step()
