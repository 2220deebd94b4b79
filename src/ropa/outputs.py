"""The output formats ropa writes, and the options a user gave for them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportOptions:
    """What the user asked for, passed down unchanged to the export command."""

    output: str | None
    lang: str | None
    notice: str | None
    notice_format: str | None
    check: bool
    fragment: bool
