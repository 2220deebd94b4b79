"""Every notice document rendered in memory, named `<notice>.<lang>.<format>`.

Nothing here writes a file: the export command decides where the bytes go, so that a
notice that cannot be generated stops everything before any file is touched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ropa.notices import NoticeFormat
    from ropa.record import Record


class NoticeError(ValueError):
    """A notice cannot be generated; the message is ready to show (file:line:col first)."""


def file_name(notice_id: str, lang: str, notice_format: str) -> str:
    return f"{notice_id}.{lang}.{notice_format}"


def render_all(
    record: Record,
    jobs: Iterable[tuple[str, str]],
    formats: Sequence[NoticeFormat],
    fragment: bool = False,
) -> dict[str, bytes]:
    """File name → content for every (notice, language) in every format, or NoticeError
    naming every text that lacks a language, in every notice at once."""
    from ropa.i18n.catalog import catalog_languages
    from ropa.notices import MissingTranslation, build, render

    documents: dict[str, bytes] = {}
    missing: list[str] = []
    for notice_id, lang in jobs:
        if lang not in catalog_languages():
            raise NoticeError(
                f"notices: no '{lang}' catalog for notice '{notice_id}'; available: "
                f"{', '.join(catalog_languages())} (add ropa/locale/{lang}/LC_MESSAGES/ropa.po)"
            )
        content = build(record, notice_id, lang)
        if isinstance(content, MissingTranslation):
            missing.extend(content.lines())
            continue
        for notice_format in formats:
            name = file_name(notice_id, lang, notice_format)
            documents[name] = render(content, notice_format, fragment=fragment)
    if missing:
        raise NoticeError("\n".join(missing))
    return documents


def every_job(record: Record) -> list[tuple[str, str]]:
    """Every (notice, language) the registry publishes."""
    return [(notice.id, lang) for notice in record.notices for lang in notice.entry.languages]


def notice_formats(names: Sequence[str]) -> tuple[NoticeFormat, ...]:
    from ropa.notices import FORMATS

    unknown = [name for name in names if name not in FORMATS]
    if unknown:
        raise NoticeError(f"unknown notice format '{unknown[0]}': use {', '.join(FORMATS)}")
    return tuple(cast("NoticeFormat", name) for name in names)
