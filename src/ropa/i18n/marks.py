"""Markers for `pybabel extract`: `N_("...")` and `pgettext("context", "...")` return their
message unchanged, so a table of message ids can be written at import time; the words are
translated where they are used, through `ropa.i18n.catalog`."""

from __future__ import annotations


def N_(message: str) -> str:
    return message


def pgettext(context: str, message: str) -> str:
    """Marks `message` in `context`; translated where used with `Catalog.pgettext`."""
    del context
    return message
