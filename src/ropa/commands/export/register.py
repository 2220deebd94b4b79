"""`ropa export xlsx|pdf|json`: the register (Art. 30) for a supervisory authority.

The registry is validated first; with errors nothing is written and the errors are shown
(exit 1). So is a register in a language that some text lacks: every such text is named
(ROPA030) and nothing is written. Each format is drawn from the same register document
and written to a temporary file beside its target, then renamed into place. Default names, in `reports/`:
`ropa-register.<lang>.xlsx`, `ropa-register.<lang>.pdf`, `ropa-register.<lang>.json`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ropa.core import err, load_valid, refuse
from ropa.output import atomic_path, write_bytes
from ropa.register.tables import Step, no_progress

if TYPE_CHECKING:
    from ropa.history.revisions import RevisionChanges
    from ropa.outputs import AllOptions, RegisterOptions
    from ropa.record import MissingTranslation, Record
    from ropa.register.document import Register

FORMATS = ("xlsx", "pdf", "json")
DEFAULT_DIR = "reports"
NOTICE_FORMATS = ("md", "html")
# Below this many activities an export takes about a second: a bar would only flicker.
PROGRESS_THRESHOLD = 50

Writer = Callable[["Register", Path, Step], None]


# `ropa export xlsx --layout ico`: the controller register in the ICO template's columns
ICO_XLSX = "xlsx-ico"


def default_name(what: str, lang: str) -> str:
    if what == ICO_XLSX:
        return f"ropa-register.{lang}.ico.xlsx"
    return f"ropa-register.{lang}.{what}"


def _writer(what: str) -> Writer:
    """The exporter for a format, imported only when that format is asked for."""
    if what == ICO_XLSX:
        from ropa.register import xlsx_ico

        return xlsx_ico.write
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


def _registers(
    record: Record, registry_path: str, languages: list[str]
) -> list[Register] | MissingTranslation:
    """The register document in each language, or every text any of them lacks."""
    from ropa.record import MissingTranslation
    from ropa.register.document import build_register, generation_time, revision

    generated, at = generation_time(), revision(registry_path)
    registers: list[Register] = []
    missing: list[MissingTranslation] = []
    for lang in languages:
        built = build_register(record, lang, generated, at)
        if isinstance(built, MissingTranslation):
            missing.append(built)
        else:
            registers.append(built)
    if missing:
        return MissingTranslation(tuple(f for m in missing for f in m.findings))
    return registers


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


class _History:
    """The register's revision history, read from git once per export, worded per language:
    the PDF and the workbook show it; the JSON stays the record itself."""

    def __init__(self, registry_path: str) -> None:
        self.registry_path = registry_path
        self._read: list[RevisionChanges] | None = None

    def add_to(self, what: str, register: Register) -> Register:
        if what not in ("xlsx", "pdf"):
            return register
        from dataclasses import replace

        from ropa.history.revisions import read, worded

        if self._read is None:
            self._read = read(self.registry_path)
        if not self._read:
            return register
        return replace(register, revision_history=worded(self._read, register.language))


def _write(what: str, register: Register, target: Path, history: _History | None = None) -> Path:
    if history is not None:
        register = history.add_to(what, register)
    write = _writer(what)
    # the PDF has one more step after the activities: laying out the pages
    total = len(register.activities) + (1 if what == "pdf" else 0)
    phase = "laying out pages…" if what == "pdf" else None
    with (
        _progress(f"{what.split('-')[0].upper()} {target.name}", total, phase) as step,
        atomic_path(target) as temporary,
    ):
        write(register, temporary, step)
    return target


def _notices(record: Record) -> dict[str, bytes] | str:
    """Every notice rendered in memory (file name → bytes), or why one cannot be."""
    from ropa.notices.documents import NoticeError, every_job, notice_formats, render_all

    try:
        return render_all(record, every_job(record), notice_formats(NOTICE_FORMATS))
    except NoticeError as problem:
        return str(problem)


def _language(lang: str) -> str:
    from ropa.i18n.format import language

    return language(lang)


def _print(paths: list[Path]) -> None:
    sys.stdout.write("".join(f"{path}\n" for path in paths))


def run(registry_path: str, options: RegisterOptions) -> int:
    """One format, to `-o FILE` (or into `-o FOLDER`), else to reports/."""
    loaded = load_valid(registry_path, options.lang)
    if isinstance(loaded, int):
        return loaded
    record, lang = loaded
    what = options.format.value
    if options.layout == "ico":
        what = ICO_XLSX
    _settle()
    registers = _registers(record, registry_path, [lang])
    if not isinstance(registers, list):
        return refuse(registers, f"the register lacks texts in {_language(lang)}")
    register = registers[0]
    name = default_name(what, lang)
    if options.client is not None:
        from ropa.register.client import client_ids, for_client

        if options.client not in client_ids(register):
            known = ", ".join(client_ids(register)) or "none"
            err(f"--client {options.client}: unknown client (the registry's clients: {known})")
            return 2
        register = for_client(register, options.client)
        if not register.activities:
            err(f"--client {options.client}: no processing activity is done for this client")
            return 2
        name = f"ropa-register.{options.client}.{lang}.{what}"
    target = Path(options.output) if options.output else Path(DEFAULT_DIR)
    if options.output is None or target.is_dir():
        target = target / name
    from ropa.register.pdf import PdfError

    try:
        _print([_write(what, register, target, _History(registry_path))])
    except PdfError as problem:
        err(f"{problem}; nothing was written")
        return 1
    return 0


def _subprocessor_list(
    record: Record, registry_path: str, languages: list[str]
) -> dict[str, bytes] | int:
    """For an organisation that processes data on behalf of others, the sub-processor list
    its clients are owed (Art. 28(2) and (4)), in its default format (html), in memory; a
    controller-only organisation has no such list (empty). An int: it cannot be built, the
    reasons shown."""
    if not record.processor_activities:
        return {}
    from ropa.commands.export import subprocessors
    from ropa.outputs import ListFormat

    # the list's default format, as `ropa export subprocessors` without --format
    made = subprocessors.documents(record, registry_path, languages, ListFormat.HTML.value)
    if isinstance(made, subprocessors.Refused):
        sys.stderr.write("".join(f"{line}\n" for line in made.lines[:-1]))
        return made.code
    built, warnings = made
    for warning in warnings:
        err(warning)
    return built


def run_all(registry_path: str, options: AllOptions) -> int:
    """Every format in every registry language (or only `--lang`), every notice under
    notices/, and for a processor its sub-processor list (html), into `-o FOLDER` or
    reports/. Notices and the list are rendered first, so one that cannot be generated
    stops the export before any file is touched."""
    loaded = load_valid(registry_path, options.lang)
    if isinstance(loaded, int):
        return loaded
    record, lang = loaded
    _settle()
    notices = _notices(record)
    languages = [lang] if options.lang else list(record.languages)
    lists = _subprocessor_list(record, registry_path, languages)
    if isinstance(lists, int):
        err("the sub-processor list cannot be generated, so nothing was exported")
        return lists
    registers = _registers(record, registry_path, languages)
    if isinstance(notices, str):
        sys.stderr.write(f"{notices}\n")
    if not isinstance(registers, list):
        sys.stderr.write("".join(f"{line}\n" for line in registers.lines()))
    if isinstance(notices, str) or not isinstance(registers, list):
        failed = [
            what
            for what, broken in (
                ("a notice", isinstance(notices, str)),
                ("the register", not isinstance(registers, list)),
            )
            if broken
        ]
        err(f"{' and '.join(failed)} cannot be generated, so nothing was exported")
        return 1
    folder = Path(options.output or DEFAULT_DIR)
    from ropa.register.pdf import PdfError

    history = _History(registry_path)
    for register in registers:
        for what in FORMATS:
            try:
                _print(
                    [
                        _write(
                            what, register, folder / default_name(what, register.language), history
                        )
                    ]
                )
            except PdfError as problem:
                err(f"{problem}; the PDF was not written")
                return 1
    written = []
    for name, payload in notices.items():
        write_bytes(folder / "notices" / name, payload)
        written.append(folder / "notices" / name)
    for name, payload in lists.items():
        write_bytes(folder / name, payload)
        written.append(folder / name)
    _print(written)
    return 0
