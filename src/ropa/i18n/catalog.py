"""Our sentences in the reader's language: gettext catalogs compiled from `.po` at run time.

The `.po` files under `ropa/locale/<lang>/LC_MESSAGES/ropa.po` are the only source: they are
compiled in memory when first needed, so a compiled `.mo` can never lag behind its `.po`.
A catalog counts only its translated, non-fuzzy entries; a message it lacks is reported,
never shown in English, so that a notice never mixes languages.
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from importlib import resources

DOMAIN = "ropa"
SOURCE_LANGUAGE = "en"


def catalog_languages() -> tuple[str, ...]:
    """Languages with a catalog, English (the language of the message ids) included."""
    root = resources.files("ropa") / "locale"
    found = {
        entry.name
        for entry in root.iterdir()
        if entry.is_dir() and (entry / "LC_MESSAGES" / f"{DOMAIN}.po").is_file()
    }
    return tuple(sorted(found | {SOURCE_LANGUAGE}))


class MissingMessage(LookupError):
    """A sentence of ours has no translation in the catalog: a bug in the catalog."""


class Catalog:
    """gettext and ngettext for one language that refuse to fall back to English."""

    def __init__(self, lang: str, translations: gettext.GNUTranslations | None) -> None:
        self.lang = lang
        self._translations = translations

    def gettext(self, message: str) -> str:
        if self._translations is None:
            return message
        sentinel = "\x00"
        found = self._translations._catalog.get(message, sentinel)  # type: ignore[attr-defined]
        if found is sentinel:
            raise MissingMessage(f"catalog '{self.lang}' lacks {message!r}")
        return str(found)

    def pgettext(self, context: str, message: str) -> str:
        """The message in its context (`msgctxt`), where one English word has two meanings."""
        if self._translations is None:
            return message
        key = f"{context}\x04{message}"
        found = self._translations._catalog.get(key)  # type: ignore[attr-defined]
        if found is None:
            raise MissingMessage(f"catalog '{self.lang}' lacks {message!r} in context {context!r}")
        return str(found)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        if self._translations is None:
            return singular if n == 1 else plural
        index = self._translations.plural(n)  # type: ignore[attr-defined]
        found = self._translations._catalog.get((singular, index))  # type: ignore[attr-defined]
        if found is None:
            raise MissingMessage(f"catalog '{self.lang}' lacks {singular!r}")
        return str(found)


@cache
def catalog(lang: str) -> Catalog:
    """The catalog for `lang`; KeyError when the language has none."""
    if lang == SOURCE_LANGUAGE:
        return Catalog(lang, None)
    if lang not in catalog_languages():
        raise KeyError(lang)
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    po = resources.files("ropa") / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with po.open("rb") as handle:
        messages = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, messages, use_fuzzy=False)
    buffer.seek(0)
    return Catalog(lang, gettext.GNUTranslations(buffer))
