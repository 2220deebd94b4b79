"""The corpus of broken registries (tests/fixtures/invalid/cases.toml): one defect each.

Every case runs `ropa validate PATH` in-process from the corpus folder, so the file names
in the output are exactly those in the manifest. For each case: the exit code, no
traceback, and the format findings (ROPA0xx) are exactly the expected ones (rule, file,
line, column, message fragment). GDPR rule findings (ROPA1xx) are left to the rules' own
tests: a defect may legitimately change what they say.
"""

from __future__ import annotations

import json
import os
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ropa import cache
from ropa.cli import main
from ropa.validate import validate

CORPUS = Path(__file__).parent / "fixtures" / "invalid"
BASE = CORPUS / "_base" / "registry.yaml"
CASES: list[dict[str, Any]] = tomllib.loads((CORPUS / "cases.toml").read_text("utf-8"))["case"]


def _copy_case(name: str) -> Callable[[Path], None]:
    def setup(where: Path) -> None:
        shutil.copytree(CORPUS / name, where / name)

    return setup


def _symlink_loop(where: Path) -> None:
    registry = where / "registry"
    (registry / "sub").mkdir(parents=True)
    shutil.copy(BASE, registry / "registry.yaml")
    (registry / "sub" / "back").symlink_to("..")


def _symlink_loop_file(where: Path) -> None:
    registry = where / "registry"
    registry.mkdir()
    shutil.copy(BASE, registry / "registry.yaml")
    (registry / "a.yaml").symlink_to("b.yaml")
    (registry / "b.yaml").symlink_to("a.yaml")


def _dangling_link(where: Path) -> None:
    registry = where / "registry"
    registry.mkdir()
    shutil.copy(BASE, registry / "registry.yaml")
    (registry / "gone.yaml").symlink_to("moved-away.yaml")


SETUPS: dict[str, Callable[[Path], None]] = {
    "copy:duplicate-id-two-files": _copy_case("duplicate-id-two-files"),
    "symlink-loop": _symlink_loop,
    "symlink-loop-file": _symlink_loop_file,
    "dangling-link": _dangling_link,
    "empty-folder": lambda where: (where / "registry").mkdir(),
    "nothing": lambda where: None,
}


def _validate(
    case: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *args: str,
) -> tuple[int, str, str]:
    if "setup" in case:
        SETUPS[case["setup"]](tmp_path)
        monkeypatch.chdir(tmp_path)
    else:
        monkeypatch.chdir(CORPUS)
    code = main(["validate", case["path"], *args])
    out, err = capsys.readouterr()
    return code, out, err


def _format_findings(report: str) -> list[dict[str, Any]]:
    findings: list[dict[str, Any]] = json.loads(report)["findings"]
    return [f for f in findings if f["rule"].startswith("ROPA0")]


def _place(finding: dict[str, Any]) -> tuple[str, str, int, int]:
    return finding["rule"], finding["file"], finding["line"], finding["column"]


def test_the_corpus_is_large_and_every_case_is_listed() -> None:
    assert len(CASES) >= 40
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    listed = {case["path"].rstrip("/") for case in CASES if "setup" not in case}
    on_disk = {p.name for p in CORPUS.iterdir() if p.name not in ("_base", "cases.toml")}
    assert on_disk == listed, "every fixture has a manifest entry and every entry a fixture"


def test_the_base_every_case_starts_from_is_clean(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["validate", str(BASE), "--no-cache", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_case(
    case: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _validate(case, tmp_path, monkeypatch, capsys, "--no-cache", "-f", "json")
    assert "Traceback" not in err
    assert code == case["exit"], out + err
    if "stderr" in case:
        assert out == ""
        assert err == f"ropa: {case['stderr']}\n"
        return
    assert err == ""
    got = sorted(_format_findings(out), key=_place)
    want = sorted(case["findings"], key=_place)
    assert [_place(f) for f in got] == [_place(f) for f in want]
    for found, expected in zip(got, want, strict=True):
        assert expected["message"] in found["message"]
        assert found["message"].endswith(expected.get("message_end", ""))
        assert found["severity"] == "error"


@pytest.mark.parametrize(
    "case", [c for c in CASES if "findings" in c], ids=[c["name"] for c in CASES if "findings" in c]
)
def test_text_report_has_each_finding_on_its_line(
    case: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _validate(case, tmp_path, monkeypatch, capsys, "--no-cache")
    assert code == case["exit"]
    assert "Traceback" not in err
    lines = out.splitlines()
    for expected in case["findings"]:
        place = expected["file"]
        if expected["line"]:
            place += f":{expected['line']}:{expected['column']}"
        prefix = f"{place}: error[{expected['rule']}] "
        assert any(line.startswith(prefix) and expected["message"] in line for line in lines), (
            f"no line starting {prefix!r} in:\n{out}"
        )


def test_text_report_byte_for_byte(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(CORPUS)
    assert main(["validate", "syntax-unclosed-quote.yaml", "--no-cache"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert out == (
        "syntax-unclosed-quote.yaml:20:11: error[ROPA001] this quoted string is never closed: "
        'add the closing " (YAML stopped at line 80)\n'
        "1 error, 0 warnings, 0 notes in 1 file; GDPR rules run once these errors are fixed\n"
    )


def test_json_report_exactly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(CORPUS)
    assert main(["validate", "encoding-latin1.yaml", "--no-cache", "-f", "json"]) == 2
    assert json.loads(capsys.readouterr().out) == {
        "errors": 1,
        "warnings": 0,
        "findings": [
            {
                "rule": "ROPA002",
                "severity": "error",
                "message": "file is not valid UTF-8 (byte 0xe9): save it as UTF-8",
                "file": "encoding-latin1.yaml",
                "line": 15,
                "column": 49,
            }
        ],
    }


def test_the_cache_gives_the_same_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cold and warm cache runs report what a run without the cache reports."""
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    cache.cache_dir.cache_clear()
    monkeypatch.chdir(CORPUS)
    try:
        for case in CASES:
            if "setup" in case:
                continue
            fresh = validate(case["path"], use_cache=False)
            cold = validate(case["path"], use_cache=True)
            warm = validate(case["path"], use_cache=True)
            assert fresh.findings == cold.findings == warm.findings, case["name"]
            assert fresh.problem == cold.problem == warm.problem, case["name"]
    finally:
        cache.cache_dir.cache_clear()
    assert any(os.scandir(tmp_path / "cache"))
