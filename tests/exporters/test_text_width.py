"""The workbook's text measure: Arial's widths (checked against Liberation Sans, its
metric-compatible stand-in, when the system has it) and the wrapped line count."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.register.text_width import (
    BOLD,
    REGULAR,
    char_width,
    line_width,
    longest_word,
    units_for,
    word_width,
    wrapped_lines,
)

LIBERATION = Path("/usr/share/fonts/truetype/liberation")
needs_liberation = pytest.mark.skipif(
    not (LIBERATION / "LiberationSans-Regular.ttf").is_file(),
    reason="Liberation Sans (fonts-liberation) is not installed; .ci/run installs it",
)
# the letters of the registers' languages (fr, de, es, it, nl and their neighbours)
LATIN = [chr(c) for c in range(0xC0, 0x180) if chr(c).isalpha()]


def _advances(face: str) -> dict[str, float]:
    from fontTools.ttLib import TTFont

    font = TTFont(LIBERATION / f"LiberationSans-{face}.ttf", lazy=True)
    metrics, per_em = font["hmtx"].metrics, font["head"].unitsPerEm
    return {
        chr(code): metrics[glyph][0] * 1000 / per_em for code, glyph in font.getBestCmap().items()
    }


@needs_liberation
@pytest.mark.parametrize(("face", "table"), [("Regular", REGULAR), ("Bold", BOLD)])
def test_the_table_is_the_fonts_ascii_widths(face: str, table: dict[str, int]) -> None:
    font = _advances(face)
    assert len(table) == 95
    for char, width in table.items():
        assert abs(width - font[char]) <= 1, (face, char, width, font[char])


@needs_liberation
@pytest.mark.parametrize("face", ["Regular", "Bold"])
def test_a_latin_letter_is_never_measured_narrower_than_it_is(face: str) -> None:
    font = _advances(face)
    for char in LATIN:
        assert char_width(char, face == "Bold") >= font[char] - 1, (face, char)


def test_wrapping_at_a_columns_width() -> None:
    assert wrapped_lines("", 10) == 1
    assert wrapped_lines("short", 20) == 1
    assert wrapped_lines("one\ntwo\nthree", 20) == 3
    # capitals are wider than small letters: the same count of letters takes more lines
    lower, upper = "wharf yard " * 12, "WHARF YARD " * 12
    assert wrapped_lines(upper, 40) > wrapped_lines(lower, 40)
    # a word longer than the line is broken over lines of its own
    assert wrapped_lines("x" * 60, 10) == 7
    # a no-break space keeps its words together: one word, never split
    cite = "Art.\u00a06(1)(f)"
    assert longest_word([f"see {cite}"]) == word_width(cite)
    assert wrapped_lines(f"{cite} {cite} {cite}", 12) == 3
    assert word_width("Schutzbedürftig", bold=True) > word_width("Schutzbedürftig")
    assert line_width(units_for(longest_word(["a Schutzbedürftig b"]))) >= word_width(
        "Schutzbedürftig"
    )
