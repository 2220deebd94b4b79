"""HTML: a clean standalone page, or with `fragment` only the content, for a CMS."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from ropa.notices.content import NoticeContent

if TYPE_CHECKING:
    import jinja2


@cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("ropa", "templates/notice"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def render(content: NoticeContent, fragment: bool = False) -> str:
    stylesheet = (resources.files("ropa") / "templates" / "notice" / "notice.css").read_text(
        encoding="utf-8"
    )
    template = _environment().get_template("notice.html.j2")
    return template.render(content=content, fragment=fragment, stylesheet=stylesheet.strip())
