"""Legal but unusual YAML is accepted: each variant of the Lohnwerk example validates with
no finding at all, and where the variant only changes the form, it reads as the same data."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ropa.cli import main
from ropa.config import Config
from ropa.validate import validate
from ropa.yamlsource import parse

EXAMPLE = Path(__file__).parent / "fixtures" / "lohnwerk" / "registry.yaml"
# A day on which no activity of the example is due for review.
TODAY = date(2025, 12, 1)


def _original() -> str:
    return EXAMPLE.read_text("utf-8")


def _replace(text: str, *edits: tuple[str, str]) -> str:
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


# The example's two DPF transfers record no check of the DPF List (ROPA180), which has
# nothing to do with how the YAML is written.
CONFIG = Config(severities={"ROPA180": None})


def _check(tmp_path: Path, raw: bytes, name: str = "registry.yaml") -> Any:
    path = tmp_path / name
    path.write_bytes(raw)
    result = validate(str(path), config=CONFIG, today=TODAY)
    assert result.problem is None
    assert [f"{f.location}: {f.rule} {f.message}" for f in result.findings] == []
    return parse(str(path), raw).data


def test_the_example_itself_is_clean(tmp_path: Path) -> None:
    _check(tmp_path, _original().encode())


def test_byte_order_mark(tmp_path: Path) -> None:
    raw = _original().encode()
    data = _check(tmp_path, b"\xef\xbb\xbf" + raw)
    assert data == parse("x", raw).data
    # Positions are those an editor shows: the mark takes no column.
    assert parse("x", b"\xef\xbb\xbf" + raw).values == parse("x", raw).values


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_windows_and_old_mac_line_endings(tmp_path: Path, newline: str) -> None:
    raw = _original().encode()
    converted = _original().replace("\n", newline).encode()
    assert _check(tmp_path, converted) == parse("x", raw).data
    assert parse("x", converted).values == parse("x", raw).values


def test_byte_order_mark_and_crlf_together(tmp_path: Path) -> None:
    raw = _original().encode()
    converted = b"\xef\xbb\xbf" + _original().replace("\n", "\r\n").encode()
    assert _check(tmp_path, converted) == parse("x", raw).data


def test_anchors_and_aliases(tmp_path: Path) -> None:
    text = _replace(
        _original(),
        (
            "    contract: {type: dpa, date: 2022-02-01}\n  - id: support-desk",
            "    contract: &dpa-2022 {type: dpa, date: 2022-02-01}\n  - id: support-desk",
        ),
        ("    contract: {type: dpa, date: 2021-06-30}", "    contract: *dpa-2022"),
        (
            "    dpia: {status: not-required}\n    last_reviewed: 2025-11-03",
            "    dpia: &no-dpia {status: not-required}\n    last_reviewed: 2025-11-03",
        ),
        (
            "    dpia: {status: not-required}\n    last_reviewed: 2025-10-01",
            "    dpia: *no-dpia\n    last_reviewed: 2025-10-01",
        ),
        (
            "    data_subjects: [client-employees]",
            "    data_subjects: [&employees client-employees]",
        ),
        ("    data_subjects: [candidates]", "    data_subjects: [candidates, *employees]"),
    )
    data = _check(tmp_path, text.encode())
    recipients = {r["id"]: r for r in data["recipients"]}
    assert recipients["print-mail"]["contract"] == {"type": "dpa", "date": "2022-02-01"}
    activities = {a["id"]: a for a in data["activities"]}
    assert activities["recruitment"]["dpia"] == {"status": "not-required"}
    assert activities["recruitment"]["data_subjects"] == ["candidates", "client-employees"]


def test_merge_keys(tmp_path: Path) -> None:
    """`<<:` copies a mapping in; keys written next to it win, wherever they are written."""
    text = _replace(
        _original(),
        (
            "    contract: {type: dpa, date: 2022-02-01}\n  - id: support-desk",
            "    contract: &dpa {type: dpa, date: 2022-02-01}\n  - id: support-desk",
        ),
        (
            "    contract: {type: dpa, date: 2021-06-30}",
            "    contract: {<<: *dpa, date: 2021-06-30}",
        ),
        (
            "    contract: {type: dpa, date: 2024-02-20}",
            "    contract:\n      date: 2024-02-20\n      <<: [*dpa, {reference: HF-1}]",
        ),
    )
    data = _check(tmp_path, text.encode())
    recipients = {r["id"]: r for r in data["recipients"]}
    assert recipients["print-mail"]["contract"] == {"type": "dpa", "date": "2021-06-30"}
    assert recipients["applicant-tracking"]["contract"] == {
        "type": "dpa",
        "date": "2024-02-20",
        "reference": "HF-1",
    }


def test_very_long_texts(tmp_path: Path) -> None:
    """A 1 MB description, a 100 000-character single line and 500 activities: accepted,
    and in a few seconds at most (the limit that matters is 8 MiB per file)."""
    long_paragraph = " ".join(["Payroll data is processed with care."] * 30_000)
    long_line = "x" * 100_000
    activities = "".join(
        f"  - id: extra-{n}\n    name: Extra activity {n}\n"
        f"    purposes:\n      - description: Purpose {n}\n        legal_basis: contract\n"
        f"    data_subjects: [staff]\n    data_categories: [identity]\n"
        f"    retention: {{period: P1Y}}\n    security_measures: [four-eyes]\n"
        for n in range(500)
    )
    text = _replace(
        _original(),
        (
            "    name: Payroll processing for client employers\n",
            f"    name: Payroll processing for client employers\n    description: >\n"
            f"      {long_paragraph}\n",
        ),
        ("    owner: Sales\n", f'    owner: Sales\n    description: "{long_line}"\n'),
        ("\nnotices:\n", f"{activities}\nnotices:\n"),
    )
    assert len(text.encode()) > 1_000_000
    started = time.perf_counter()
    data = _check(tmp_path, text.encode())
    elapsed = time.perf_counter() - started
    activities_read = {a["id"]: a for a in data["activities"]}
    assert activities_read["payroll-processing"]["description"] == long_paragraph + "\n"
    assert activities_read["customer-accounts"]["description"] == long_line
    assert len(activities_read) == 504
    print(f"registry with 504 activities validated in {elapsed:.2f} s")


SPELLINGS: dict[str, Callable[[str], str]] = {
    # Tabs are separation whitespace inside flow collections and after ': '.
    "tabs-in-flow-and-after-colon": lambda text: _replace(
        text,
        ("    systems: [Lohnwerk Cloud]", "    systems:\t[\tLohnwerk Cloud\t]"),
        ("  languages: [en]", "  languages:\t[en]"),
    ),
    "document-markers-and-directive": lambda text: "%YAML 1.2\n---\n" + text + "...\n",
    "language-server-header": lambda text: (
        "# yaml-language-server: $schema=../../schemas/ropa.schema.json\n" + text
    ),
    "quoted-keys-and-values": lambda text: _replace(
        text,
        ("  name: Lohnwerk GmbH", "  \"name\": 'Lohnwerk GmbH'"),
        ("  country: DE\n  email", "  'country': \"DE\"\n  email"),
    ),
    "block-scalars": lambda text: _replace(
        text,
        (
            "      consequences: Without contact details we cannot conclude or perform the "
            "contract.",
            "      consequences: |-\n        Without contact details we cannot conclude\n"
            "        or perform the contract.",
        ),
        (
            "      consequences: Without a CV we cannot consider the application.",
            "      consequences: >+\n        Without a CV we cannot\n        consider the "
            "application.\n\n",
        ),
    ),
    "explicit-plain-data-tags": lambda text: _replace(
        text,
        ("    last_updated: 2025-10-01", "    last_updated: !!str 2025-10-01"),
        ("    identity_proof: true", "    identity_proof: !!bool true"),
    ),
    "unicode-everywhere": lambda text: _replace(
        text,
        (
            "  name: Lohnwerk GmbH",
            '  name: "Lohnwerk GmbH \U0001f9fe \u2014 \u202e\u0645\u0631\u062d\u0628\u0627'
            '\u202c \U0001d518\U0001d52b e\u0301\u00a0\u200d"',
        ),
        ("    name: Job applicants", "    name: Bewerber*innen — 応募者 — Кандидаты"),
    ),
    "comments-everywhere": lambda text: _replace(
        text,
        ("recipients:\n", "recipients: # who receives data\n  # the first one\n"),
        (
            "    role: sub-processor\n    country: DE\n    contract: {type: dpa, date: 2022-02-01}",
            "    role: sub-processor   # of our clients\n    country: DE\n"
            "    contract: {type: dpa, # signed\n      date: 2022-02-01}",
        ),
    ),
    "flow-style-entry": lambda text: _replace(
        text,
        (
            "  - id: hr-team\n    name: Lohnwerk HR team\n    category: Our HR team\n"
            "    role: internal\n    country: DE\n",
            "  - {id: hr-team, name: Lohnwerk HR team, category: Our HR team, role: internal,\n"
            "     country: DE}\n",
        ),
    ),
    "yaml-1.1-words-are-strings": lambda text: _replace(
        text,
        ("    name: Four-eyes principle for changes to pay data", "    name: yes"),
        ("    name: Spreecloud Hosting GmbH", "    name: 'no'"),
    ),
}


@pytest.mark.parametrize("spelling", list(SPELLINGS), ids=list(SPELLINGS))
def test_unusual_spellings(tmp_path: Path, spelling: str) -> None:
    _check(tmp_path, SPELLINGS[spelling](_original()).encode())


def test_yml_suffix_and_nested_folders(tmp_path: Path) -> None:
    nested = tmp_path / "registry" / "deep" / "er"
    nested.mkdir(parents=True)
    (nested / "registry.yml").write_text(_original(), "utf-8")
    assert not validate(str(tmp_path / "registry"), config=CONFIG, today=TODAY).findings


def test_cli_accepts_a_bom_crlf_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "registry.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + _original().replace("\n", "\r\n").encode())
    code = main(["validate", str(path), "--no-cache", "-f", "json"])
    out, err = capsys.readouterr()
    assert err == ""
    assert code == 0
    assert '"errors": 0' in out
