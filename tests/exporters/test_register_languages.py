"""The Lohnwerk register in its five languages, cell by cell against reviewed text dumps.

Each workbook is reopened with openpyxl and written out as one `sheet!cell: value` line
per filled cell, the registry revision masked. After an intended change:
    ROPA_UPDATE_GOLDEN=1 pytest tests/exporters/test_register_languages.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from export_support import FIXTURES, export
from openpyxl import load_workbook

GOLDEN = Path(__file__).resolve().parent / "golden" / "lohnwerk-5"
LANGUAGES = ("en", "de", "es", "it", "nl")
# The registry revision (a commit hash, or "not under version control") changes with
# every commit; it is the one value on the organisation sheet that is masked.
REVISION = re.compile(r"^[0-9a-f]{7,40}(-dirty)?$")


def dump(path: Path) -> str:
    book = load_workbook(path)
    lines: list[str] = []
    for index, sheet in enumerate(book.worksheets):
        if sheet.sheet_state != "visible":
            continue  # the hidden ropa-data sheet is for `ropa import`; tested there
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                value = str(cell.value)
                if index == 0 and cell.column == 2 and REVISION.match(value):
                    value = "<revision>"
                lines.append(f"{sheet.title}!{cell.coordinate}: {value!r}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lohnwerk_register_matches_golden(tmp_path: Path, lang: str) -> None:
    target = tmp_path / f"register.{lang}.xlsx"
    assert export("xlsx", FIXTURES / "lohnwerk-5", target, "--lang", lang) == 0
    text = dump(target)
    path = GOLDEN / f"register.{lang}.xlsx.txt"
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_a_language_without_catalog_is_refused_not_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The Lohnwerk registry with its German texts relabelled Portuguese: complete texts,
    # but ropa has no Portuguese catalog, so no register with English headings.
    registry = tmp_path / "registry.yaml"
    source = (FIXTURES / "lohnwerk-5" / "registry.yaml").read_text("utf-8")
    registry.write_text(
        re.sub(r"\bde: ", "pt: ", source.replace("[en, de, es,", "[en, pt, es,")), "utf-8"
    )
    target = tmp_path / "register.xlsx"
    assert export("xlsx", tmp_path, target, "--lang", "pt") == 2
    assert "no 'pt' catalog" in capsys.readouterr().err
    assert not target.exists()


def test_german_register_reads_german() -> None:
    text = (GOLDEN / "register.de.xlsx.txt").read_text("utf-8")
    assert "Verzeichnis Verantwortlicher!A1: 'Kennung'" in text
    assert " from " not in text and "Legal basis" not in text
