"""`ropa rules`: the list of every rule, and one rule's documentation."""

from __future__ import annotations

import pytest

from ropa.catalog import all_rules
from ropa.cli import main
from ropa.rules import RULES


def test_rules_lists_every_rule_with_severity_and_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rules = all_rules()
    assert len(lines) == len(rules)
    for line, info in zip(lines, rules.values(), strict=True):
        assert line.startswith(f"{info.id}  {info.severity.value}")
        assert info.name in line
        assert line.endswith(info.summary)


@pytest.mark.parametrize("rule_id", ["ROPA112", "ropa140", "ROPA101"])
def test_rules_prints_one_rules_documentation(
    capsys: pytest.CaptureFixture[str], rule_id: str
) -> None:
    assert main(["rules", rule_id]) == 0
    out = capsys.readouterr().out
    info = RULES[rule_id.upper()].INFO
    assert out.startswith(f"{info.id} {info.name} (default severity: {info.severity.value})")
    assert f"GDPR: {info.article}" in out
    assert "How to fix" in out
    assert info.doc.strip() in out


def test_rules_with_an_unknown_id_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "ROPA999"]) == 2
    captured = capsys.readouterr()
    assert "unknown rule 'ROPA999'" in captured.err
    assert captured.out == ""
