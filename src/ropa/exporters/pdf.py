"""The register as a PDF for a regulator, rendered by WeasyPrint from Jinja2 templates.

Registry text is escaped by Jinja2 (autoescape) and never becomes markup, and the
renderer's URL fetcher refuses every URL except the package's own template folder: a URL
or `file:` path written in the registry can never be read or requested. The PDF is written
as PDF/A-3b, with the document's metadata, bookmarks from headings, and the registry
revision and generation date on the cover and in every footer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa.exporters import (
    Step,
    Table,
    activity_cells,
    annex_tables,
    contact_text,
    dpia_status_text,
    no_progress,
    organisation_rows,
    unique,
)
from ropa.i18n_register import Words
from ropa.register import ActivityEntry, Register

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
        "dpia": dpia_status_text(words, activity),
        "reviewed": activity.last_reviewed or "",
    }


def _sections(
    env: Environment, words: Words, activities: tuple[ActivityEntry, ...], step: Step
) -> list[Any]:
    from markupsafe import Markup

    template = env.get_template("activity.html.j2")
    sections = []
    for activity in activities:
        cells = activity_cells(words, activity)
        if activity.is_processor:
            cells = [cell for cell in cells if cell[0] not in CONTROLLER_ONLY]
        html = template.render(
            w=words.headings, activity=activity, cells=cells, clients=activity.on_behalf_of
        )
        sections.append(Markup(html))
        step()
    return sections


def render_html(register: Register, step: Step = no_progress) -> str:
    """The whole document as HTML; every registry text in it is escaped."""
    words = Words(register.language)
    env = environment()
    annexes = annex_tables(register, words)
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
