"""Resource attacks are refused with a clear finding, quickly and in bounded memory.

Each attack is parsed under tracemalloc; the test asserts the rule, message and position,
and a generous bound on the Python heap's peak. Times are measured and printed (run with
`pytest -s tests/test_resource_limits.py` to see them) but not asserted: CI machines vary.
libyaml's own buffers are C allocations that tracemalloc does not see; they are bounded by
the 8 MiB input limit.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ropa.cli import main
from ropa.load import load, read_source
from ropa.yamlsource import (
    MAX_ALIAS_EXPANSION,
    MAX_ALIAS_TEXT,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    SourceFile,
    parse,
)

# Far above what any of these inputs needs once refused, far below what they would need if
# they were expanded (the billion laughs alone would need tens of gigabytes).
PEAK_BOUND = 64 * 1024 * 1024


def _billion_laughs() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def _text_blowup() -> bytes:
    # One 1 MiB text, aliased 1 000 times: a 1 MiB file that would expand to 1 GiB.
    return b"a: &text " + b"x" * (1024 * 1024) + b"\nb: [" + b", ".join([b"*text"] * 1000) + b"]\n"


def _deep_block_mappings(levels: int) -> bytes:
    return "".join("  " * level + "a:\n" for level in range(levels)).encode()


@dataclass(frozen=True)
class Attack:
    build: Callable[[], bytes]
    rule: str
    message: str
    line: int
    column: int


ATTACKS: dict[str, Attack] = {
    "billion-laughs": Attack(
        _billion_laughs,
        "ROPA005",
        f"aliases expand to too many values (more than {MAX_ALIAS_EXPANSION:,})",
        6,
        8,
    ),
    "alias-text-blowup": Attack(
        _text_blowup,
        "ROPA005",
        f"aliases expand to too much text (more than {MAX_ALIAS_TEXT:,} characters)",
        2,
        68,
    ),
    "deep-flow-sequences": Attack(
        lambda: b"a: " + b"[" * 1_000_000 + b"]" * 1_000_000,
        "ROPA005",
        f"nesting deeper than {MAX_DEPTH} levels",
        1,
        3 + MAX_DEPTH,
    ),
    "deep-flow-mappings": Attack(
        lambda: b"a: " + b"{a: " * 200_000 + b"}" * 200_000,
        "ROPA005",
        f"nesting deeper than {MAX_DEPTH} levels",
        1,
        4 * MAX_DEPTH,
    ),
    "deep-block-mappings": Attack(
        lambda: _deep_block_mappings(2_000),
        "ROPA005",
        f"nesting deeper than {MAX_DEPTH} levels",
        MAX_DEPTH + 1,
        2 * MAX_DEPTH + 1,
    ),
    "deep-block-sequences": Attack(
        lambda: b"- " * 1_000_000 + b"x\n",
        "ROPA005",
        f"nesting deeper than {MAX_DEPTH} levels",
        1,
        2 * MAX_DEPTH + 1,
    ),
    "file-over-the-size-limit": Attack(
        lambda: b"a: " + b"x" * MAX_FILE_BYTES,
        "ROPA005",
        f"file is {MAX_FILE_BYTES + 3:,} bytes, over the 8 MiB limit",
        1,
        1,
    ),
}


def _measure(run: Callable[[], SourceFile]) -> tuple[SourceFile, float, int]:
    tracemalloc.start()
    try:
        started = time.perf_counter()
        source = run()
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return source, elapsed, peak


@pytest.mark.parametrize("name", list(ATTACKS), ids=list(ATTACKS))
def test_attack_is_refused(name: str) -> None:
    attack = ATTACKS[name]
    raw = attack.build()
    source, elapsed, peak = _measure(lambda: parse("attack.yaml", raw))
    print(
        f"\n{name}: {len(raw):,} bytes refused in {elapsed * 1000:.0f} ms, "
        f"Python heap peak {peak / 1e6:.1f} MB"
    )
    assert source.data is None
    assert len(source.findings) == 1
    finding = source.findings[0]
    assert finding.rule == attack.rule
    assert attack.message in finding.message
    assert (finding.location.line, finding.location.column) == (attack.line, attack.column)
    assert peak < PEAK_BOUND


def test_a_huge_file_is_refused_without_being_read(tmp_path: Path) -> None:
    """A 1 GiB file (sparse: it costs no disk) is refused after reading at most 8 MiB."""
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as stream:
        stream.truncate(1024 * 1024 * 1024)
    source, elapsed, peak = _measure(lambda: read_source(str(path)))
    print(f"\n1 GiB file refused in {elapsed * 1000:.0f} ms, Python heap peak {peak / 1e6:.1f} MB")
    assert [f.rule for f in source.findings] == ["ROPA005"]
    assert "file is 1,073,741,824 bytes, over the 8 MiB limit" in source.findings[0].message
    assert peak < 2 * MAX_FILE_BYTES


def test_a_huge_file_bypasses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ropa import cache

    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    cache.cache_dir.cache_clear()
    try:
        path = tmp_path / "registry" / "huge.yaml"
        path.parent.mkdir()
        with open(path, "wb") as stream:
            stream.truncate(100 * 1024 * 1024)
        loaded = load(str(path.parent), use_cache=True)
    finally:
        cache.cache_dir.cache_clear()
    assert [f.rule for f in loaded.findings] == ["ROPA005"]
    assert not (tmp_path / "cache").exists()


def test_the_size_limit_is_inclusive() -> None:
    """A file of exactly 8 MiB is parsed, not refused."""
    raw = b"a: " + b"x" * (MAX_FILE_BYTES - 4) + b"\n"
    assert len(raw) == MAX_FILE_BYTES
    source = parse("big.yaml", raw)
    assert source.findings == []
    assert source.data == {"a": "x" * (MAX_FILE_BYTES - 4)}


def test_nesting_up_to_the_limit_is_accepted() -> None:
    source = parse("deep.yaml", b"a: " + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1))
    assert source.findings == []


def test_aliases_within_the_budget_are_accepted() -> None:
    raw = b"a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: [" + b", ".join([b"*a"] * 1000) + b"]\n"
    source = parse("aliases.yaml", raw)
    assert source.findings == []
    assert len(source.data["b"]) == 1000


def test_a_number_too_long_to_convert_stays_text() -> None:
    # Python refuses to convert integers of more than 4 300 digits: kept as a string.
    source = parse("digits.yaml", b"a: " + b"9" * 100_000 + b"\n")
    assert source.findings == []
    assert source.data == {"a": "9" * 100_000}


@pytest.mark.parametrize("name", ["billion-laughs", "deep-flow-sequences"])
def test_cli_reports_an_attack_without_traceback(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "attack.yaml"
    path.write_bytes(ATTACKS[name].build())
    assert main(["validate", str(path), "--no-cache"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert f"{path}:{ATTACKS[name].line}:{ATTACKS[name].column}: error[ROPA005] " in out
