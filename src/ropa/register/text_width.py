"""How wide a text is in the workbook's font, and how many lines it wraps to in a column.

Spreadsheet programs do not grow the rows of a file they open, so the workbook carries
each row's height, and that height must hold the cell's wrapped text wherever it is
printed. The workbook's font is Arial 10 (its default font too, so that a column's width
unit is Arial's digit width everywhere); LibreOffice sets it in Liberation Sans, whose
advance widths are Arial's. The widths below are those advance widths, in thousandths of
an em, for ASCII; an accented letter takes its base letter's width, and a character
outside the table a wide letter's, so an estimate errs on a taller row.
`tests/exporters/test_text_width.py` checks the table against Liberation Sans when the
system has it.

A column `width` units wide is printed narrowest by Excel (at 96 dpi, 7 pixels a unit for
Arial 10, less a few pixels of cell margin); LibreOffice makes it a little wider (the
font's digit width, 5.56 pt, a unit). The estimate takes Excel's width and widens each
text by `SAFETY`, for Excel's pixel-rounded glyphs.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

FONT_SIZE = 10.0  # points
# Points of text a column unit holds in Excel (7 px at 96 dpi), and the cell's margins.
POINTS_PER_UNIT = 5.25
CELL_MARGIN = 3.0
SAFETY = 1.05

_ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
# fmt: off
_REGULAR = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)
_BOLD = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
)
# fmt: on
REGULAR: dict[str, int] = dict(zip(_ASCII, _REGULAR, strict=True))
BOLD: dict[str, int] = dict(zip(_ASCII, _BOLD, strict=True))
# Letters and signs that are not an ASCII letter with marks; the bold face is no narrower
# than these.
_OTHER = {
    "ß": 611, "æ": 889, "Æ": 1000, "œ": 944, "Œ": 1000, "ø": 611, "Ø": 778, "ð": 611,
    "þ": 611, "Þ": 667, "ł": 278, "Ł": 611, "đ": 611, "Đ": 722, "ı": 278,
    "\u00a0": 278, "\u202f": 278, "\u2009": 278, "\u2060": 0, "\u00ad": 333, "\u200b": 0,
    "–": 556, "—": 1000, "‐": 333, "‑": 333, "‘": 278, "’": 278, "‚": 278, "“": 500,
    "”": 500, "„": 500, "«": 556, "»": 556, "‹": 333, "›": 333, "…": 1000, "•": 350,
    "·": 333, "€": 556, "£": 556, "§": 556, "°": 400, "×": 584, "²": 333, "³": 333,
    "½": 834, "©": 737, "®": 737, "™": 1000, "№": 1115,
    # a caron written as an apostrophe beside a tall letter
    "ď": 719, "ť": 479, "ľ": 385, "Ľ": 611, "Ǽ": 1000, "ǽ": 889, "Ǿ": 778, "Ĳ": 785,
}  # fmt: skip
WIDE = 780  # a character the table lacks: wider than most capitals
FULL = 1000  # East Asian wide and full-width characters


def char_width(char: str, bold: bool = False) -> int:
    """Thousandths of an em."""
    table = BOLD if bold else REGULAR
    known = table.get(char)
    if known is not None:
        return known
    if char in _OTHER:
        return _OTHER[char]
    base = unicodedata.normalize("NFD", char)[0]
    if base != char and base in table:
        # a mark over a narrow letter (í, ï) reaches past it
        return table[base] + (60 if table[base] < 300 else 0)
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return FULL
    if unicodedata.combining(char):
        return 0
    return WIDE


@lru_cache(maxsize=65_536)
def word_width(word: str, bold: bool = False) -> float:
    """Points a word takes in Arial 10, widened by SAFETY."""
    return sum(char_width(c, bold) for c in word) * FONT_SIZE * SAFETY / 1000


def line_width(width: float) -> float:
    """Points of text one line of a column `width` units wide holds."""
    return max(FONT_SIZE, width * POINTS_PER_UNIT - CELL_MARGIN)


@lru_cache(maxsize=65_536)  # a register repeats its values (names, yes, no, dates)
def wrapped_lines(text: str, width: float, bold: bool = False) -> int:
    """How many lines `text` takes when wrapped at spaces in a column `width` units wide;
    a word longer than a line is broken over lines of its own, as spreadsheets do."""
    room = line_width(width)
    space = word_width(" ", bold)
    count = 0
    for paragraph in text.split("\n"):
        lines = 1
        used = 0.0
        for word in paragraph.split(" "):
            size = word_width(word, bold)
            if used and used + space + size > room:
                lines += 1
                used = 0.0
            if size > room:  # broken where it reaches the edge, character by character
                for char in word:
                    step = word_width(char, bold)
                    if used + step > room and used:
                        lines += 1
                        used = 0.0
                    used += step
                continue
            used += size + (space if used else 0.0)
        count += lines
    return count


def longest_word(texts: list[str], bold: bool = False) -> float:
    """Points of the widest word among `texts` (words end at spaces and line ends only:
    a no-break space joins)."""
    return max((_longest(text, bold) for text in texts), default=0.0)


@lru_cache(maxsize=65_536)
def _longest(text: str, bold: bool) -> float:
    return max(
        (word_width(word, bold) for line in text.split("\n") for word in line.split(" ")),
        default=0.0,
    )


def units_for(points: float) -> float:
    """The column width (in units) whose line holds `points` of text."""
    return (points + CELL_MARGIN) / POINTS_PER_UNIT
