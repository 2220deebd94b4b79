"""Writing an imported registry: YAML files that read like hand-written ones, and the report.

Everything is written into a temporary folder beside the target, which is then renamed into
place, so an import that fails leaves no partial folder. With `--force`, the YAML files of
an existing folder are replaced and its other files (a README, a .git folder) are kept.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ropa.importer.draft import Draft, Note

SCHEMA_FILE = "ropa.schema.json"
REPORT_FILE = "IMPORT-REPORT.md"
GENERATED = (SCHEMA_FILE, REPORT_FILE)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # long texts stay on one line, as people write them
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    return yaml


_WORD = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*$")


def _flow_short_lists(data: Any) -> None:
    """Lists of ids and codes on one line (`data_subjects: [patients, staff]`), as people
    write them; lists of texts, or with a comment, stay one item a line."""
    if isinstance(data, CommentedSeq):
        items = list(data)
        if (
            items
            and all(isinstance(item, str) and _WORD.match(item) for item in items)
            and sum(len(item) + 2 for item in items) < 72
            and not data.ca.items
        ):
            data.fa.set_flow_style()
        for item in items:
            _flow_short_lists(item)
    elif isinstance(data, dict):
        for key, value in list(data.items()):
            if isinstance(value, list) and not isinstance(value, CommentedSeq):
                data[key] = value = CommentedSeq(value)
            _flow_short_lists(value)


def dump(data: Any) -> str:
    stream = io.StringIO()
    _flow_short_lists(data)
    _yaml().dump(data, stream)
    return stream.getvalue()


def _document(modeline_path: str, header: str, key: str, value: Any) -> str:
    body = CommentedMap()
    body[key] = value
    return f"# yaml-language-server: $schema={modeline_path}\n# {header}\n" + dump(body)


def _multi(modeline_path: str, header: str, parts: list[tuple[str, Any]]) -> str:
    body = CommentedMap()
    for key, value in parts:
        if value:
            body[key] = value
    if not body:
        return ""
    return f"# yaml-language-server: $schema={modeline_path}\n# {header}\n" + dump(body)


def files(draft: Draft) -> dict[str, str]:
    """Relative path → text of every file of the imported registry."""
    origin = f"imported by `ropa import` from {draft.source}; see {REPORT_FILE} for what to check"
    result = {
        "organization.yaml": _document(
            SCHEMA_FILE,
            f"The organisation keeping this record, {origin}.",
            "organization",
            draft.organization,
        ),
    }
    vocabulary = _multi(
        SCHEMA_FILE,
        f"Categories of people, of data, and security measures, {origin}.",
        [
            ("data_subjects", _seq(draft.entries["data_subjects"])),
            ("data_categories", _seq(draft.entries["data_categories"])),
            ("security_measures", _seq(draft.entries["security_measures"])),
        ],
    )
    if vocabulary:
        result["vocabulary.yaml"] = vocabulary
    recipients = _multi(
        SCHEMA_FILE,
        f"Who receives the data, {origin}.",
        [
            ("recipients", _seq(draft.entries["recipients"])),
            ("clients", _seq(draft.entries["clients"])),
        ],
    )
    if recipients:
        result["recipients.yaml"] = recipients
    if draft.notices:
        result["notices.yaml"] = _document(
            SCHEMA_FILE,
            f"The privacy notices to generate, {origin}.",
            "notices",
            _seq(draft.notices),
        )
    ids = [str(activity["id"]) for activity in draft.activities]
    # the register lists activities in file-path order: keep the sheet's order, with a
    # position in the name only when the ids alone would sort differently
    numbered = ids != sorted(ids)
    width = len(str(len(ids)))
    for position, activity in enumerate(draft.activities, 1):
        name = f"{position:0{width}d}-{activity['id']}" if numbered else str(activity["id"])
        result[f"activities/{name}.yaml"] = _document(
            f"../{SCHEMA_FILE}",
            f"One processing activity, {origin}.",
            "activities",
            _seq([activity]),
        )
    result[REPORT_FILE] = report(draft)
    return result


def _seq(items: list[CommentedMap]) -> CommentedSeq:
    result = CommentedSeq()
    result.extend(items)
    return result


# ---------------------------------------------------------------------------- the report

_MARKDOWN = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text) if text else "(empty)"


def report(draft: Draft) -> str:
    counts = draft.counts()
    lines = [
        "# Import report",
        "",
        f"Imported {md(draft.source)} with the layout: {md(draft.layout)}.",
        "",
        "| what | count |",
        "| --- | ---: |",
        f"| activities | {counts['activities']} |",
        f"| recipients | {counts['recipients']} |",
        *([f"| notices | {counts['notices']} |"] if counts["notices"] else []),
        f"| guesses to check | {counts['guesses']} |",
        f"| cells not imported | {counts['unmapped']} |",
        "",
        "Every guess is also a `# import: ...` comment on the YAML line it produced. "
        "Check each one, then run `ropa validate` on the folder.",
    ]
    for title, kind in (
        ("Guesses to check", "guess"),
        ("Not imported", "unmapped"),
        ("Notes", "info"),
    ):
        notes = [n for n in draft.notes if n.kind == kind]
        if not notes:
            continue
        lines += [
            "",
            f"## {title}",
            "",
            "| cell | it held | what was done |",
            "| --- | --- | --- |",
        ]
        lines += [_row(note) for note in notes]
    return "\n".join(lines) + "\n"


def _row(note: Note) -> str:
    return f"| {md(note.place)} | {md(note.held)} | {md(note.done)} |"


# ---------------------------------------------------------------------------- the folder


def holds_yaml(folder: Path) -> bool:
    if not folder.is_dir():
        return False
    return any(path.suffix in (".yaml", ".yml") for path in folder.rglob("*") if path.is_file())


def write_folder(target: Path, contents: dict[str, str]) -> None:
    """Write `contents` into a temporary folder, then put it in `target`'s place."""
    target = target.absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.import-"))
    try:
        for relative, text in contents.items():
            path = temporary / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        schema = resources.files("ropa").joinpath("data", SCHEMA_FILE).read_bytes()
        (temporary / SCHEMA_FILE).write_bytes(schema)
        os.chmod(temporary, 0o777 & ~_umask())
        if not target.exists():
            os.replace(temporary, target)
            return
        if target.is_dir() and not any(target.iterdir()):
            target.rmdir()
            os.replace(temporary, target)
            return
        _swap(temporary, target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def _swap(temporary: Path, target: Path) -> None:
    """Replace the YAML (and our generated files) of an existing folder; keep the rest."""
    aside = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.previous-"))
    aside.rmdir()
    os.replace(target, aside)
    try:
        os.replace(temporary, target)
    except BaseException:
        os.replace(aside, target)
        raise
    for path in sorted(aside.rglob("*"), key=lambda p: len(p.parts)):
        if not path.exists() or path.is_dir():
            continue
        relative = path.relative_to(aside)
        if path.suffix in (".yaml", ".yml") or str(relative) in GENERATED:
            continue
        keep = target / relative
        if not keep.exists():
            keep.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, keep)
    shutil.rmtree(aside, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
