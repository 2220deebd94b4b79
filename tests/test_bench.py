"""The benchmark keeps working: its registries are valid and its runner completes.

CI runs the benchmark at its smallest size through this test; timings are printed by
`python bench/run.py`, never asserted here.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from ropa.findings import Severity
from ropa.reference import uk_adequacy
from ropa.schema import schema
from ropa.validate import validate

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", BENCH / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_generated_registry_has_no_error(tmp_path: Path) -> None:
    out = tmp_path / "registry"
    _generator().generate(40, 7, out)
    assert len(list((out / "activities").glob("*.yaml"))) == 2  # N/20 activity files
    result = validate(str(out))
    assert result.problem is None
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    assert errors == [], "\n".join(f"{f.location}: {f.rule} {f.message}" for f in errors)
    registry = result.registry
    assert registry is not None
    assert len(registry.activities) == 40
    assert registry.languages == ("en", "fr")
    assert len(registry.data_subjects) == 20
    assert len(registry.data_categories) == 60


def test_generator_covers_every_transfer_mechanism(tmp_path: Path) -> None:
    out = tmp_path / "registry"
    _generator().generate(100, 1, out)
    result = validate(str(out))
    assert result.registry is not None
    mechanisms = {t.mechanism for r in result.registry.recipients for t in r.transfers}
    transfer = schema()["$defs"]["transfer"]["properties"]
    # The generated record is kept under the EU GDPR: the UK-only tools would be errors.
    assert mechanisms == set(transfer["mechanism"]["enum"]) - uk_adequacy.UK_ONLY_MECHANISMS
    assert result.errors == 0


def test_generator_is_deterministic(tmp_path: Path) -> None:
    generate = _generator().generate
    generate(40, 3, tmp_path / "a")
    generate(40, 3, tmp_path / "b")
    generate(40, 4, tmp_path / "c")
    first, second, other = (_tree(tmp_path / name) for name in ("a", "b", "c"))
    assert first == second
    assert first != other


def test_benchmark_runs_at_its_smallest_size(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--quick",
            "--keep",
            str(tmp_path / "work"),
            "--results",
            str(tmp_path / "latest.json"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "| measure | 100 activities" in run.stdout
    assert "check-jsonschema" in run.stdout
    assert "| target | measured | verdict |" in run.stdout
    assert "Traceback" not in run.stderr
    assert (tmp_path / "latest.json").exists()
