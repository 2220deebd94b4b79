"""Fixtures for every test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import ropa.history.revisions


@pytest.fixture(scope="session", autouse=True)
def _no_revision_history() -> Iterator[None]:
    """The fixtures live in ropa's own repository, whose commits would otherwise become
    the revision history of every register a test exports, changing with each commit.
    Tests of the revision history (marked `revision_history`) build their own repository."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ropa.history.revisions, "read", lambda *args, **kwargs: [])
        yield


@pytest.fixture(autouse=True)
def _revision_history_when_asked(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if request.node.get_closest_marker("revision_history") is not None:
        monkeypatch.setattr(ropa.history.revisions, "read", ropa.history.revisions.read_git)
