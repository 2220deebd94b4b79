"""The validation pipeline: load → schema → model → integrity → GDPR rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ropa.config import Config
from ropa.findings import Finding, Severity

if TYPE_CHECKING:
    from ropa.load import Loaded
    from ropa.model import Registry


@dataclass
class Validation:
    findings: list[Finding] = field(default_factory=list)
    registry: Registry | None = None
    problem: str | None = None
    files: int = 0
    # True when format errors (ROPA0xx) kept the GDPR rules (ROPA1xx) from running.
    rules_skipped: bool = False

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)


def _apply(
    findings: list[Finding], registry_sources: Registry | None, config: Config
) -> list[Finding]:
    """Severity overrides from configuration and `# ropa: ignore[...]` comments."""
    by_path = {s.path: s for s in registry_sources.sources} if registry_sources else {}
    result: list[Finding] = []
    for finding in findings:
        if finding.rule in config.severities:
            severity = config.severities[finding.rule]
            if severity is None:
                continue
            finding = Finding(finding.rule, severity, finding.message, finding.location)
        source = by_path.get(finding.location.file)
        if source is not None and source.ignored(finding.rule, finding.location.line):
            continue
        result.append(finding)
    return sorted(set(result), key=Finding.sort_key)


def validate_cached(path: str, config: Config, today: date | None = None) -> Validation:
    """`validate` through the caches: an unchanged registry costs a hash of each file.

    The result carries no registry model; use `validate` where the model is needed."""
    from ropa import cache
    from ropa.load import discover

    today = today or date.today()
    files, discovery, problem = discover(path)
    if problem is not None:
        return Validation(problem=problem)
    settings = "\0".join(
        (
            path,
            today.isoformat(),
            str(config.review_months),
            repr(
                sorted(
                    (rule, severity.value if severity else "off")
                    for rule, severity in config.severities.items()
                )
            ),
        )
    )
    entry = cache.result_entry(settings, files, discovery)
    if entry is not None:
        hit = cache.read_result(entry)
        if hit is not None:
            findings, rules_skipped = hit
            return Validation(findings=findings, files=len(files), rules_skipped=rules_skipped)
    result = validate(path, config=config, today=today, use_cache=True)
    if entry is not None and result.problem is None:
        cache.write_result(entry, result.findings, result.rules_skipped)
    return result


def validate(
    path: str,
    config: Config | None = None,
    today: date | None = None,
    use_cache: bool = False,
    languages: bool = True,
) -> Validation:
    """Validate a registry. `languages=False` leaves out the language completeness check
    (ROPA030) for callers that build outputs, which apply the same strict resolution to
    exactly the languages they write."""
    from ropa.load import load

    loaded = load(path, use_cache=use_cache)
    if loaded.problem is not None:
        return Validation(problem=loaded.problem)
    return validate_loaded(
        loaded, config=config, today=today, use_cache=use_cache, languages=languages
    )


def validate_loaded(
    loaded: Loaded,
    config: Config | None = None,
    today: date | None = None,
    use_cache: bool = False,
    languages: bool = True,
    rules: bool = True,
) -> Validation:
    """Validate files already read, wherever they came from (a folder, a git revision);
    without `rules`, only their form (YAML, schema, references)."""
    from ropa import integrity, schema
    from ropa.model_build import build
    from ropa.reference import jurisdiction
    from ropa.rules import RuleContext, run_rules

    config = config or Config()
    findings = list(loaded.findings)
    for source in loaded.sources:
        if use_cache and source.schema_findings is not None:
            findings.extend(source.schema_findings)
        else:
            findings.extend(schema.check_source(source))
    registry = build(loaded.sources)
    findings.extend(integrity.check(registry))
    # GDPR rules read the record's meaning; on a record whose form is broken they would
    # only restate the format errors in legal terms ("established in FRANCE, outside the
    # EEA"), so they run once the format is clean.
    format_broken = any(f.severity is Severity.ERROR for f in findings)
    if rules and not format_broken:
        context = RuleContext(
            today=today or date.today(),
            review_months=config.review_months,
            jurisdiction=jurisdiction.of(registry.organization),
        )
        findings.extend(run_rules(registry, context))
        if languages:
            # What export would refuse: every text an output needs in a declared language.
            from ropa.completeness import missing_translations

            findings.extend(missing_translations(registry))
    return Validation(
        findings=_apply(findings, registry, config),
        registry=registry,
        files=len(loaded.sources),
        rules_skipped=format_broken,
    )
