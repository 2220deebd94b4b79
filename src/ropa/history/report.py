"""Diffs and histories as text, Markdown and JSON: pure functions, nothing printed.

Text and Markdown put what must be done first (notices to update, clients to inform,
DPIA screenings to revisit), then every change by entry. The JSON is the stable interface
documented in docs/diff.md and docs/diff.schema.json.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from ropa.history.changes import Change, Diff, Impacts

if TYPE_CHECKING:
    from ropa.history.log import History

ReportFormat = Literal["text", "json", "md"]
FORMATS: tuple[ReportFormat, ...] = ("text", "json", "md")
KIND_WORDS = {
    "activity": "activity",
    "recipient": "recipient",
    "data_category": "data category",
    "data_subject": "data subject",
    "security_measure": "security measure",
    "client": "client",
    "notice": "notice",
    "organization": "organization",
}
_WIDTH = 100


def change_data(change: Change, impacts: Impacts) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "id": change.id,
        "change": change.change,
        "field": change.field,
        "before": change.before,
        "after": change.after,
        "impacts": impacts.of(change),
    }


def diff_data(result: Diff) -> dict[str, Any]:
    return {
        "from": result.before_label,
        "to": result.after_label,
        "changes": [change_data(c, result.impacts) for c in result.changes],
    }


def as_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------- words


def value_text(value: Any) -> str:
    """A field value on one line: a text in one language as itself, else `en: …; fr: …`."""
    if value is None:
        text = "(none)"
    elif isinstance(value, str):
        text = value
    elif isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        text = (
            next(iter(value.values()))
            if len(value) == 1
            else "; ".join(f"{lang}: {words}" for lang, words in value.items())
        )
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = ", ".join(value) if value else "(none)"
    else:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = " ".join(text.split())
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def entry_words(change: Change) -> str:
    return (
        f"{KIND_WORDS[change.kind]} {change.id}"
        if change.kind != "organization"
        else "organization"
    )


def change_summary(change: Change) -> str:
    """`activity newsletter: retention.period` or `recipient mailjet: added`."""
    if change.change == "changed":
        return f"{entry_words(change)}: {change.field}"
    return f"{entry_words(change)}: {change.change}"


def _grouped(changes: Iterable[Change]) -> dict[tuple[str, str], list[Change]]:
    groups: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        groups.setdefault(change.entry, []).append(change)
    return groups


def _causes(changes: list[Change]) -> list[str]:
    """One line per entry: `activity newsletter: retention.period, purposes`."""
    lines = []
    for entry, group in _grouped(changes).items():
        fields = [c.field for c in group if c.field]
        what = ", ".join(fields) if fields else group[0].change
        lines.append(f"{entry_words(group[0])}: {what}" if entry else what)
    return lines


def _sections(result: Diff) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    impacts = result.impacts
    sections = []
    if impacts.notices:
        sections.append(
            ("Notices to update", [(n, _causes(c)) for n, c in sorted(impacts.notices.items())])
        )
    if impacts.clients:
        sections.append(
            ("Clients to inform", [(n, _causes(c)) for n, c in sorted(impacts.clients.items())])
        )
    if impacts.dpia:
        sections.append(
            (
                "DPIA screening to revisit",
                [
                    (a, [f"now: {', '.join(appeared)}", *_causes(c)])
                    for a, (appeared, c) in sorted(impacts.dpia.items())
                ],
            )
        )
    return sections


def _was_now(change: Change, escape: Callable[[str], str] = str) -> str:
    """A changed field's `before → after`, each value on one line."""
    return f"{escape(value_text(change.before))} → {escape(value_text(change.after))}"


def _text_tail(impacts: Impacts, change: Change) -> str:
    """The notices and clients a change concerns, at the end of its text line."""
    concerned = ", ".join(impacts.of(change))
    return f"  [{concerned}]" if concerned else ""


def _md_tail(impacts: Impacts, change: Change) -> str:
    """The notices and clients a change concerns, at the end of its Markdown item."""
    concerned = ", ".join(_code(i) for i in impacts.of(change))
    return f" ({concerned})" if concerned else ""


def _heading(result: Diff) -> str:
    count = len(result.changes)
    noun = "change" if count == 1 else "changes"
    return f"{result.before_label} → {result.after_label}: {count} {noun} of meaning"


def diff_text(result: Diff) -> str:
    if not result.changes:
        return f"{result.before_label} → {result.after_label}: no change of meaning\n"
    lines = [_heading(result)]
    for title, items in _sections(result):
        lines += ["", title]
        for key, causes in items:
            lines.append(f"  {key}")
            lines += [f"    {cause}" for cause in causes]
    lines += ["", "Changes by entry"]
    for _entry, group in _grouped(result.changes).items():
        lines.append(f"  {entry_words(group[0])}")
        for change in group:
            tail = _text_tail(result.impacts, change)
            if change.change == "changed":
                lines.append(f"    {change.field}: {_was_now(change)}{tail}")
            else:
                lines.append(f"    {change.change}{tail}")
    return "\n".join(lines) + "\n"


def md_escape(text: str) -> str:
    for char in "\\`*_[]<>|#":
        text = text.replace(char, f"\\{char}")
    return text


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def diff_md(result: Diff, level: int = 2) -> str:
    head = "#" * level
    title = (
        f"{head} Registry changes: {md_escape(result.before_label)} → "
        f"{md_escape(result.after_label)}"
    )
    if not result.changes:
        return f"{title}\n\nNo change of meaning.\n"
    lines = [title, "", f"{len(result.changes)} change(s) of meaning."]
    for section, items in _sections(result):
        lines += ["", f"{head}# {section}", ""]
        for key, causes in items:
            lines.append(f"- {_code(key)}: " + "; ".join(md_escape(c) for c in causes))
    lines += ["", f"{head}# Changes by entry", ""]
    for _entry, group in _grouped(result.changes).items():
        first = group[0]
        lines.append(f"- {KIND_WORDS[first.kind]} {_code(first.id)}")
        for change in group:
            tail = _md_tail(result.impacts, change)
            if change.change == "changed":
                lines.append(
                    f"  - {_code(change.field or '')}: {_was_now(change, md_escape)}{tail}"
                )
            else:
                lines.append(f"  - {change.change}{tail}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- history


def history_data(history: History) -> dict[str, Any]:
    return {
        "partial": history.partial,
        "commits": [
            {
                "commit": r.commit.commit,
                "date": r.commit.date,
                "author": r.commit.author,
                "subject": r.commit.subject,
                "valid": r.valid,
                "changes": [change_data(c, r.diff.impacts) for c in r.diff.changes],
            }
            for r in history.revisions
        ],
    }


_PARTIAL = (
    "History is partial: this is a shallow clone (fetch the rest with `git fetch --unshallow`)."
)


def history_text(history: History) -> str:
    lines: list[str] = []
    if history.partial:
        lines += [_PARTIAL, ""]
    if not history.revisions:
        lines.append("no commit changed the registry")
    for revision in history.revisions:
        commit = revision.commit
        lines.append(f"{revision.short} {revision.day} {commit.author}: {commit.subject}")
        if not revision.valid:
            lines.append("    the registry does not validate at this commit")
        elif not revision.diff.changes:
            lines.append("    no change of meaning")
        for change in revision.diff.changes:
            tail = _text_tail(revision.diff.impacts, change)
            if change.change == "changed":
                lines.append(f"    {change_summary(change)}: {_was_now(change)}{tail}")
            else:
                lines.append(f"    {change_summary(change)}{tail}")
    return "\n".join(lines) + "\n"


def history_md(history: History) -> str:
    lines = ["## Registry history", ""]
    if history.partial:
        lines += [md_escape(_PARTIAL), ""]
    if not history.revisions:
        lines.append("No commit changed the registry.")
    for revision in history.revisions:
        commit = revision.commit
        lines += [
            f"### {_code(revision.short)} {revision.day}: {md_escape(commit.subject)}",
            "",
            f"By {md_escape(commit.author)}.",
            "",
        ]
        if not revision.valid:
            lines += ["The registry does not validate at this commit.", ""]
            continue
        if not revision.diff.changes:
            lines += ["No change of meaning.", ""]
            continue
        for change in revision.diff.changes:
            tail = _md_tail(revision.diff.impacts, change)
            if change.change == "changed":
                lines.append(
                    f"- {KIND_WORDS[change.kind]} {_code(change.id)}, {_code(change.field or '')}: "
                    f"{_was_now(change, md_escape)}{tail}"
                )
            else:
                lines.append(
                    f"- {KIND_WORDS[change.kind]} {_code(change.id)} {change.change}{tail}"
                )
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
