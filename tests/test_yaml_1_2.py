"""YAML 1.2 as editors read it: where libyaml (the fast path, YAML 1.1 syntax) refuses a
file, ruamel's YAML 1.2 parser confirms before anything is reported, with the same
guarantees against hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa import yamlsource
from ropa.validate import validate
from ropa.yamlsource import parse

URLS = "{fr: https://example.fr/cookies, en: https://example.com/cookies}"


def test_a_url_in_a_flow_mapping_is_valid_yaml_1_2() -> None:
    text = f"notices:\n  - id: web\n    cookie_policy_url: {URLS}\n"
    source = parse("x.yaml", text.encode())
    assert source.findings == []
    url = source.data["notices"][0]["cookie_policy_url"]
    assert url == {"fr": "https://example.fr/cookies", "en": "https://example.com/cookies"}
    # Positions are kept on this path too.
    assert source.values[("notices", 0, "cookie_policy_url", "en")] == (3, 61)
    assert source.keys[("notices", 0, "cookie_policy_url", "fr")] == (3, 25)


def test_a_registry_using_it_validates(tmp_path: Path) -> None:
    (tmp_path / "registry.yaml").write_text(
        f"""\
organization:
  name: Example SAS
  address: 1 rue de la Paix, Paris
  country: FR
  languages: [en, fr]
  dpo: {{email: dpo@example.org}}
  supervisory_authority: CNIL
notices:
  - id: web
    title: {{en: Privacy, fr: Confidentialité}}
    activities: [orders]
    cookie_policy_url: {URLS}
activities:
  - id: orders
    name: {{en: Orders, fr: Commandes}}
    purposes:
      - description: {{en: Delivering orders, fr: Livrer les commandes}}
        legal_basis: contract
    retention: {{period: P1Y}}
    provision: {{requirement: contractual}}
""",
        "utf-8",
    )
    result = validate(str(tmp_path / "registry.yaml"))
    assert [f for f in result.findings if f.rule.startswith("ROPA0")] == []


def test_when_both_refuse_the_yaml_1_2_position_is_reported() -> None:
    # libyaml stops at the URL's colon on line 1; the real mistake is on line 2.
    text = f"a: {URLS}\nb: c: d\n"
    (finding,) = parse("x.yaml", text.encode()).findings
    assert finding.rule == "ROPA001"
    assert (finding.location.line, finding.location.column) == (2, 5)
    assert "unexpected ':' here" in finding.message


def test_yaml_1_2_errors_are_explained_like_libyaml_ones() -> None:
    text = f"a: {URLS}\nb: [x, y\n"
    (finding,) = parse("x.yaml", text.encode()).findings
    assert finding.message.startswith("'[' is never closed: add the matching ']'")
    assert (finding.location.line, finding.location.column) == (2, 4)


def test_the_confirmation_keeps_refusing_unsafe_tags() -> None:
    text = f"a: {URLS}\nb: !!python/object:os.system echo\n"
    (finding,) = parse("x.yaml", text.encode()).findings
    assert finding.rule == "ROPA006"
    assert finding.location.line == 2


def test_the_confirmation_keeps_the_alias_limit() -> None:
    lines = [f"a: {URLS}", "l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"l{i}: &l{i} [*l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}]"
        for i in range(1, 7)
    ]
    (finding,) = parse("x.yaml", "\n".join(lines).encode()).findings
    assert finding.rule == "ROPA005"
    assert "aliases expand to too many values" in finding.message


def test_the_confirmation_keeps_the_depth_limit() -> None:
    text = f"a: {URLS}\nb: " + "[" * 70 + "]" * 70 + "\n"
    (finding,) = parse("x.yaml", text.encode()).findings
    assert finding.rule == "ROPA005"
    assert "nesting deeper than 64 levels" in finding.message


def test_the_confirmation_keeps_duplicate_keys_once() -> None:
    text = f"a: 1\na: 2\nb: {URLS}\n"
    findings = parse("x.yaml", text.encode()).findings
    assert [(f.rule, f.location.line) for f in findings] == [("ROPA003", 2)]


def test_the_confirmation_is_bounded_in_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsource, "YAML_1_2_SECONDS", 0.0)
    text = f"a: {URLS}\n" + "".join(f"k{i}: [{i}, {i}]\n" for i in range(5000))
    (finding,) = parse("x.yaml", text.encode()).findings
    # Out of time: libyaml's own error is reported, where libyaml stopped.
    assert finding.rule == "ROPA001"
    assert (finding.location.line, finding.location.column) == (1, 14)
