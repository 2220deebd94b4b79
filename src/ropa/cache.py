"""A per-file cache of parsed and schema-checked content, keyed by content hash.

An unchanged file then costs one hash and one read of a small `marshal` record instead of
a YAML parse and a schema check. Entries hold only plain data (marshal cannot carry code),
are written to a temporary file and renamed into place (safe when several runs share the
cache), and any entry that fails to read is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from ropa import __version__
from ropa.findings import Finding, Location, Severity
from ropa.yamlsource import SourceFile, parse, read_source

_FORMAT = 1


@cache
def cache_dir() -> Path:
    override = os.environ.get("ROPA_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("ropa", appauthor=False))


@cache
def _salt() -> bytes:
    from ropa.schema import schema_text

    schema_hash = hashlib.sha256(schema_text().encode()).hexdigest()
    return f"{_FORMAT}:{__version__}:{schema_hash}:{_code_stamp()}".encode()


def _code_stamp() -> str:
    """Size and modification time of every module of ropa: a cached verdict is only as
    good as the rules that gave it, and an upgrade (or an edit, in a checkout) that keeps
    the version number must not be answered from the old rules' cache."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        digest.update(f"{module.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _pack(findings: list[Finding]) -> list[tuple[str, str, str, str, int, int]]:
    return [
        (f.rule, f.severity.value, f.message, f.location.file, f.location.line, f.location.column)
        for f in findings
    ]


def _unpack(rows: Any) -> list[Finding]:
    return [
        Finding(rule, Severity(severity), message, Location(file, line, column))
        for rule, severity, message, file, line, column in rows
    ]


def _entry_path(path: str, raw: bytes) -> Path:
    digest = hashlib.sha256(_salt() + b"\0" + path.encode() + b"\0" + raw).hexdigest()
    return cache_dir() / digest[:2] / f"{digest}.marshal"


def _read(entry: Path, path: str) -> SourceFile | None:
    try:
        record = marshal.loads(entry.read_bytes())
        data, values, keys, ignores, findings, schema_findings = record
        source = SourceFile(path, data, values, keys, ignores, _unpack(findings))
        source.schema_findings = _unpack(schema_findings)
        return source
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _write(entry: Path, source: SourceFile) -> None:
    record = (
        source.data,
        source.values,
        source.keys,
        source.ignores,
        _pack(source.findings),
        _pack(source.schema_findings or []),
    )
    _store(entry, record)


def _store(entry: Path, record: Any) -> None:
    try:
        payload = marshal.dumps(record)
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        # A cache that cannot be written only costs speed.
        return


def read_cached(path: str) -> SourceFile:
    """Parse `path` and check it against the schema, reusing earlier work when unchanged."""
    try:
        raw = Path(path).read_bytes()
    except OSError:
        return read_source(path)
    entry = _entry_path(path, raw)
    cached = _read(entry, path)
    if cached is not None:
        return cached
    from ropa.schema import check_source

    source = parse(path, raw)
    source.schema_findings = check_source(source)
    _write(entry, source)
    return source


# ---------------------------------------------------------------- whole-registry results


def result_entry(settings: str, files: list[str], discovery: list[Finding]) -> Path | None:
    """Where the findings of a whole run are kept: keyed by every file's path and content,
    what discovery found, and the settings (path given, configuration, today's date), so
    any change anywhere is a miss. None when a file cannot be read (no caching then)."""
    from ropa.yamlsource import MAX_FILE_BYTES

    digest = hashlib.sha256(_salt() + b"\0result\0" + settings.encode())
    digest.update(marshal.dumps(_pack(discovery)))
    for path in files:
        try:
            with open(path, "rb") as stream:
                raw = stream.read(MAX_FILE_BYTES + 1)
        except OSError:
            return None
        digest.update(path.encode() + b"\0" + hashlib.sha256(raw).digest())
    name = digest.hexdigest()
    return cache_dir() / "results" / f"{name}.marshal"


def read_result(entry: Path) -> tuple[list[Finding], bool] | None:
    try:
        findings, rules_skipped = marshal.loads(entry.read_bytes())
        return _unpack(findings), bool(rules_skipped)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_result(entry: Path, findings: list[Finding], rules_skipped: bool) -> None:
    _store(entry, (_pack(findings), rules_skipped))
