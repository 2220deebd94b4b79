"""`ropa export notice`: the public privacy notices, or with `--check` whether they are fresh.

Every document is rendered in memory first; only when all succeed is anything written,
each file through a temporary file renamed into place. A text that lacks the notice's
language stops everything with its `file:line:col` (exit 1); an unknown notice, language
or format is a usage error (exit 2). Files are named `<notice>.<lang>.<format>`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ropa.core import err, load_valid
from ropa.notices.documents import NoticeError, notice_formats, render_all
from ropa.output import write_bytes

if TYPE_CHECKING:
    from ropa.notices import NoticeFormat
    from ropa.outputs import NoticeOptions
    from ropa.record import Record

DEFAULT_DIR = Path("reports") / "notices"
DEFAULT_FORMATS: tuple[NoticeFormat, ...] = ("md", "html")


def _jobs(record: Record, options: NoticeOptions) -> list[tuple[str, str]] | str:
    """The (notice, language) pairs asked for, or what is wrong with the request."""
    notices = list(record.notices)
    if options.notice is not None:
        chosen = record.notice(options.notice)
        if chosen is None:
            known = ", ".join(n.id for n in notices) or "none"
            return f"unknown notice '{options.notice}' (the registry's notices: {known})"
        notices = [chosen]
    jobs: list[tuple[str, str]] = []
    for notice in notices:
        if options.lang is None:
            jobs.extend((notice.id, lang) for lang in notice.entry.languages)
        elif options.lang in notice.entry.languages:
            jobs.append((notice.id, options.lang))
        elif options.notice is not None:
            return (
                f"--lang {options.lang}: notice '{notice.id}' is published in "
                f"{', '.join(notice.entry.languages)}"
            )
    if options.lang is not None and not jobs:
        return f"--lang {options.lang}: no notice is published in that language"
    return jobs


def _targets(documents: dict[str, bytes], output: str | None) -> dict[Path, bytes] | str:
    """Where each document goes: into a folder, or to `-o FILE` when there is only one."""
    if output is None:
        return {DEFAULT_DIR / name: payload for name, payload in documents.items()}
    target = Path(output)
    if target.is_dir() or not target.suffix or output.endswith(("/", "\\")):
        return {target / name: payload for name, payload in documents.items()}
    if len(documents) != 1:
        return (
            f"-o {output} names one file but {len(documents)} notice files would be "
            "written: give a folder"
        )
    return {target: next(iter(documents.values()))}


def _stale(targets: dict[Path, bytes]) -> list[str]:
    lines = []
    for path, payload in targets.items():
        if not path.is_file():
            lines.append(f"missing: {path}")
        elif path.read_bytes() != payload:
            lines.append(f"out of date: {path}")
    return lines


def run(registry_path: str, options: NoticeOptions) -> int:
    formats = notice_formats([f.value for f in options.formats])
    if "pdf" in formats:
        from ropa.notices.render_pdf import unavailable

        missing = unavailable()
        if missing is not None:
            err(missing)
            return 2
    loaded = load_valid(registry_path, None)
    if isinstance(loaded, int):
        return loaded
    record, _default = loaded
    jobs = _jobs(record, options)
    if isinstance(jobs, str):
        err(jobs)
        return 2
    from ropa.i18n.catalog import catalog_languages

    lacking = sorted({lang for _notice, lang in jobs} - set(catalog_languages()))
    if lacking:
        err(
            f"no notice catalog for '{lacking[0]}' (available: "
            f"{', '.join(catalog_languages())}); see ropa/locale/README.md to add one"
        )
        return 2
    try:
        documents = render_all(record, jobs, formats, fragment=options.fragment)
    except NoticeError as problem:
        sys.stderr.write(f"{problem}\n")
        err("nothing was written")
        return 1
    targets = _targets(documents, options.output)
    if isinstance(targets, str):
        err(targets)
        return 2
    if options.check:
        stale = _stale(targets)
        if stale:
            sys.stderr.write("".join(f"{line}\n" for line in stale))
            err(
                f"{len(stale)} notice file(s) differ from the registry; "
                "run `ropa export notice` and commit the result"
            )
            return 1
        return 0
    for path, payload in targets.items():
        write_bytes(path, payload)
        sys.stdout.write(f"{path}\n")
    return 0
