"""The validation pipeline: load → schema → model → integrity → GDPR rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ropa.config import Config
from ropa.findings import Finding, Severity
from ropa.load import load
from ropa.model import Registry, build


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


def _apply(findings: list[Finding], registry_sources: Registry | None, config: Config) -> list[
    Finding
]:
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


def validate(
    path: str,
    config: Config | None = None,
    today: date | None = None,
    use_cache: bool = False,
) -> Validation:
    from ropa import integrity, schema
    from ropa.rules import RuleContext, run_rules

    config = config or Config()
    loaded = load(path, use_cache=use_cache)
    if loaded.problem is not None:
        return Validation(problem=loaded.problem)
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
    if not format_broken:
        context = RuleContext(today=today or date.today(), review_months=config.review_months)
        findings.extend(run_rules(registry, context))
    return Validation(
        findings=_apply(findings, registry, config),
        registry=registry,
        files=len(loaded.sources),
        rules_skipped=format_broken,
    )
