"""Benchmark `ropa` against the check a user would otherwise put in pre-commit.

    python bench/run.py                      # 100, 1,000 and 10,000 activities, 5 runs
    python bench/run.py --quick              # 100 activities, 1 run (what CI runs)
    python bench/run.py --update-docs        # also rewrite the table in docs/performance.md

Every measure is a fresh child process, started through a small launcher that times
it with time.perf_counter (wall clock, so start-up and imports count, as a user feels
them) and reports its peak memory (ru_maxrss) and CPU time. Each measure runs --runs
times and the median is reported. A measure whose runs add up to more than --budget
seconds stops early (at least one run always happens); the table then says how many
runs it took.

Measures, for each size (a registry from bench/generate.py, seed 1):
  cold         `ropa validate DIR` with a new, empty ROPA_CACHE_DIR each run
  warm         the same, cache filled, nothing changed
  one changed  the same, after editing one activity file (a review date) before each run
  peer         `check-jsonschema --schemafile schemas/ropa.schema.json FILE...` over the
               same files: schema checks only, no references, no GDPR rules; it keeps no
               cache for a local schema file, so every run parses every file
  peer, one    the same over the changed file only (what pre-commit would pass it)
and once: `ropa --version`, `ropa validate --help`, and `ropa export xlsx|pdf|notice`
on the 1,000-activity registry (the smallest size with --quick). A command that fails
or does not exist is recorded as "n/a (reason)" and the run carries on.
Results go to bench/results/latest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

SCHEMA = ROOT / "schemas" / "ropa.schema.json"
RESULTS = HERE / "results" / "latest.json"
DOCS = ROOT / "docs" / "performance.md"
DOCS_START = "<!-- bench:start -->"
DOCS_END = "<!-- bench:end -->"
SEED = 1
TIMEOUT = 600.0


# ------------------------------------------------------------------ running children


@dataclass
class Sample:
    seconds: float
    cpu: float | None
    max_rss_kib: int | None
    returncode: int
    output: str


@dataclass
class Measure:
    """The runs of one command: medians, or the reason there are none."""

    name: str
    command: str
    runs: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    max_rss_kib: int | None = None
    error: str | None = None
    note: str | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.runs) if self.runs else None


def _console_script(name: str) -> list[str] | None:
    """The console script next to this interpreter (the venv's), else on PATH."""
    suffix = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.exists():
        return [str(beside)]
    found = shutil.which(name)
    return [found] if found else None


# A small launcher between this process and the measured one. On Linux a child's
# ru_maxrss starts from its parent's resident size at fork, so measuring from here
# would charge the benchmark's own memory to `ropa --version`; the launcher is a
# fresh interpreter of about 10 MiB, so what it reports is the command's own peak.
# It also times the command itself, so its own start-up is not counted.
_LAUNCHER = """
import json, os, resource, subprocess, sys, time
report, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
try:
    code = subprocess.call(argv)
except OSError as exc:
    code = 127
    sys.stdout.write("cannot start %s: %s\\n" % (argv[0], exc.strerror))
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
rss = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
with open(report, "w") as stream:
    json.dump({"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime,
               "max_rss_kib": rss, "returncode": code}, stream)
"""


def _stop(child: subprocess.Popen[bytes], group: bool) -> None:
    """Kill the launcher and what it started (it leads its own process group)."""
    if group:
        import signal

        os.killpg(child.pid, signal.SIGKILL)
    else:  # pragma: no cover - Windows
        child.kill()
    child.wait()


def _run_child(argv: list[str], env: dict[str, str], cwd: Path) -> Sample:
    """Run one command through the launcher; stop it (and what it started) on timeout."""
    try:
        import resource  # noqa: F401  (Unix only)

        measured = True
    except ImportError:  # pragma: no cover - Windows: wall time only
        measured = False
    with tempfile.TemporaryFile() as out, tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [sys.executable, "-c", _LAUNCHER, str(report), *argv] if measured else argv
        start = time.perf_counter()
        try:
            child = subprocess.Popen(
                command,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                start_new_session=measured,
            )
        except OSError as exc:
            return Sample(0.0, None, None, 127, f"cannot start {argv[0]}: {exc.strerror}")
        timed_out = False
        try:
            child.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            timed_out = True
            _stop(child, measured)
        except BaseException:  # interrupted or killed: stop the measured command too
            _stop(child, measured)
            raise
        seconds = time.perf_counter() - start
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
        if timed_out:
            return Sample(seconds, None, None, -9, f"timed out after {TIMEOUT:.0f} s")
        if not measured:  # pragma: no cover
            return Sample(seconds, None, None, child.returncode, output)
        try:
            data = json.loads(report.read_text())
        except (OSError, ValueError):
            return Sample(
                seconds,
                None,
                None,
                child.returncode or 1,
                output + "\nthe launcher wrote no report",
            )
    return Sample(
        float(data["seconds"]),
        float(data["cpu"]),
        int(data["max_rss_kib"]),
        int(data["returncode"]),
        output,
    )


def _reason(sample: Sample) -> str:
    lines = [line.strip() for line in sample.output.strip().splitlines() if line.strip()]
    last = lines[-1] if lines else f"exit {sample.returncode}"
    if "No such command" in sample.output:
        last = "command not available yet"
    last = re.sub(r"\s+", " ", last)
    return last if len(last) <= 90 else last[:87] + "..."


def measure(
    name: str,
    argv: list[str] | None,
    runs: int,
    budget: float,
    env: dict[str, str] | None = None,
    before: Any = None,
    ok_codes: tuple[int, ...] = (0,),
    check: Any = None,
) -> Measure:
    """Run `argv` up to `runs` times (calling `before(i)` first) and keep the timings."""
    result = Measure(
        name, " ".join(Path(a).name if i == 0 else a for i, a in enumerate(argv or []))
    )
    if argv is None:
        result.error = "n/a (command not installed)"
        return result
    spent = 0.0
    rss: list[int] = []
    for index in range(runs):
        if index and spent > budget:
            break
        extra = before(index) if before else None
        child_env = dict(env or os.environ)
        if extra:
            child_env.update(extra)
        sample = _run_child(argv, child_env, ROOT)
        spent += sample.seconds
        if sample.returncode not in ok_codes or "Traceback (most recent call last)" in (
            sample.output
        ):
            result.error = f"n/a ({_reason(sample)})"
            break
        if check is not None:
            problem = check(sample)
            if problem:
                result.note = problem
        result.runs.append(sample.seconds)
        if sample.cpu is not None:
            result.cpu.append(sample.cpu)
        if sample.max_rss_kib is not None:
            rss.append(sample.max_rss_kib)
    result.max_rss_kib = max(rss) if rss else None
    sys.stderr.write(
        f"  {name}: {_cell_time(result, runs)}"
        f"{'' if result.max_rss_kib is None else ', ' + _mib(result.max_rss_kib)}\n"
    )
    return result


# ------------------------------------------------------------------ machine


def revision() -> str | None:
    """The commit measured (with "+changes" when the work tree differs from it)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            text=True,
            capture_output=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "src"],
            cwd=ROOT,
            text=True,
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+changes" if dirty.strip() else "")


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    versions = {}
    from importlib import metadata

    for package in (
        "ropa",
        "check-jsonschema",
        "jsonschema",
        "ruamel.yaml",
        "ruamel.yaml.clib",
        "typer",
    ):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {
        "cpu": cpu,
        "cores": usable,
        "ram_gib": ram,
        "python": platform.python_version(),
        "os": platform.platform(),
        "load_average_1min_at_start": load,
        "versions": versions,
        "date": date.today().isoformat(),
    }


# ------------------------------------------------------------------ the benchmark


def _edit_one(path: Path) -> Any:
    """Before run i, change the first review date of `path`: a real, valid edit."""
    original = path.read_text(encoding="utf-8")

    def before(index: int) -> None:
        day = (generate.REFERENCE_DATE - timedelta(days=index % 60 + 1)).isoformat()
        text, count = re.subn(
            r"last_reviewed: \d{4}-\d{2}-\d{2}", f"last_reviewed: {day}", original, count=1
        )
        if not count:
            text = original + f"# edit {index}\n"
        path.write_text(text, encoding="utf-8")

    return before


def _validate_check(sample: Sample) -> str | None:
    """ropa must find no error in generated registries; note it if it does."""
    summary = sample.output.strip().splitlines()[-1] if sample.output.strip() else ""
    return None if sample.returncode == 0 else f"validate said: {summary}"


def bench_size(
    size: int, runs: int, budget: float, work: Path, ropa: list[str] | None, peer: list[str] | None
) -> dict[str, Any]:
    sys.stderr.write(f"{size:,} activities\n")
    registry = work / f"registry-{size}"
    generate.generate(size, SEED, registry)
    files = sorted(str(p) for p in registry.rglob("*.yaml"))
    activity_files = sorted(p for p in registry.glob("activities/*.yaml"))
    changed = activity_files[len(activity_files) // 2]
    base_env = dict(os.environ)
    cold_dirs: list[Path] = []

    def fresh_cache(index: int) -> dict[str, str]:
        directory = Path(tempfile.mkdtemp(prefix="cold-", dir=work))
        cold_dirs.append(directory)
        return {"ROPA_CACHE_DIR": str(directory)}

    validate = None if ropa is None else [*ropa, "validate", str(registry)]
    ok = (0, 1)  # 1 = findings at error level: timed anyway, and noted
    results: dict[str, Measure] = {}
    results["cold"] = measure(
        "ropa validate, cold", validate, runs, budget, base_env, fresh_cache, ok, _validate_check
    )
    for directory in cold_dirs:
        shutil.rmtree(directory, ignore_errors=True)
    warm_dir = work / f"cache-{size}"
    warm_env = {**base_env, "ROPA_CACHE_DIR": str(warm_dir)}
    if validate is not None:
        _run_child(validate, warm_env, ROOT)  # fill the cache
    results["warm"] = measure(
        "ropa validate, warm", validate, runs, budget, warm_env, None, ok, _validate_check
    )
    results["one_changed"] = measure(
        "ropa validate, one file changed",
        validate,
        runs,
        budget,
        warm_env,
        _edit_one(changed),
        ok,
        _validate_check,
    )
    peer_all = None if peer is None else [*peer, "--schemafile", str(SCHEMA), *files]
    peer_one = None if peer is None else [*peer, "--schemafile", str(SCHEMA), str(changed)]
    results["peer"] = measure("check-jsonschema, all files", peer_all, runs, budget, base_env)
    results["peer_one"] = measure(
        "check-jsonschema, the changed file", peer_one, runs, budget, base_env
    )
    shutil.rmtree(warm_dir, ignore_errors=True)
    return {
        "activities": size,
        "files": len(files),
        "bytes": sum(Path(f).stat().st_size for f in files),
        "measures": {
            key: asdict(value) | {"median": value.median} for key, value in results.items()
        },
    }


def bench_once(
    runs: int,
    budget: float,
    work: Path,
    ropa: list[str] | None,
    export_size: int,
    exports: bool,
    pdf_large: int = 0,
) -> dict[str, Any]:
    sys.stderr.write("start-up\n")
    measures: dict[str, Measure] = {}
    measures["version"] = measure(
        "ropa --version", None if ropa is None else [*ropa, "--version"], runs, budget
    )
    measures["validate_help"] = measure(
        "ropa validate --help",
        None if ropa is None else [*ropa, "validate", "--help"],
        runs,
        budget,
    )
    if exports:
        sys.stderr.write(f"exports at {export_size:,} activities\n")
        registry = work / f"registry-{export_size}"
        if not registry.exists():
            generate.generate(export_size, SEED, registry)
        out = work / "exports"
        out.mkdir(exist_ok=True)
        env = {**os.environ, "ROPA_CACHE_DIR": str(work / "cache-exports")}
        for what, target in (
            ("xlsx", out / "register.xlsx"),
            ("pdf", out / "register.pdf"),
            ("notice", out / "notices"),
        ):
            argv = (
                None if ropa is None else [*ropa, "export", what, str(registry), "-o", str(target)]
            )
            measures[f"export_{what}"] = measure(f"ropa export {what}", argv, runs, budget, env)
    if pdf_large:
        # once: at 10,000 activities one Typst compilation takes minutes and ~18 GB
        sys.stderr.write(f"pdf at {pdf_large:,} activities, once\n")
        registry = work / f"registry-{pdf_large}"
        if not registry.exists():
            generate.generate(pdf_large, SEED, registry)
        env = {**os.environ, "ROPA_CACHE_DIR": str(work / "cache-exports")}
        target = work / "exports-large.pdf"
        argv = None if ropa is None else [*ropa, "export", "pdf", str(registry), "-o", str(target)]
        measures["export_pdf_large"] = measure("ropa export pdf (large)", argv, 1, 0.0, env)
    return {
        "export_activities": export_size if exports else None,
        "pdf_large_activities": pdf_large or None,
        "measures": {
            key: asdict(value) | {"median": value.median} for key, value in measures.items()
        },
    }


# ------------------------------------------------------------------ reporting


def _seconds(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value < 10:
        return f"{value:.2f} s"
    return f"{value:.1f} s"


def _mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.0f} MiB"


def _cell_time(m: Measure | dict[str, Any], runs: int) -> str:
    data = asdict(m) | {"median": m.median} if isinstance(m, Measure) else m
    if data.get("error"):
        return str(data["error"])
    text = _seconds(data["median"])
    if data.get("cpu"):
        text += f" ({statistics.median(data['cpu']):.2f})"
    if len(data["runs"]) < runs:
        text += f" (n={len(data['runs'])})"
    if data.get("note"):
        text += " ⚠"
    return text


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "n/a"
    return f"{a / b:.2f}×"


def _median(result: dict[str, Any], key: str) -> float | None:
    measure_ = result["measures"].get(key)
    return None if measure_ is None or measure_.get("error") else measure_["median"]


def table(report: dict[str, Any]) -> str:
    runs = report["runs"]
    sizes = report["sizes"]
    head = (
        "| measure | "
        + " | ".join(f"{s['activities']:,} activities ({s['files']} files)" for s in sizes)
        + " |"
    )
    rule = "|---|" + "---:|" * len(sizes)
    rows = [head, rule]

    def row(label: str, cells: list[str]) -> None:
        rows.append(f"| {label} | " + " | ".join(cells) + " |")

    def m(size: dict[str, Any], key: str) -> dict[str, Any]:
        return dict(size["measures"][key])

    row("ropa validate, cold (new files)", [_cell_time(m(s, "cold"), runs) for s in sizes])
    row("ropa validate, warm (nothing changed)", [_cell_time(m(s, "warm"), runs) for s in sizes])
    row("ropa validate, one file changed", [_cell_time(m(s, "one_changed"), runs) for s in sizes])
    row("**peer**: check-jsonschema, all files", [_cell_time(m(s, "peer"), runs) for s in sizes])
    row("ratio ropa cold / peer", [_ratio(_median(s, "cold"), _median(s, "peer")) for s in sizes])
    row(
        "ratio ropa one changed / peer",
        [_ratio(_median(s, "one_changed"), _median(s, "peer")) for s in sizes],
    )
    row("peer on the changed file only", [_cell_time(m(s, "peer_one"), runs) for s in sizes])
    row("peak memory, ropa validate cold", [_mib(m(s, "cold")["max_rss_kib"]) for s in sizes])
    row("peak memory, check-jsonschema", [_mib(m(s, "peer")["max_rss_kib"]) for s in sizes])
    once = report["once"]["measures"]
    lines = ["\n".join(rows), "", "| command | median | peak memory |", "|---|---:|---:|"]
    export_size = report["once"].get("export_activities")
    for key, label in (
        ("version", "ropa --version"),
        ("validate_help", "ropa validate --help"),
        ("export_xlsx", f"ropa export xlsx, {export_size or 0:,} activities"),
        ("export_pdf", f"ropa export pdf, {export_size or 0:,} activities"),
        ("export_notice", f"ropa export notice, {export_size or 0:,} activities"),
        (
            "export_pdf_large",
            f"ropa export pdf, {report['once'].get('pdf_large_activities') or 0:,} activities",
        ),
    ):
        if key in once:
            lines.append(
                f"| {label} | {_cell_time(once[key], runs)} | {_mib(once[key]['max_rss_kib'])} |"
            )
    notes = [
        f"{s['activities']:,} activities, {key}: {s['measures'][key]['note']}"
        for s in sizes
        for key in s["measures"]
        if s["measures"][key].get("note")
    ]
    if notes:
        lines += ["", "⚠ " + "; ".join(notes)]
    return "\n".join(lines)


def targets(report: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(target, figure, met/missed, detail) for each target of issue 6."""
    by_size = {s["activities"]: s for s in report["sizes"]}
    once = report["once"]["measures"]
    result: list[tuple[str, str, str, str]] = []

    def verdict(ok: bool | None) -> str:
        return "n/a" if ok is None else "met" if ok else "**missed**"

    def add(label: str, value: float | None, limit: float, unit: str = "s") -> None:
        figure = (
            "n/a" if value is None else (_seconds(value) if unit == "s" else f"{value:.0f} {unit}")
        )
        result.append((label, figure, verdict(None if value is None else value <= limit), ""))

    for key, label in (
        ("version", "`ropa --version` ≤ 0.25 s"),
        ("validate_help", "`ropa validate --help` ≤ 0.25 s"),
    ):
        m = once.get(key)
        add(label, None if not m or m.get("error") else m["median"], 0.25)
    k1 = by_size.get(1000)
    if k1:
        one, peer = _median(k1, "one_changed"), _median(k1, "peer")
        ok = None if one is None or peer is None else one <= 0.5 * peer and one <= 1.0
        result.append(
            (
                "validate 1,000, one file changed ≤ 0.5 × peer and ≤ 1 s",
                f"{_seconds(one)} = {_ratio(one, peer)} peer",
                verdict(ok),
                "",
            )
        )
        add("validate 1,000, nothing changed ≤ 0.3 s", _median(k1, "warm"), 0.3)
    k10 = by_size.get(10000)
    if k10:
        add("validate 10,000, cold ≤ 10 s", _median(k10, "cold"), 10.0)
        rss = k10["measures"]["cold"]["max_rss_kib"]
        add(
            "validate 10,000, cold, peak memory ≤ 1 GB",
            None if rss is None else rss * 1024 / 1e6,
            1000,
            "MB",
        )
    for key, label, limit in (
        ("export_xlsx", "export xlsx, 1,000 ≤ 3 s", 3.0),
        ("export_pdf", "export pdf, 1,000 ≤ 15 s", 15.0),
    ):
        m = once.get(key)
        if m is None:
            continue
        if report["once"].get("export_activities") != 1000:
            label = label.replace("1,000", f"{report['once']['export_activities']:,}")
        if m.get("error"):
            result.append((label, m["error"], "n/a", ""))
        else:
            add(label, m["median"], limit)
    if k1 and k10:
        for key, name in (("cold", "cold"), ("warm", "warm"), ("one_changed", "one changed")):
            a, b = _median(k1, key), _median(k10, key)
            growth = None if a is None or b is None else b / a
            result.append(
                (
                    f"linear: validate {name}, 10,000 / 1,000 ≤ about 10×",
                    "n/a" if growth is None else f"{growth:.1f}×",
                    verdict(None if growth is None else growth <= 11.0),
                    "",
                )
            )
    return result


def targets_table(report: dict[str, Any]) -> str:
    lines = ["| target | measured | verdict |", "|---|---:|---|"]
    lines += [f"| {t} | {figure} | {verdict} |" for t, figure, verdict, _ in targets(report)]
    return "\n".join(lines)


def machine_line(report: dict[str, Any]) -> str:
    mach = report["machine"]
    v = mach["versions"]
    load = mach["load_average_1min_at_start"]
    return (
        f"{mach['cpu']}, {mach['cores']} cores, {mach['ram_gib']} GiB RAM; {mach['os']}; "
        f"Python {mach['python']}; ropa {v.get('ropa')}, check-jsonschema "
        f"{v.get('check-jsonschema')} (jsonschema {v.get('jsonschema')}), ruamel.yaml "
        f"{v.get('ruamel.yaml')}; load average at start {load:.2f}; run on {mach['date']}; "
        f"{report['runs']} runs per measure, median; commands run as {report['ropa_command']}; "
        f"ropa at revision {report.get('revision') or 'unknown'}."
        if load is not None
        else f"{mach['cpu']}, {mach['cores']} cores, {mach['ram_gib']} GiB RAM; {mach['os']}; "
        f"Python {mach['python']}; run on {mach['date']}."
    )


def markdown(report: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"Machine: {machine_line(report)}",
            "",
            f"Reproduce: `{report['command']}`",
            "",
            "Cells: median wall-clock time of the runs, as a user waits for it (in brackets: "
            "median CPU time, user + sys, which other load on the machine disturbs less); "
            "(n=…) when fewer runs fit the time budget.",
            "",
            table(report),
            "",
            targets_table(report),
        ]
    )


def update_docs(report: dict[str, Any]) -> None:
    text = (
        DOCS.read_text(encoding="utf-8")
        if DOCS.exists()
        else (f"# Performance\n\n{DOCS_START}\n{DOCS_END}\n")
    )
    if DOCS_START not in text or DOCS_END not in text:
        text += f"\n{DOCS_START}\n{DOCS_END}\n"
    before, rest = text.split(DOCS_START, 1)
    _, after = rest.split(DOCS_END, 1)
    DOCS.write_text(
        f"{before}{DOCS_START}\n{markdown(report)}\n{DOCS_END}{after}", encoding="utf-8"
    )


# ------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    global TIMEOUT
    import signal

    # `kill` ends the benchmark like Ctrl-C: the measured command is stopped with it
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description="Benchmark ropa validate and exports.")
    parser.add_argument(
        "--sizes",
        default="100,1000,10000",
        help="activity counts, comma-separated (default 100,1000,10000)",
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (default 5)")
    parser.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="seconds after which a measure stops adding runs (default 120)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="smallest size only, one run: the CI smoke test"
    )
    parser.add_argument(
        "--export-size",
        type=int,
        default=1000,
        help="activities for the export measures (default 1000)",
    )
    parser.add_argument(
        "--pdf-large",
        type=int,
        default=0,
        help="also time one `ropa export pdf` at this many activities (10000: ~5 min, ~18 GB)",
    )
    parser.add_argument(
        "--no-exports",
        action="store_true",
        help="skip the export measures (--quick skips them too)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT,
        help=f"seconds before one run is stopped (default {TIMEOUT:.0f})",
    )
    parser.add_argument(
        "--update-docs",
        action="store_true",
        help="rewrite the results section of docs/performance.md",
    )
    parser.add_argument(
        "--results",
        type=Path,
        default=RESULTS,
        help="where to write the JSON results (default bench/results/latest.json)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="work in this folder and keep it (registries, caches, exports)",
    )
    args = parser.parse_args(argv)
    try:
        sizes = sorted(
            {int(s.replace("_", "").replace(",", "")) for s in args.sizes.split(",") if s.strip()}
        )
    except ValueError:
        parser.error("--sizes takes numbers such as 100,1000,10000")
    runs = max(1, args.runs)
    export_size = args.export_size
    exports = not args.no_exports
    if args.quick:
        sizes, runs, exports = sizes[:1], 1, False
    TIMEOUT = args.timeout
    ropa = _console_script("ropa")
    ropa_command = "the ropa console script"
    if ropa is None:
        ropa, ropa_command = [sys.executable, "-m", "ropa"], "python -m ropa"
    peer = _console_script("check-jsonschema")
    command = "python bench/run.py" + ("" if not argv else " " + " ".join(argv))
    if argv is None and len(sys.argv) > 1:
        command = "python bench/run.py " + " ".join(sys.argv[1:])
    report: dict[str, Any] = {
        "command": command,
        "runs": runs,
        "seed": SEED,
        "ropa_command": ropa_command,
        "machine": machine(),
        "revision": revision(),
    }
    work_context = tempfile.TemporaryDirectory(prefix="ropa-bench-") if args.keep is None else None
    work = Path(work_context.name) if work_context else args.keep
    work.mkdir(parents=True, exist_ok=True)
    try:
        report["sizes"] = [bench_size(size, runs, args.budget, work, ropa, peer) for size in sizes]
        report["once"] = bench_once(
            runs, args.budget, work, ropa, export_size, exports, args.pdf_large
        )
    finally:
        if work_context:
            work_context.cleanup()
    end = revision()
    if end != report["revision"]:
        report["revision"] = f"{report['revision']}..{end} (the code changed during the run)"
    if hasattr(os, "getloadavg"):
        report["machine"]["load_average_1min_at_end"] = os.getloadavg()[0]
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(markdown(report) + "\n")
    if args.update_docs:
        update_docs(report)
        sys.stderr.write(f"updated {DOCS.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
