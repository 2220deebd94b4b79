"""`ropa export [xlsx|pdf|json|notice|subprocessors] [PATH]`: the register for regulators, and notices.

Without a format, every register format, every notice and, for an organisation that
processes data on behalf of clients, its sub-processor list (html) are written into
`reports/`. A registry
with validation errors is never exported: its errors are shown instead and the exit code
is 1. Every file is written to a temporary file first and renamed into place.
"""

from __future__ import annotations

from typing import assert_never

from ropa.outputs import AllOptions, NoticeOptions, Options, RegisterOptions, SubprocessorOptions


def run(registry_path: str, options: Options) -> int:
    """Write what the options ask for; each kind of output has its own options."""
    match options:
        case NoticeOptions():
            from ropa.commands.export import notice

            return notice.run(registry_path, options)
        case RegisterOptions():
            from ropa.commands.export import register

            return register.run(registry_path, options)
        case SubprocessorOptions():
            from ropa.commands.export import subprocessors

            return subprocessors.run(registry_path, options)
        case AllOptions():
            from ropa.commands.export import register

            return register.run_all(registry_path, options)
        case _:
            assert_never(options)
