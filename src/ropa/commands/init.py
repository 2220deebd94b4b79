"""`ropa init`: copy the commented starter registry into a folder, never overwriting."""

from __future__ import annotations

import sys
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from ropa.output import write_bytes


def _starter_files(root: Traversable, prefix: tuple[str, ...] = ()) -> list[tuple[str, bytes]]:
    files: list[tuple[str, bytes]] = []
    for entry in sorted(root.iterdir(), key=lambda item: item.name):
        if entry.is_dir():
            files.extend(_starter_files(entry, (*prefix, entry.name)))
        elif entry.name.endswith(".yaml"):
            files.append(("/".join((*prefix, entry.name)), entry.read_bytes()))
    return files


def run(directory: str) -> int:
    target = Path(directory)
    package_data = resources.files("ropa").joinpath("data")
    files = _starter_files(package_data.joinpath("starter"))
    # The schema beside the files gives editors completion without any network access.
    files.append(("ropa.schema.json", package_data.joinpath("ropa.schema.json").read_bytes()))
    existing = [name for name, _ in files if (target / name).exists()]
    if existing:
        sys.stderr.write(
            f"ropa: {target / existing[0]} already exists; ropa init never overwrites files: "
            "choose an empty folder\n"
        )
        return 2
    if target.exists() and not target.is_dir():
        sys.stderr.write(f"ropa: {target} is a file, not a folder\n")
        return 2
    for name, payload in files:
        write_bytes(target / name, payload)
        sys.stdout.write(f"wrote {target / name}\n")
    sys.stdout.write(f"next: edit the files, then run `ropa validate {target}`\n")
    return 0
