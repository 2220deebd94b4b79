"""Fixtures for the history tests; the helpers live in gitrepo."""

from __future__ import annotations

from pathlib import Path

import pytest
from gitrepo import GitRepo, make_repo


@pytest.fixture
def lohnwerk(tmp_path: Path) -> GitRepo:
    """Lohnwerk (processor and controller, one file) committed once, on 2026-01-05."""
    repo = make_repo(tmp_path, "lohnwerk")
    repo.commit("Record of processing activities", "2026-01-05T10:00:00+00:00")
    return repo


@pytest.fixture
def ampere(tmp_path: Path) -> GitRepo:
    """Ampere (controller, several files, English and French) committed once."""
    repo = make_repo(tmp_path, "ampere")
    repo.commit("Record of processing activities", "2026-01-05T10:00:00+00:00")
    return repo
