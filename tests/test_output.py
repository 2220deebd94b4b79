"""Atomic writes: the target appears whole or not at all, with ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ropa.output import atomic_path, write_text


def test_new_file_gets_umask_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_text(tmp_path / "notice.html", "<p>hi</p>")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "notice.html").stat().st_mode) == 0o644


def test_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "register.json"
    target.write_text("old", "utf-8")
    target.chmod(0o640)
    write_text(target, "new")
    assert target.read_text("utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_failure_leaves_previous_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"previous")
    with pytest.raises(KeyboardInterrupt), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]
