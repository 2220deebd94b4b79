"""`ropa export [xlsx|pdf|json|notice] [PATH]`: the register for regulators, and notices.

Without a format, every format (and every notice) is written into `reports/`. A registry
with validation errors is never exported: its errors are shown instead and the exit code
is 1. Every file is written to a temporary file first and renamed into place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ropa.outputs import ExportOptions

FORMATS = ("xlsx", "pdf", "json", "notice", "all")


def run(what: str, registry_path: str, options: ExportOptions) -> int:
    if what == "notice":
        from ropa.commands.export import notice

        return notice.run(registry_path, options)
    from ropa.commands.export import register

    if what in ("xlsx", "pdf", "json"):
        return register.run(what, registry_path, options)
    return register.run_all(registry_path, options)
