"""`ropa export subprocessors`: the public list of sub-processors (html, md, json) and its
Atom feed, in every registry language or `--lang`, for all clients or `--client ID`.

Files are `subprocessors.<lang>.<ext>` (`subprocessors-<client>.<lang>.<ext>` with
`--client`) in reports/ or `-o FOLDER`; `-o FILE` when one file is written. Everything is
built in memory first, then written through temporary files renamed into place.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ropa.core import err, load_valid
from ropa.output import write_bytes

if TYPE_CHECKING:
    from ropa.history.listing import ListFormat
    from ropa.outputs import SubprocessorOptions
    from ropa.record import Record

DEFAULT_DIR = Path("reports")


def file_name(lang: str, extension: str, client: str | None) -> str:
    stem = f"subprocessors-{client}" if client else "subprocessors"
    return f"{stem}.{lang}.{extension}"


@dataclass(frozen=True)
class Refused:
    """Why the list cannot be built: the lines to show (the last one ours) and the exit code."""

    lines: tuple[str, ...]
    code: int


def documents(
    record: Record,
    registry_path: str,
    languages: list[str],
    list_format: ListFormat,
    client: str | None = None,
) -> tuple[dict[str, bytes], list[str]] | Refused:
    """The list in each language, in memory (file name -> bytes), and the warnings to show;
    or why it cannot be built. Nothing is written here."""
    from ropa.findings import Finding
    from ropa.history import listing
    from ropa.history.subprocessors import rows, timeline
    from ropa.i18n.catalog import catalog_languages
    from ropa.record import MissingTranslation, Strict
    from ropa.register.document import generation_time

    if client is not None and record.entry("clients", client) is None:
        known = ", ".join(c.id for c in record.clients) or "none"
        return Refused(
            (f"ropa: --client {client}: no such client (the registry's clients: {known})",),
            2,
        )
    lacking = [lang for lang in languages if lang not in catalog_languages()]
    if lacking:
        return Refused(
            (f"ropa: no catalog for '{lacking[0]}': see src/ropa/locale/README.md to add one",),
            2,
        )
    organization = record.organization
    assert organization is not None
    built: dict[str, bytes] = {}
    warnings: list[str] = []
    for language in languages:
        history = timeline(registry_path, language, client)
        if list_format == "atom" and history is None:
            return Refused(
                (
                    "ropa: the Atom feed is built from the registry's git history, and "
                    f"'{registry_path}' is not in a git repository with commits",
                ),
                2,
            )
        listed = rows(record, language, client, history.since if history else None)
        # the client's name through the same strict resolver (a proper name written as a
        # plain string reads the same in every language)
        named = Strict(language, "the sub-processor list")
        client_name = None if client is None else named.text(record.entry("clients", client).name)
        missing = [m for m in (named.missing, listed) if isinstance(m, MissingTranslation)]
        if missing:
            found = sorted({f for m in missing for f in m.findings}, key=Finding.sort_key)
            return Refused(
                (
                    *MissingTranslation(tuple(found)).lines(),
                    f"ropa: the sub-processor list lacks texts in '{language}', "
                    "so nothing was written",
                ),
                1,
            )
        assert not isinstance(listed, MissingTranslation)
        page = listing.Page(
            lang=language,
            organization=organization.name,
            website=organization.website,
            client=client,
            client_name=client_name,
            as_of=generation_time().date().isoformat(),
            rows=tuple(listed),
            timeline=history,
            jurisdiction=record.jurisdiction,
        )
        payload = listing.render(page, list_format)
        built[file_name(language, listing.EXTENSIONS[list_format], client)] = payload
        if history is not None and history.partial:
            warning = (
                "history is partial (shallow clone): 'since' dates and the feed may be incomplete"
            )
            if warning not in warnings:
                warnings.append(warning)
    return built, warnings


def run(registry_path: str, options: SubprocessorOptions) -> int:
    loaded = load_valid(registry_path, options.lang)
    if isinstance(loaded, int):
        return loaded
    record, lang = loaded
    languages = [lang] if options.lang else list(record.languages)
    made = documents(record, registry_path, languages, options.format.value, options.client)
    if isinstance(made, Refused):
        sys.stderr.write("".join(f"{line}\n" for line in made.lines))
        return made.code
    built, warnings = made
    for warning in warnings:
        err(warning)
    targets = _targets(built, options.output)
    if isinstance(targets, str):
        err(targets)
        return 2
    for path, payload in targets.items():
        write_bytes(path, payload)
        sys.stdout.write(f"{path}\n")
    return 0


def _targets(documents: dict[str, bytes], output: str | None) -> dict[Path, bytes] | str:
    if output is None:
        return {DEFAULT_DIR / name: payload for name, payload in documents.items()}
    target = Path(output)
    if target.is_dir() or not target.suffix or output.endswith(("/", "\\")):
        return {target / name: payload for name, payload in documents.items()}
    if len(documents) != 1:
        return f"-o {output} names one file but {len(documents)} files would be written: give a folder or --lang"
    return {target: next(iter(documents.values()))}
