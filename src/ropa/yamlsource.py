"""One YAML file → plain Python data plus the position of every key and value.

The file is read as a stream of parser events (libyaml through ruamel's C parser when
available) and the data is built here, iteratively, so that this module alone decides:
which tags are allowed (no code ever runs from YAML), how deep nesting may go, how far
aliases may expand, what a duplicate key is, and that dates stay strings. Positions are
kept in a side table keyed by the path to the value, so the data itself stays plain
dicts, lists and scalars that jsonschema and the model read directly.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ropa.findings import Finding, Location, Severity

PathKey = tuple[str | int, ...]

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 64
# Aliases may add this many values beyond those written out in the file...
MAX_ALIAS_EXPANSION = 100_000
# ...and this many characters of text: a long text aliased many times would otherwise
# reach every export as gigabytes.
MAX_ALIAS_TEXT = 10_000_000

# How long the YAML 1.2 parser may take to confirm a file libyaml refused (it is pure
# Python, some fifty times slower; an 8 MiB file of flow mappings would otherwise take
# minutes).
YAML_1_2_SECONDS = 5.0

_IGNORE = re.compile(r"#\s*ropa:\s*ignore\[([A-Za-z0-9_, ]+)\]")

# YAML 1.2 core schema resolution for plain scalars.
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL_TRUE = re.compile(r"^(?:true|True|TRUE)$")
_BOOL_FALSE = re.compile(r"^(?:false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(
    r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"
    r"|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$"
)

_STR_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"}
_ALLOWED_TAGS = _STR_TAGS | {
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:omap",
    "!",
}


@dataclass
class SourceFile:
    """A parsed registry file: its data and where each piece of it was written."""

    path: str
    data: Any = None
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    ignores: dict[int, frozenset[str]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    # Filled by the cache: the schema findings computed when this content was first seen.
    schema_findings: list[Finding] | None = None

    def loc(self, path: PathKey = ()) -> Location:
        """Where the value at `path` was written, or its closest known parent."""
        probe = tuple(path)
        while probe:
            pos = self.values.get(probe)
            if pos is not None:
                return Location(self.path, pos[0], pos[1])
            probe = probe[:-1]
        pos = self.values.get(())
        return Location(self.path, pos[0], pos[1]) if pos else Location(self.path, 1, 1)

    def key_loc(self, path: PathKey) -> Location:
        """Where the key naming the value at `path` was written (the value's place if none)."""
        pos = self.keys.get(tuple(path))
        if pos is not None:
            return Location(self.path, pos[0], pos[1])
        return self.loc(path)

    def ignored(self, rule: str, line: int) -> bool:
        return rule in self.ignores.get(line, frozenset())


class _Abort(Exception):
    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


_NO_WORD = object()
_WORDS: dict[str, Any] = {
    "": None,
    "~": None,
    "null": None,
    "Null": None,
    "NULL": None,
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
# Only plain scalars starting with one of these can be a number or a special float.
_NUMBER_START = frozenset("0123456789+-.")


def _resolve_plain(value: str) -> Any:
    # Most plain scalars are words: settle them without trying every pattern.
    word = _WORDS.get(value, _NO_WORD)
    if word is not _NO_WORD:
        return word
    if not value or value[0] not in _NUMBER_START:
        return value
    if _NULL.match(value):
        return None
    if _BOOL_TRUE.match(value):
        return True
    if _BOOL_FALSE.match(value):
        return False
    if _INT.match(value):
        try:
            return int(value, 0) if value[:2] in ("0o", "0x") else int(value, 10)
        except ValueError:
            return value
    if _FLOAT.match(value):
        return float(value)
    return value


def _scalar_value(tag: str | None, value: str, plain: bool) -> Any:
    if tag in (None, "!", "?") and plain:
        return _resolve_plain(value)
    if tag in (None, "!", "?") or tag in _STR_TAGS:
        return value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return bool(_BOOL_TRUE.match(value))
    if tag == "tag:yaml.org,2002:int":
        resolved = _resolve_plain(value)
        return resolved if isinstance(resolved, int) else value
    if tag == "tag:yaml.org,2002:float":
        try:
            return float(value)
        except ValueError:
            return value
    return value


def _written_tag(tag: str) -> str:
    """A tag as the user wrote it: `!!python/object`, not `tag:yaml.org,2002:python/object`."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


def _ignore_comments(text: str) -> dict[int, frozenset[str]]:
    """`# ropa: ignore[ROPA112]` silences a finding on its own line, or on the next line
    when the comment stands alone."""
    result: dict[int, set[str]] = {}
    if "ropa:" not in text:
        return {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _IGNORE.search(line)
        if not match:
            continue
        rules = {r.strip().upper() for r in match.group(1).split(",") if r.strip()}
        result.setdefault(number, set()).update(rules)
        if line.lstrip().startswith("#"):
            result.setdefault(number + 1, set()).update(rules)
    return {line: frozenset(rules) for line, rules in result.items()}


_UTF8_BOM = b"\xef\xbb\xbf"
_UNUSUAL_BREAKS = {
    "\x85": "U+0085 (NEXT LINE)",
    "\u2028": "U+2028 (LINE SEPARATOR)",
    "\u2029": "U+2029 (PARAGRAPH SEPARATOR)",
}
_TAB_MESSAGE = "tab character where YAML expects indentation or a value: indent with spaces"


# The problems ruamel's pure-Python parser words differently from libyaml, in libyaml's
# words, so that both parsers' errors get the same explanation.
_GOT = re.compile(r"^expected (.+), but got .+$")
_LIBYAML_WORDING = {
    "mapping values are not allowed here": "mapping values are not allowed in this context",
}


def _parser_problem(exc: Any, text: str) -> tuple[str, Any]:
    """A plain-language message for a YAML syntax error and the mark to report it at.

    The parser reports where it gave up, which for an unclosed quote or bracket can be
    the end of the file; the user needs the place where the construct was opened.
    """
    problem = _LIBYAML_WORDING.get((exc.problem or "").strip(), (exc.problem or "").strip())
    problem = problem or "invalid YAML"
    context = (exc.context or "").strip()
    if problem.startswith("expected <block end>, but found"):
        # ruamel's YAML 1.2 parser says what it found where libyaml says what it missed.
        problem = (
            "did not find expected '-' indicator"
            if context == "while parsing a block collection"
            else "did not find expected key"
        )
    elif (found := _GOT.match(problem)) is not None:
        problem = f"did not find expected {found.group(1)}"
    mark = exc.problem_mark or exc.context_mark
    start = exc.context_mark
    stopped = f" (YAML stopped at line {mark.line + 1})" if mark is not None else ""
    spans_lines = start is not None and mark is not None and start.line != mark.line
    at_tab = mark is not None and _char_at(text, mark.line, mark.column) == "\t"
    if at_tab or "\t" in problem or "'\\t'" in problem:
        return _TAB_MESSAGE, mark
    if context == "while scanning a quoted scalar" and spans_lines:
        quote = _char_at(text, start.line, start.column) or "quote"
        return f"this quoted string is never closed: add the closing {quote}{stopped}", start
    if context in ("while parsing a flow sequence", "while parsing a flow mapping") and spans_lines:
        opening, closing = ("[", "]") if "sequence" in context else ("{", "}")
        return f"'{opening}' is never closed: add the matching '{closing}'{stopped}", start
    if context == "while scanning a simple key" and start is not None:
        return f"missing ':' after the key on this line{stopped}", start
    if (
        mark is not None
        and problem.startswith("did not find expected")
        and (char := _char_at(text, mark.line, mark.column)) in ("]", "}")
    ):
        opening = "[" if char == "]" else "{"
        return f"'{char}' without a matching '{opening}': remove it", mark
    if problem == "did not find expected '-' indicator" and spans_lines:
        return (
            f"expected a list item ('- ') here, in the list started at line {start.line + 1}: "
            "indent this line under the item above, or start it with '- '",
            mark,
        )
    if problem == "mapping values are not allowed in this context":
        return (
            "YAML syntax error: unexpected ':' here: check that this line is indented like "
            "its siblings, and quote a value that contains ': '",
            mark,
        )
    message = f"YAML syntax error: {problem}"
    if context:
        message += f" ({context})"
    if spans_lines:
        message += f", started at line {start.line + 1}"
    return message, mark


def _syntax_problem(exc: Any, text: str) -> tuple[str, Any]:
    message, mark = _parser_problem(exc, text)
    unusual = next((char for char in _UNUSUAL_BREAKS if char in text), None)
    if unusual is not None:
        message += (
            f"; the file holds {_UNUSUAL_BREAKS[unusual]}, which YAML reads as a line break "
            "(so line numbers may differ from your editor's): remove it"
        )
    return message, mark


def _encoding_problem(path: str, raw: bytes) -> Finding | None:
    """ROPA002 for bytes that are not UTF-8 text, placed at the first offending byte."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Finding(
            "ROPA002",
            Severity.ERROR,
            "file is UTF-16, not UTF-8: save it as UTF-8",
            Location(path, 1, 1),
        )
    bom = len(_UTF8_BOM) if raw.startswith(_UTF8_BOM) else 0
    try:
        text = raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = bom + exc.start
        message = f"file is not valid UTF-8 (byte 0x{raw[offset]:02x}): save it as UTF-8"
        return Finding("ROPA002", Severity.ERROR, message, _byte_location(path, raw, offset))
    if "\x00" in text:
        return Finding(
            "ROPA002",
            Severity.ERROR,
            "file holds a NUL byte: it is not a text file, or it is saved as UTF-16 or UTF-32",
            _byte_location(path, raw, raw.index(b"\x00")),
        )
    return None


def _byte_location(path: str, raw: bytes, offset: int) -> Location:
    """Line and column (in characters, like every other position) of a byte offset."""
    line_start = raw.rfind(b"\n", 0, offset) + 1
    before = raw[line_start:offset]
    if line_start == 0 and before.startswith(_UTF8_BOM):
        before = before[3:]
    column = len(before.decode("utf-8", errors="replace")) + 1
    return Location(path, raw.count(b"\n", 0, offset) + 1, column)


def oversized(path: str, size: int) -> SourceFile:
    """The SourceFile of a file over MAX_FILE_BYTES: refused before it is read or parsed."""
    source = SourceFile(path)
    limit = MAX_FILE_BYTES // (1024 * 1024)
    source.findings.append(
        Finding(
            "ROPA005",
            Severity.ERROR,
            f"file is {size:,} bytes, over the {limit} MiB limit for one registry file: "
            "split it into several files",
            Location(path, 1, 1),
        )
    )
    return source


def parse(path: str, raw: bytes) -> SourceFile:
    """Parse one file's bytes. Problems become findings on the returned SourceFile."""
    if len(raw) > MAX_FILE_BYTES:
        return oversized(path, len(raw))
    source = SourceFile(path)
    problem = _encoding_problem(path, raw)
    if problem is not None:
        source.findings.append(problem)
        return source
    text = raw.decode("utf-8-sig")
    source.ignores = _ignore_comments(text)
    try:
        source.data = _Builder(source).build(text)
    except _Abort as abort:
        source.data = None
        source.findings.append(abort.finding)
        return source
    if source.data is None and not source.findings:
        source.findings.append(_empty_file(path, text))
    return source


def _empty_file(path: str, text: str) -> Finding:
    if not text.strip():
        message = "file is empty: add registry entries or delete it"
    elif all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        message = "file holds only comments: add registry entries or delete it"
    else:
        message = "file holds no data (its top level is null): add registry entries or delete it"
    return Finding("ROPA004", Severity.ERROR, message, Location(path, 1, 1))


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line + 1)
    if line < len(lines) and column < len(lines[line]):
        return lines[line][column]
    return ""


class _Builder:
    """Builds plain data from parser events, refusing anything unsafe or unbounded."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        # anchor name -> (value, number of values in it, characters of text in it)
        self.anchors: dict[str, tuple[Any, int, int]] = {}
        self.alias_budget = MAX_ALIAS_EXPANSION
        self.alias_text_budget = MAX_ALIAS_TEXT

    def _fail(self, rule: str, message: str, mark: Any) -> _Abort:
        line = getattr(mark, "line", 0) + 1
        column = getattr(mark, "column", 0) + 1
        location = Location(self.source.path, line, column)
        return _Abort(Finding(rule, Severity.ERROR, message, location))

    def _allowed_tag(self, event: Any) -> str | None:
        """The tag of a scalar or collection event, refused unless it is plain data."""
        tag: str | None = event.tag
        if tag is not None and tag not in _ALLOWED_TAGS:
            raise self._fail(
                "ROPA006",
                f"tag '{_written_tag(tag)}' is not allowed: registry files hold plain data only",
                event.start_mark,
            )
        return tag

    def build(self, text: str) -> Any:
        from ruamel.yaml import YAML
        from ruamel.yaml.error import MarkedYAMLError, YAMLError
        from ruamel.yaml.reader import ReaderError

        findings_before = len(self.source.findings)
        try:
            parser_class = YAML(typ="safe", pure=False).Parser
            if getattr(parser_class, "__name__", "") == "CParser":
                # libyaml through ruamel's C extension: pull events straight from it, without
                # the generator ruamel wraps around it (a quarter of the event cost).
                parser = parser_class(text)
                try:
                    return self._consume(parser.get_event)
                finally:
                    parser.dispose()
            events = iter(YAML(typ="safe", pure=False).parse(text))
            return self._consume(lambda: next(events, None))
        except MarkedYAMLError as exc:
            # libyaml reads YAML 1.1 syntax and refuses some YAML 1.2 that editors accept
            # (a plain URL inside a flow mapping): ask ruamel's YAML 1.2 parser before
            # calling it an error, and report where that parser stops when it refuses too.
            return self._confirm_with_yaml_1_2(text, exc, findings_before)
        except ReaderError as exc:
            raise self._unacceptable(exc, text) from None
        except YAMLError as exc:
            first_line = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
            raise self._fail("ROPA001", f"YAML syntax error: {first_line}", None) from None

    def _confirm_with_yaml_1_2(self, text: str, fast_error: Any, findings_before: int) -> Any:
        """The data as ruamel's pure-Python YAML 1.2 parser reads it, built by the same
        `_consume` (so tags, depth and aliases are refused exactly as on the fast path);
        raises the finding to report when that parser refuses the file too. The slower
        parser runs under a time limit; past it, libyaml's error is reported."""
        from ruamel.yaml import YAML
        from ruamel.yaml.error import MarkedYAMLError, YAMLError

        self._reset(findings_before)
        deadline = time.monotonic() + YAML_1_2_SECONDS
        events = iter(YAML(typ="safe", pure=True).parse(text))
        counted = 0

        def next_event() -> Any:
            nonlocal counted
            counted += 1
            if counted % 2048 == 0 and time.monotonic() > deadline:
                raise _OutOfTime
            return next(events, None)

        try:
            return self._consume(next_event)
        except MarkedYAMLError as exc:
            self._reset(findings_before)
            message, mark = _syntax_problem(exc, text)
            raise self._fail("ROPA001", message, mark) from None
        except (_OutOfTime, YAMLError, RecursionError):
            self._reset(findings_before)
            message, mark = _syntax_problem(fast_error, text)
            raise self._fail("ROPA001", message, mark) from None

    def _reset(self, findings_before: int) -> None:
        """Forget what a parse that stopped half-way recorded."""
        del self.source.findings[findings_before:]
        self.source.values.clear()
        self.source.keys.clear()
        self.anchors = {}
        self.alias_budget = MAX_ALIAS_EXPANSION
        self.alias_text_budget = MAX_ALIAS_TEXT

    def _unacceptable(self, exc: Any, text: str) -> _Abort:
        """A character YAML refuses anywhere outside an escape, at its own line and column."""
        position = exc.position if isinstance(exc.position, int) else 0
        code = exc.character if isinstance(exc.character, int) else 0
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        message = f"character U+{code:04X} is not allowed in YAML ({exc.reason}): remove it"
        location = Location(self.source.path, line, column)
        return _Abort(Finding("ROPA001", Severity.ERROR, message, location))

    def _consume(self, next_event: Callable[[], Any]) -> Any:
        """Build the data from events; `next_event` returns None after the last one."""
        from ruamel.yaml import events as ev

        scalar_event = ev.ScalarEvent
        start_events = (ev.MappingStartEvent, ev.SequenceStartEvent)
        end_events = (ev.MappingEndEvent, ev.SequenceEndEvent)

        # Each frame: [container, path, size, pending_key, pending_key_mark, anchor, seen_keys,
        #              start_mark, characters of text inside]
        stack: list[list[Any]] = []
        root: Any = None
        documents = 0
        values = self.source.values
        keys = self.source.keys

        def place(value: Any, size: int, chars: int, mark: Any) -> None:
            nonlocal root
            if not stack:
                root = value
                values[()] = (mark.line + 1, mark.column + 1)
                return
            frame = stack[-1]
            container = frame[0]
            frame[2] += size
            frame[8] += chars
            if isinstance(container, list):
                path = (*frame[1], len(container))
                container.append(value)
                values[path] = (mark.line + 1, mark.column + 1)
                return
            if frame[3] is _NO_KEY:
                if isinstance(value, (dict, list)):
                    raise self._fail(
                        "ROPA001",
                        "a mapping key must be a plain value, not a list or mapping",
                        mark,
                    )
                key = (
                    value
                    if isinstance(value, str)
                    else str(value).lower()
                    if isinstance(value, bool)
                    else ""
                    if value is None
                    else str(value)
                )
                if key in frame[6]:
                    first = frame[6][key]
                    self.source.findings.append(
                        Finding(
                            "ROPA003",
                            Severity.ERROR,
                            f"duplicate key '{key}' (first defined at line {first}): "
                            "remove or rename one of them",
                            Location(self.source.path, mark.line + 1, mark.column + 1),
                        )
                    )
                frame[6].setdefault(key, mark.line + 1)
                frame[3] = key
                keys[(*frame[1], key)] = (mark.line + 1, mark.column + 1)
                frame[2] -= size  # keys are not counted as values
                return
            key = frame[3]
            frame[3] = _NO_KEY
            if key == "<<" and isinstance(value, (dict, list)):
                # a merge key: copy the merged mapping(s) in without overriding explicit keys
                merged = [value] if isinstance(value, dict) else value
                for part in merged:
                    if isinstance(part, dict):
                        for k, v in part.items():
                            container.setdefault(k, v)
                return
            container[key] = value
            values[(*frame[1], key)] = (mark.line + 1, mark.column + 1)

        while (event := next_event()) is not None:
            kind = type(event)
            if kind is scalar_event:
                tag = self._allowed_tag(event)
                plain = bool(event.implicit and event.implicit[0]) and not event.style
                value = _scalar_value(tag, event.value, plain)
                if event.anchor:
                    self.anchors[event.anchor] = (value, 1, len(event.value))
                place(value, 1, len(event.value), event.start_mark)
            elif kind in start_events:
                self._allowed_tag(event)
                if len(stack) >= MAX_DEPTH:
                    raise self._fail(
                        "ROPA005",
                        f"nesting deeper than {MAX_DEPTH} levels: registry entries are never "
                        "this deep",
                        event.start_mark,
                    )
                container: dict[str, Any] | list[Any] = {} if kind is ev.MappingStartEvent else []
                if stack:
                    parent = stack[-1]
                    if isinstance(parent[0], list):
                        path = (*parent[1], len(parent[0]))
                    elif parent[3] is _NO_KEY:
                        raise self._fail(
                            "ROPA001",
                            "a mapping key must be a plain value, not a list or mapping",
                            event.start_mark,
                        )
                    else:
                        path = (*parent[1], parent[3])
                else:
                    path = ()
                stack.append(
                    [container, path, 1, _NO_KEY, None, event.anchor, {}, event.start_mark, 0]
                )
            elif kind in end_events:
                frame = stack.pop()
                if frame[5]:
                    self.anchors[frame[5]] = (frame[0], frame[2], frame[8])
                place(frame[0], frame[2], frame[8], frame[7])
            elif isinstance(event, ev.AliasEvent):
                anchored = self.anchors.get(event.anchor)
                if anchored is None:
                    raise self._fail(
                        "ROPA001", f"unknown alias '*{event.anchor}'", event.start_mark
                    )
                value, size, chars = anchored
                self.alias_budget -= size
                if self.alias_budget < 0:
                    raise self._fail(
                        "ROPA005",
                        "aliases expand to too many values (more than "
                        f"{MAX_ALIAS_EXPANSION:,}): write the data out or use fewer aliases",
                        event.start_mark,
                    )
                self.alias_text_budget -= chars
                if self.alias_text_budget < 0:
                    raise self._fail(
                        "ROPA005",
                        "aliases expand to too much text (more than "
                        f"{MAX_ALIAS_TEXT:,} characters): write the data out or use fewer "
                        "aliases",
                        event.start_mark,
                    )
                place(value, size, chars, event.start_mark)
            elif isinstance(event, ev.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self._fail(
                        "ROPA001",
                        "a registry file holds one YAML document: split at '---' into "
                        "separate files",
                        event.start_mark,
                    )
        return root


class _OutOfTime(Exception):
    """The YAML 1.2 confirmation took longer than YAML_1_2_SECONDS."""


class _NoKey:
    __slots__ = ()


_NO_KEY: Any = _NoKey()


def read_source(path: str) -> SourceFile:
    """Read and parse one file, never reading more than the size limit allows: a huge
    file costs neither the time nor the memory to read it."""
    try:
        with open(path, "rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
            if len(raw) > MAX_FILE_BYTES:
                return oversized(path, max(os.fstat(stream.fileno()).st_size, len(raw)))
    except OSError as exc:
        source = SourceFile(path)
        source.findings.append(
            Finding("ROPA002", Severity.ERROR, f"cannot read file: {exc.strerror}", Location(path))
        )
        return source
    return parse(path, raw)
