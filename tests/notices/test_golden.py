"""The generated Markdown notices, byte for byte against reviewed golden files.

After an intended change, regenerate them and review the diff before committing:
    ROPA_UPDATE_GOLDEN=1 pytest tests/notices/test_golden.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from ropa.model import Registry
from ropa.notices import NoticeContent, render

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.mark.parametrize(
    ("example", "notice_id", "lang"),
    [
        ("ampere", "website", "en"),
        ("ampere", "website", "fr"),
        ("lohnwerk", "careers", "en"),
        ("lohnwerk", "customers", "en"),
        ("v11", "families", "en"),
        ("v11", "families", "fr"),
    ],
)
def test_markdown_matches_golden(
    example: str,
    notice_id: str,
    lang: str,
    request: pytest.FixtureRequest,
    content: Callable[[Registry, str, str], NoticeContent],
) -> None:
    registry: Registry = request.getfixturevalue(example)
    rendered = render(content(registry, notice_id, lang), "md").decode("utf-8")
    path = GOLDEN / f"{notice_id}.{lang}.md"
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")
