"""`ropa export xlsx|pdf|json`: the register (Art. 30) for a supervisory authority.

The registry is validated first; with errors nothing is written and the errors are shown
(exit 1). Each format is drawn from the same normalized register and written to a
temporary file beside its target, then renamed into place. Default names, in `reports/`:
`ropa-register.<lang>.xlsx`, `ropa-register.<lang>.pdf`, `ropa-register.<lang>.json`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ropa.core import err, load_valid
from ropa.output import atomic_path, write_bytes
from ropa.register.tables import Step, no_progress

if TYPE_CHECKING:
    from ropa.model import Registry
    from ropa.outputs import ExportOptions
    from ropa.record import Register

FORMATS = ("xlsx", "pdf", "json")
DEFAULT_DIR = "reports"
NOTICE_FORMATS = ("md", "html")
# Below this many activities an export takes about a second: a bar would only flicker.
PROGRESS_THRESHOLD = 50

Writer = Callable[["Register", Path, Step], None]


def default_name(what: str, lang: str) -> str:
    return f"ropa-register.{lang}.{what}"


def _writer(what: str) -> Writer:
    """The exporter for a format, imported only when that format is asked for."""
    if what == "xlsx":
        from ropa.register import xlsx

        return xlsx.write
    if what == "pdf":
        from ropa.register import pdf

        return pdf.write
    from ropa.register import json as json_export

    return json_export.write


def _settle() -> None:
    """Exclude everything alive now (chiefly the registry model, which lives until the
    export ends) from the cyclic garbage collector: the exporters allocate many objects
    (openpyxl cells, WeasyPrint boxes), and each full collection would walk the whole
    model again. Writing 1,000 activities to xlsx took 1.8 s with it, 1.5 s without."""
    import gc

    gc.freeze()


def _register(registry: Registry, registry_path: str, lang: str) -> Register:
    from ropa.record import build_register, generation_time, revision

    return build_register(registry, lang, generation_time(), revision(registry_path))


@contextmanager
def _progress(label: str, total: int, last_phase: str | None = None) -> Iterator[Step]:
    """A rich progress bar on stderr for long exports in a terminal; otherwise nothing.

    With `last_phase`, the final step is a long one the exporter cannot count (Typst
    laying out the pages): once the other steps are done, a second line with an
    indeterminate (pulsing) bar and the elapsed time shows that phase until it ends."""
    if total <= PROGRESS_THRESHOLD or not sys.stderr.isatty():
        yield no_progress
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    # an indeterminate task shows a pulsing bar and no percentage
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        counted = total - 1 if last_phase else total
        task = progress.add_task(label, total=counted)
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if done <= counted:
                progress.advance(task)
            if last_phase and done == counted:
                progress.add_task(last_phase, total=None)

        yield step


def _write(what: str, register: Register, target: Path) -> Path:
    write = _writer(what)
    # the PDF has one more step after the activities: laying out the pages
    total = len(register.activities) + (1 if what == "pdf" else 0)
    phase = "laying out pages…" if what == "pdf" else None
    with (
        _progress(f"{what.upper()} {target.name}", total, phase) as step,
        atomic_path(target) as temporary,
    ):
        write(register, temporary, step)
    return target


def _notices(registry: Registry) -> dict[str, bytes] | str:
    """Every notice rendered in memory (file name → bytes), or why one cannot be."""
    from ropa.notices.documents import NoticeError, every_job, notice_formats, render_all

    try:
        return render_all(registry, every_job(registry), notice_formats(NOTICE_FORMATS))
    except NoticeError as problem:
        return str(problem)


def _print(paths: list[Path]) -> None:
    sys.stdout.write("".join(f"{path}\n" for path in paths))


def run(what: str, registry_path: str, options: ExportOptions) -> int:
    """One format, to `-o FILE` (or into `-o FOLDER`), else to reports/."""
    loaded = load_valid(registry_path, options.lang)
    if isinstance(loaded, int):
        return loaded
    registry, lang = loaded
    _settle()
    register = _register(registry, registry_path, lang)
    target = Path(options.output) if options.output else Path(DEFAULT_DIR)
    if options.output is None or target.is_dir():
        target = target / default_name(what, lang)
    from ropa.register.pdf import PdfError

    try:
        _print([_write(what, register, target)])
    except PdfError as problem:
        err(f"{problem}; nothing was written")
        return 1
    return 0


def run_all(registry_path: str, options: ExportOptions) -> int:
    """Every format in every registry language (or only `--lang`), and every notice under
    notices/, into `-o FOLDER` or reports/. Notices are rendered first, so a notice that
    cannot be generated stops the export before any file is touched."""
    loaded = load_valid(registry_path, options.lang)
    if isinstance(loaded, int):
        return loaded
    registry, lang = loaded
    _settle()
    notices = _notices(registry)
    if isinstance(notices, str):
        sys.stderr.write(f"{notices}\n")
        err("a notice cannot be generated, so nothing was exported")
        return 1
    folder = Path(options.output or DEFAULT_DIR)
    languages = [lang] if options.lang else list(registry.languages)
    from ropa.register.pdf import PdfError

    for language in languages:
        register = _register(registry, registry_path, language)
        for what in FORMATS:
            try:
                _print([_write(what, register, folder / default_name(what, language))])
            except PdfError as problem:
                err(f"{problem}; the PDF was not written")
                return 1
    written = []
    for name, payload in notices.items():
        write_bytes(folder / "notices" / name, payload)
        written.append(folder / "notices" / name)
    _print(written)
    return 0
