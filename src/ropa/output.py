"""Writing output files so that a failure never leaves a half-written or missing file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _mode_for(destination: Path) -> int:
    """Keep an existing file's permissions; give a new one what `open` would (0666 & ~umask).

    mkstemp creates its file 0600, which would leave a published notice unreadable to a
    web server."""
    try:
        return destination.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target`.

    On any failure, including KeyboardInterrupt, the temporary file is removed and the
    previous `target`, if any, is left exactly as it was.
    """
    destination = Path(target)
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=destination.parent, prefix=f".{destination.name}.", suffix=".tmp"
    )
    os.close(handle)
    try:
        yield Path(temporary)
        os.chmod(temporary, _mode_for(destination))
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_bytes(target: str | Path, payload: bytes) -> None:
    with atomic_path(target) as temporary:
        temporary.write_bytes(payload)


def write_text(target: str | Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))
