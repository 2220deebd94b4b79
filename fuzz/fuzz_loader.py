"""Fuzz the registry loader and validator: any bytes in, findings out, never a crash.

    python fuzz/fuzz_loader.py --seconds 600

Two engines, one target (`check_one`):

* atheris (coverage-guided, libFuzzer), used when installed (`pip install atheris`).
  Extra arguments go to libFuzzer, e.g. `-jobs=4`; crashing inputs are saved as
  crash-<sha1> in the current folder.
* hypothesis otherwise, or with --hypothesis: random bytes and random edits of the seed
  registries, in batches until the time is up; failing inputs are saved as crash-*.yaml.

Seeds are the example registries and the corpus of broken ones under tests/fixtures. A
crash is any exception escaping the pipeline, or a result that breaks its contract (no
data and no finding). Resource limits are part of the contract: an input that makes one
check take more than --slow seconds is reported too.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ropa import integrity, schema  # noqa: E402
from ropa.model_build import build  # noqa: E402
from ropa.rules import RuleContext, run_rules  # noqa: E402
from ropa.yamlsource import parse  # noqa: E402

TODAY = date(2025, 12, 1)
SEED_FOLDERS = (ROOT / "tests" / "fixtures",)


def seeds() -> list[bytes]:
    found: list[bytes] = []
    for folder in SEED_FOLDERS:
        for path in sorted(folder.rglob("*.y*ml")):
            if path.is_file() and not path.is_symlink():
                found.append(path.read_bytes())
    return found


def check_one(raw: bytes) -> None:
    """The whole in-memory pipeline for one file: parse, schema, model, integrity, rules."""
    source = parse("fuzz.yaml", raw)
    if source.data is None and not source.findings:
        raise AssertionError("no data and no finding")
    source.schema_findings = schema.check_source(source)
    registry = build([source])
    integrity.check(registry)
    run_rules(registry, RuleContext(today=TODAY))


def _report(raw: bytes, started: float, slow: float) -> bool:
    """Run one input; print and keep it when it crashes or is slow. True when it failed."""
    try:
        check_one(raw)
    except Exception:
        name = f"crash-{abs(hash(raw)):x}.yaml"
        Path(name).write_bytes(raw)
        sys.stderr.write(f"\nCRASH, input saved as {name}:\n{traceback.format_exc()}\n")
        return True
    elapsed = time.perf_counter() - started
    if elapsed > slow:
        name = f"slow-{abs(hash(raw)):x}.yaml"
        Path(name).write_bytes(raw)
        sys.stderr.write(f"\nSLOW ({elapsed:.1f} s), input saved as {name}\n")
    return False


def run_atheris(seconds: float, argv: list[str]) -> None:
    import tempfile

    import atheris

    corpus = Path(tempfile.mkdtemp(prefix="ropa-fuzz-corpus-"))
    for index, raw in enumerate(seeds()):
        (corpus / f"seed-{index}.yaml").write_bytes(raw)

    def one_input(data: bytes) -> None:
        check_one(data)

    atheris.instrument_all()
    atheris.Setup(
        [sys.argv[0], f"-max_total_time={int(seconds)}", "-rss_limit_mb=2048", *argv, str(corpus)],
        one_input,
    )
    atheris.Fuzz()


def run_hypothesis(seconds: float, slow: float) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    seed_texts = [raw.decode("utf-8", errors="replace") for raw in seeds()]

    @st.composite
    def edited(draw: st.DrawFn) -> bytes:
        text = draw(st.sampled_from(seed_texts))
        for _ in range(draw(st.integers(min_value=1, max_value=6))):
            at = draw(st.integers(min_value=0, max_value=len(text)))
            kind = draw(st.integers(min_value=0, max_value=4))
            if kind == 0:
                end = draw(st.integers(min_value=at, max_value=min(len(text), at + 80)))
                text = text[:at] + text[end:]
            elif kind == 1:
                text = text[:at] + draw(st.text(max_size=8)) + text[at:]
            elif kind == 2:
                text = (
                    text[:at]
                    + draw(
                        st.sampled_from(
                            [
                                ":",
                                "- ",
                                "[",
                                "]",
                                "{",
                                "}",
                                "&a ",
                                "*a",
                                "<<: ",
                                "!!",
                                "\t",
                                "\n  ",
                                "'",
                                '"',
                                "#",
                                "---\n",
                                "? ",
                                "|",
                                ">",
                            ]
                        )
                    )
                    + text[at:]
                )
            elif kind == 3:
                start = draw(st.integers(min_value=0, max_value=len(text)))
                text = text[:at] + text[start : start + 200] + text[at:]
            else:
                text = text[:at]
        return text.encode("utf-8", errors="surrogatepass")

    inputs = st.one_of(edited(), st.binary(max_size=4096))
    failures: list[bytes] = []

    @settings(
        max_examples=200,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs)
    def batch(raw: bytes) -> None:
        if _report(raw, time.perf_counter(), slow):
            failures.append(raw)

    deadline = time.monotonic() + seconds
    batches = 0
    while time.monotonic() < deadline:
        batch()
        batches += 1
    sys.stdout.write(f"{batches * 200} inputs in {seconds:.0f} s, {len(failures)} failures\n")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="how long to fuzz")
    parser.add_argument("--slow", type=float, default=5.0, help="report inputs slower than this")
    engine = parser.add_mutually_exclusive_group()
    engine.add_argument("--atheris", action="store_true", help="use atheris (libFuzzer)")
    engine.add_argument("--hypothesis", action="store_true", help="use hypothesis")
    args, rest = parser.parse_known_args(argv)
    if args.atheris or (not args.hypothesis and _has_atheris()):
        run_atheris(args.seconds, rest)
        return 0
    return run_hypothesis(args.seconds, args.slow)


def _has_atheris() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
