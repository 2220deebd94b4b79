"""Column mappings (TOML): which column of a one-row-per-activity sheet holds what.

The ICO template is one such mapping, shipped as `layouts/ico.toml`, which documents the
format; `ropa import --layout columns --map MAP.toml` reads any other. A mapping is checked
when loaded, and a mistake in it is reported with the key at fault.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ropa.importer.freetext import fold

FIELDS = {
    "name": "none",
    "owner": "none",
    "description": "none",
    "purposes": "lines",
    "joint_controllers": "lines",
    "data_subjects": "list",
    "data_categories": "list",
    "recipients": "list",
    "processor_contracts": "lines",
    "third_countries": "items",
    "transfer_safeguards": "lines",
    "retention": "lines",
    "security_measures": "list",
    "legal_basis": "items",
    "special_category_condition": "none",
    "criminal_data_authority": "none",
    "legitimate_interest": "lines",
    "lia": "lines",
    "automated_decisions": "none",
    "sources": "items",
    "consent_records": "none",
    "systems": "list",
    "dpia_required": "none",
    "dpia_progress": "none",
    "dpia_reference": "none",
    "created": "none",
    "last_reviewed": "none",
    "unmapped": "none",
}
SPLITS = ("none", "lines", "items", "list")
BLOCK_KEYS = ("controller", "dpo", "representative")


class MappingError(Exception):
    """A mapping file that cannot be used: the message names the file and the key."""


@dataclass(frozen=True)
class ColumnSpec:
    field: str
    titles: tuple[str, ...]
    split: str
    reason: str | None


@dataclass(frozen=True)
class Mapping:
    name: str
    title: str
    source: str
    min_columns: int
    columns: tuple[ColumnSpec, ...]
    block: dict[str, tuple[str, ...]]
    default_country: str | None

    def match(self, header: str) -> ColumnSpec | None:
        """The column whose titles best match a header cell, loosely; None when none is close."""
        wanted = title_key(header)
        if not wanted:
            return None
        best, best_score = None, 0.0
        for spec in self.columns:
            for title in spec.titles:
                score = similarity(wanted, title_key(title))
                if score > best_score:
                    best, best_score = spec, score
        return best if best_score >= 0.82 else None

    def block_key(self, label: str) -> str | None:
        wanted = title_key(label)
        if not wanted:
            return None
        for key, labels in self.block.items():
            if any(similarity(wanted, title_key(label)) >= 0.9 for label in labels):
                return key
        return None


def title_key(title: str) -> str:
    """A title as compared: folded, remarks in parentheses and filler words left out."""
    text = re.sub(r"\([^)]*\)", " ", title)
    words = [w for w in fold(text).replace("(", " ").replace(")", " ").split() if w not in _FILLER]
    return " ".join(words)


_FILLER = {"the", "a", "an", "of", "for", "to", "is", "are", "if", "any", "and", "or", "s"}


def similarity(left: str, right: str) -> float:
    if left == right:
        return 1.0
    ratio = difflib.SequenceMatcher(None, left, right).ratio()
    left_words, right_words = set(left.split()), set(right.split())
    if left_words and right_words:
        overlap = len(left_words & right_words) / max(len(left_words), len(right_words))
        ratio = max(ratio, overlap * 0.95 if overlap < 1 else 0.97)
    return ratio


def shipped(name: str) -> Mapping:
    resource = resources.files("ropa.importer").joinpath("layouts", f"{name}.toml")
    return parse(resource.read_text(encoding="utf-8"), f"(ropa) layouts/{name}.toml")


def load(path: Path) -> Mapping:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingError(f"{path}: cannot read the mapping: {exc}") from None
    return parse(text, str(path))


def parse(text: str, source: str) -> Mapping:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"{source}: not valid TOML: {exc}") from None
    layout = _table(data, "layout", source)
    unknown = set(data) - {"layout", "defaults", "block", "column"}
    if unknown:
        raise MappingError(
            f"{source}: unknown table [{sorted(unknown)[0]}]; use layout, defaults, block, column"
        )
    columns = []
    raw_columns = data.get("column", [])
    if not isinstance(raw_columns, list) or not raw_columns:
        raise MappingError(f"{source}: no [[column]] entries: a mapping lists the sheet's columns")
    for index, raw in enumerate(raw_columns, 1):
        where = f"{source}: [[column]] number {index}"
        if not isinstance(raw, dict):
            raise MappingError(f"{where}: is not a table")
        extra = set(raw) - {"field", "titles", "split", "reason"}
        if extra:
            raise MappingError(
                f"{where}: unknown key '{sorted(extra)[0]}'; use field, titles, split, reason"
            )
        field = raw.get("field")
        if field not in FIELDS:
            choices = ", ".join(FIELDS)
            raise MappingError(f"{where}: field {field!r} is not one of: {choices}")
        titles = raw.get("titles")
        if isinstance(titles, str):
            titles = [titles]
        if (
            not isinstance(titles, list)
            or not titles
            or not all(isinstance(t, str) and t.strip() for t in titles)
        ):
            raise MappingError(f"{where}: titles must be a list of the column's header texts")
        split = raw.get("split", FIELDS[field])
        if split not in SPLITS:
            raise MappingError(f"{where}: split {split!r} is not one of: {', '.join(SPLITS)}")
        reason = raw.get("reason")
        if reason is not None and not isinstance(reason, str):
            raise MappingError(f"{where}: reason must be a text")
        columns.append(ColumnSpec(field, tuple(titles), split, reason))
    block_raw = data.get("block", {})
    if not isinstance(block_raw, dict) or set(block_raw) - set(BLOCK_KEYS):
        raise MappingError(f"{source}: [block] may only name {', '.join(BLOCK_KEYS)}")
    block = {}
    for key, labels in block_raw.items():
        if isinstance(labels, str):
            labels = [labels]
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise MappingError(f"{source}: [block] {key} must be a list of labels")
        block[key] = tuple(labels)
    defaults = data.get("defaults", {})
    country = defaults.get("country") if isinstance(defaults, dict) else None
    if country is not None and not (
        isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)
    ):
        raise MappingError(f"{source}: [defaults] country must be an ISO code such as 'GB'")
    min_columns = layout.get("min_columns", 3)
    if not isinstance(min_columns, int) or min_columns < 1:
        raise MappingError(f"{source}: [layout] min_columns must be a positive whole number")
    return Mapping(
        name=str(layout.get("name", "columns")),
        title=str(layout.get("title", layout.get("name", "columns"))),
        source=source,
        min_columns=min_columns,
        columns=tuple(columns),
        block=block,
        default_country=country,
    )


def _table(data: dict[str, Any], key: str, source: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise MappingError(f"{source}: [{key}] must be a table")
    return value
