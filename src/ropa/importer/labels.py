"""The words our own register uses for codes, in every language it is written in.

Reading our exports back (the ICO layout written by `ropa export xlsx --layout ico`) means
recognising the labels the register writes for codes. They are taken from the register's
own word source, so the importer never keeps a second copy of them.
"""

from __future__ import annotations

from collections.abc import Iterable


def code_labels(kind: str, codes: Iterable[str]) -> list[tuple[str, str]]:
    """(code, label) for each code of `kind` in each language with a catalog, with the
    wording of a record kept under the EU GDPR and under the UK GDPR."""
    from ropa.i18n.catalog import catalog_languages
    from ropa.i18n.register_words import Words

    codes = list(codes)
    found: list[tuple[str, str]] = []
    for lang in catalog_languages():
        for jurisdiction in ("eu-gdpr", "uk-gdpr"):
            words = Words(lang, jurisdiction)
            for code in codes:
                label = words.label(kind, code)
                if label and label != code and (code, label) not in found:
                    found.append((code, label))
    return found
