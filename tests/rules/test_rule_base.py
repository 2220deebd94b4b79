"""The starting registry of the rule tests is clean, and every rule is well formed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rule_support import CLEAN, Lint

from ropa.catalog import CORE_RULES, all_rules
from ropa.rules import RULES


def test_the_clean_registry_has_no_finding(lint: Lint) -> None:
    assert lint(CLEAN).findings == []


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_rule_is_documented(rule_id: str) -> None:
    info = RULES[rule_id].INFO
    assert re.fullmatch(r"ROPA1\d\d", info.id)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", info.name)
    assert info.article.startswith(("Art.", "Arts."))
    assert info.summary.endswith(".") and len(info.summary) <= 80
    assert "How to fix" in info.doc
    assert re.search(r"\bArts?\. \d", info.doc), "the documentation cites no article"


def test_rule_ids_and_names_are_unique() -> None:
    rules = all_rules()
    assert not set(RULES) & set(CORE_RULES)
    names = [info.name for info in rules.values()]
    assert len(names) == len(set(names))


def test_every_rule_has_a_triggering_test() -> None:
    folder = Path(__file__).parent
    tests = "".join(p.read_text("utf-8") for p in sorted(folder.glob("test_rule_*.py")))
    # A triggering test expects the rule, reads its findings, or gives it with a severity
    # in a row of a parametrized table of expected findings.
    untested = [
        rule_id
        for rule_id in RULES
        if not re.search(
            rf'(expect\(\s*|of\()"{rule_id}"|"{rule_id}",\s*"(error|warning|info)",', tests
        )
    ]
    assert untested == []
