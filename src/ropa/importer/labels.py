"""The words our own register uses for codes, in every language it is written in.

Reading our exports back (the ICO layout written by `ropa export xlsx --layout ico`) means
recognising the labels the register writes for codes. They are taken from the register's
own word source, so the importer never keeps a second copy of them.
"""

from __future__ import annotations

from collections.abc import Iterable

REGISTER_LANGUAGES = ("en", "fr")


def code_labels(kind: str, codes: Iterable[str]) -> list[tuple[str, str]]:
    """(code, label) for each code of `kind` in each register language."""
    from ropa.i18n.register_words import Words

    found = []
    for lang in REGISTER_LANGUAGES:
        words = Words(lang)
        for code in codes:
            label = words.label(kind, code)
            if label and label != code:
                found.append((code, label))
    return found
