"""Exports from hostile but valid registries, and exports that fail half way.

The exporters' own tests cover their formats with fixed registries (formula injection,
markup, no fetch, an interrupted xlsx export). These tests add:

- a property test: random text, including formula starts, markup, template syntax and
  arbitrary unicode, put into a valid registry, goes through the JSON and xlsx registers
  and the Markdown and HTML notices: every export succeeds, no workbook cell is a
  formula, the HTML never carries the registry's markup, and the JSON keeps the text
  exactly. (The PDF is left out: it takes seconds per run; its escaping and fetching are
  tested by tests/exporters/test_register_pdf.py.)
- a disk error and a Ctrl-C at the moment each format's file is put in place: exit
  non-zero (130 for Ctrl-C) with a message and no traceback, the previous output
  untouched, no temporary file left behind.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from ropa.cli import main
from ropa.validate import validate
from test_properties import mutated, scratch_folder

LOHNWERK = Path(__file__).parent / "fixtures" / "lohnwerk" / "registry.yaml"
EXAMPLES = int(os.environ.get("ROPA_EXPORT_PROPERTY_EXAMPLES", "6"))

HOSTILE = [
    '=HYPERLINK("http://127.0.0.1/x","click")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1",
    "<script>alert(1)</script>",
    "<img src=http://127.0.0.1/x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "{{ 7*7 }} {% if true %}x{% endif %}",
    "&lt;b&gt; &amp; <!-- comment -->",
    "| a | b |\n# heading",
]


def _texts() -> st.SearchStrategy[str]:
    # No control characters, surrogates, or U+2028/U+2029 (which YAML reads as line breaks).
    printable = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
    random_text = st.text(printable, min_size=1, max_size=40).filter(lambda t: t.strip() != "")
    return (
        st.sampled_from(HOSTILE)
        | random_text
        | st.tuples(st.sampled_from(HOSTILE), random_text).map(" ".join)
    )


@cache
def _page_without_registry_text() -> str:
    """The careers notice of the unmodified registry: markup of our own, which a hostile
    text may happen to equal ("<" alone, "</p>") without being injected."""
    with scratch_folder() as root:
        code = main(
            [
                "export",
                "notice",
                str(LOHNWERK),
                "--notice",
                "careers",
                "--format",
                "html",
                "-o",
                str(root),
            ]
        )
        assert code == 0
        return (root / "careers.en.html").read_text("utf-8")


def _with_texts(activity_name: str, purpose: str, notice_title: str) -> str:
    """The Lohnwerk registry with three texts replaced (JSON strings are YAML strings, as
    long as characters beyond U+FFFF are not escaped as surrogate pairs)."""
    text = LOHNWERK.read_text("utf-8")
    edits = (
        ("    name: Recruitment\n", f"    name: {json.dumps(activity_name, ensure_ascii=False)}\n"),
        (
            "      - description: Assessing applications and deciding whom to hire\n",
            f"      - description: {json.dumps(purpose, ensure_ascii=False)}\n",
        ),
        (
            "    title: Privacy notice for job applicants\n",
            f"    title: {json.dumps(notice_title, ensure_ascii=False)}\n",
        ),
    )
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(activity_name=_texts(), purpose=_texts(), notice_title=_texts())
@example(activity_name="<", purpose="</p>", notice_title="<b>bold</b>")
def test_hostile_texts_go_through_every_export_safely(
    activity_name: str, purpose: str, notice_title: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    with scratch_folder() as root:
        registry = root / "registry.yaml"
        registry.write_text(_with_texts(activity_name, purpose, notice_title), "utf-8")
        assume(validate(str(registry)).errors == 0)

        out = root / "out"
        assert main(["export", "json", str(registry), "-o", str(out / "r.json")]) == 0
        exported = json.loads((out / "r.json").read_text("utf-8"))
        names = {activity["id"]: activity["name"] for activity in exported["activities"]}
        assert names["recruitment"] == activity_name

        assert main(["export", "xlsx", str(registry), "-o", str(out / "r.xlsx")]) == 0
        workbook = load_workbook(out / "r.xlsx")
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}: {cell.value}"

        for notice_format in ("md", "html"):
            assert (
                main(
                    [
                        "export",
                        "notice",
                        str(registry),
                        "--notice",
                        "careers",
                        "--format",
                        notice_format,
                        "-o",
                        str(out / "notices"),
                    ]
                )
                == 0
            )
        html = (out / "notices" / "careers.en.html").read_text("utf-8")
        for hostile in (activity_name, purpose, notice_title):
            if "<" in hostile and hostile not in _page_without_registry_text():
                assert hostile not in html
        assert "<script>" not in html
        markdown = (out / "notices" / "careers.en.md").read_text("utf-8")
        assert "<script>" not in markdown and "<img" not in markdown
        _, err = capsys.readouterr()
        assert "Traceback" not in err


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(data=st.data())
def test_mutated_but_valid_registries_export(
    data: st.DataObject, capsys: pytest.CaptureFixture[str]
) -> None:
    """Random edits of the example (see test_properties) that leave it valid: every
    register format but the PDF, and every notice in Markdown and HTML, is written."""
    text = data.draw(mutated(LOHNWERK.read_text("utf-8")))
    with scratch_folder() as root:
        registry = root / "registry.yaml"
        registry.write_text(text, "utf-8")
        assume(validate(str(registry)).errors == 0)
        out = root / "out"
        for what in ("json", "xlsx"):
            assert main(["export", what, str(registry), "-o", str(out / f"r.{what}")]) == 0
        for notice_format in ("md", "html"):
            code = main(
                [
                    "export",
                    "notice",
                    str(registry),
                    "--format",
                    notice_format,
                    "-o",
                    str(out / "notices"),
                ]
            )
            assert code == 0
        _, err = capsys.readouterr()
        assert "Traceback" not in err


# ------------------------------------------------------------------ failures half way

# (command line after `ropa export`, with {out} for the output, file that must survive)
EXPORTS = {
    "json": (["json", "{registry}", "-o", "{out}/register.json"], "register.json"),
    "xlsx": (["xlsx", "{registry}", "-o", "{out}/register.xlsx"], "register.xlsx"),
    "pdf": (["pdf", "{registry}", "-o", "{out}/register.pdf"], "register.pdf"),
    "notice-md": (
        ["notice", "{registry}", "--notice", "careers", "--format", "md", "-o", "{out}"],
        "careers.en.md",
    ),
    "notice-html": (
        ["notice", "{registry}", "--notice", "careers", "--format", "html", "-o", "{out}"],
        "careers.en.html",
    ),
}


def _argv(name: str, out: Path) -> list[str]:
    arguments, _ = EXPORTS[name]
    return ["export", *(a.format(registry=LOHNWERK, out=out) for a in arguments)]


def _previous(out: Path, name: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    previous = out / EXPORTS[name][1]
    previous.write_bytes(b"the previous export, which must survive")
    return previous


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name[0] == ".")


def _export_while_replace_fails(
    name: str,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: Callable[[object], BaseException],
) -> tuple[int, str]:
    """Export `name` into `out`, which holds a previous export, while putting the file in
    place raises `error(target)`: the previous file survives and no temporary file stays.
    Returns the exit code and what was written to stderr."""
    previous = _previous(out, name)

    def failing(source: object, target: object) -> None:
        raise error(target)

    monkeypatch.setattr(os, "replace", failing)
    code = main(_argv(name, out))
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    assert previous.read_bytes() == b"the previous export, which must survive"
    assert _leftovers(out) == []
    return code, err


@pytest.mark.parametrize("name", list(EXPORTS))
def test_ctrl_c_while_the_file_is_put_in_place(
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, err = _export_while_replace_fails(
        name, tmp_path / "out", monkeypatch, capsys, lambda target: KeyboardInterrupt()
    )
    assert code == 130
    assert "interrupted" in err


@pytest.mark.parametrize("name", list(EXPORTS))
def test_a_disk_error_leaves_the_previous_file(
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, err = _export_while_replace_fails(
        name,
        tmp_path / "out",
        monkeypatch,
        capsys,
        lambda target: OSError(errno.ENOSPC, "No space left on device", str(target)),
    )
    assert code not in (0, 130)
    assert "No space left on device" in err
