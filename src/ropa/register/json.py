"""The register as JSON: the normalized model, documented by docs/register.schema.json."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from ropa.register.document import Register
from ropa.register.tables import Step, no_progress


def as_data(register: Register) -> dict[str, Any]:
    """Plain JSON data: every field of the model, tuples as lists, in declaration order.
    The revision history is the PDF's and the workbook's; `ropa history --format json`
    gives it in full. The record the register was built from is not part of it."""
    data = asdict(replace(register, record=None))
    data.pop("revision_history", None)
    data.pop("record", None)
    return data


def render(register: Register) -> str:
    return json.dumps(as_data(register), ensure_ascii=False, indent=2) + "\n"


def write(register: Register, target: Path, step: Step = no_progress) -> None:
    """Write to `target`, which the caller has opened atomically."""
    target.write_text(render(register), encoding="utf-8")
