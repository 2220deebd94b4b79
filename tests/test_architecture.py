"""The structure holds: no import cycle anywhere in src/ropa, commands never import each
other, and nothing reaches up to the CLI."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "ropa"


def _modules() -> dict[str, Path]:
    modules = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts).removesuffix(".__init__")
        modules[name] = path
    return modules


def _type_checking_only(tree: ast.AST) -> set[int]:
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for statement in node.body:
                guarded.update(id(inner) for inner in ast.walk(statement))
    return guarded


def import_graph() -> dict[str, set[str]]:
    """Module → the modules of ours it imports, at any depth of the file (a function-level
    import is still a dependency), except under `if TYPE_CHECKING:`. `from pkg import x`
    depends on the module `pkg.x` when there is one, else on `pkg` itself; a package is not
    counted as a dependency merely because one of its submodules is imported."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guarded = _type_checking_only(tree)
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in guarded:
                continue
            if isinstance(node, ast.Import):
                wanted = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base_parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(base_parts + ([node.module] if node.module else []))
                else:
                    base = node.module or ""
                wanted = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            else:
                continue
            for target in wanted:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    targets.add(target)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_the_checker_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_in_src_ropa() -> None:
    found = cycles(import_graph())
    assert found == [], "import cycles: " + "; ".join(" <-> ".join(group) for group in found)


def _command(module: str) -> str | None:
    """The command a module belongs to (`ropa.commands.export.notice` → `export`)."""
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["ropa", "commands"] else None


def test_commands_never_import_each_other_and_nothing_imports_the_cli() -> None:
    wrong = []
    for module, targets in sorted(import_graph().items()):
        for target in sorted(targets):
            if target == "ropa.cli" and module != "ropa.__main__":
                wrong.append(f"{module} imports the CLI")
            inside = _command(module)
            if inside and target.startswith("ropa.commands") and _command(target) != inside:
                wrong.append(f"{module} imports {target}")
    assert wrong == []


# The jurisdiction is the one way in to the law's reference tables (home area, adequacy,
# authorities, Art. 8 ages); `ropa.i18n.format` reads the table of country short names,
# which is a matter of language, not of law.
_TABLE_READERS = {"ropa.reference.jurisdiction", "ropa.i18n.format"}


def test_no_rule_or_output_imports_a_reference_table() -> None:
    graph = import_graph()
    tables = {
        name
        for name in graph
        if name.startswith("ropa.reference.") and name != "ropa.reference.jurisdiction"
    }
    readers = sorted(
        f"{module} imports {table}"
        for module, targets in graph.items()
        if not module.startswith("ropa.reference") and module not in _TABLE_READERS
        for table in targets & tables
    )
    assert readers == []


# The packages whose modules read the resolved record (`ropa.record`) and nothing else of
# the registry, and the one module among them that loads past versions of the registry
# (through validation, as any command loads one) and builds each version's record.
RECORD_READERS = ("ropa.notices", "ropa.register", "ropa.history")
LOADERS = frozenset({"ropa.history.revision"})


def registry_reads(source: str) -> list[str]:
    """What in `source` reads the registry model instead of the record: importing
    `Registry` from `ropa.model` (for a type as well: a function taking a Registry reads
    it), importing `ropa.model_build`, or reading an attribute called `registry` (of a
    validation, a version, or a record as it was)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.ImportFrom) and node.module == "ropa.model":
            found += [f"{line}: imports Registry" for a in node.names if a.name == "Registry"]
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("ropa.model_build"):
            found.append(f"{line}: imports ropa.model_build")
        if isinstance(node, ast.Import):
            found += [
                f"{line}: imports {a.name}" for a in node.names if a.name == "ropa.model_build"
            ]
        if isinstance(node, ast.Attribute) and node.attr in ("registry", "Registry"):
            found.append(f"{line}: reads .{node.attr}")
    return found


def test_the_checker_sees_registry_reads() -> None:
    assert registry_reads("from ropa.model import Registry, Text") == ["1: imports Registry"]
    assert registry_reads("from ropa.model_build import build") == ["1: imports ropa.model_build"]
    assert registry_reads("x = record.registry.recipient('a')") == ["1: reads .registry"]
    assert registry_reads("import ropa.model\ny: ropa.model.Registry") == ["2: reads .Registry"]
    assert registry_reads("from ropa.model import Text\nrecord.entry('recipients', 'a')") == []


def _reads_the_record(module: str) -> bool:
    return any(module == p or module.startswith(f"{p}.") for p in RECORD_READERS)


def test_outputs_read_the_record_not_the_registry() -> None:
    """Notices, register and history read `ropa.record` only; loading versions is the
    history's loader's part, and it hands on records."""
    modules = _modules()
    assert modules.keys() >= LOADERS
    wrong = [
        f"{module} {read}"
        for module, path in sorted(modules.items())
        if _reads_the_record(module) and module not in LOADERS
        for read in registry_reads(path.read_text(encoding="utf-8"))
    ]
    assert wrong == [], "\n".join(wrong)


def test_the_record_does_not_carry_the_registry() -> None:
    from dataclasses import fields

    from ropa.record import Record

    assert "registry" not in {f.name for f in fields(Record)}
    assert not hasattr(Record, "registry")


# An authority's official names in the languages it uses are proper names, not our words.
_PROPER_NAMES = {"ropa.reference.authorities"}
_CATALOG_LANGUAGES = {"fr", "de", "es", "it", "nl"}


def test_no_per_language_word_table_in_python() -> None:
    """Every word of ours is in the catalogs: no dict in src/ropa is keyed by two or more of
    the catalogs' languages (the register's words once were, `{"en": ..., "fr": ...}`)."""
    tables = []
    for name, path in sorted(_modules().items()):
        if name in _PROPER_NAMES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                if len(keys & _CATALOG_LANGUAGES) >= 2:
                    tables.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert tables == []
