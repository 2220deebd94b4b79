"""The JSON export: valid against its documented schema, references resolved, transfers derived."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from export_support import EXAMPLES, FIXTURES, export

from ropa.register.document import generation_time, revision

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "register.schema.json"


def exported(tmp_path: Path, name: str, *extra: str) -> Any:
    target = tmp_path / f"{name}.json"
    assert export("json", FIXTURES / name, target, *extra) == 0
    return json.loads(target.read_text("utf-8"))


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_export_follows_its_schema(tmp_path: Path, name: str) -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(exported(tmp_path, name))


def test_references_are_resolved_and_transfers_derived(tmp_path: Path) -> None:
    data = exported(tmp_path, "ampere")
    newsletter = next(a for a in data["activities"] if a["id"] == "newsletter")
    assert [c["name"] for c in newsletter["data_categories"]][:2] == ["Identity", "Contact details"]
    assert newsletter["recipients"][2]["contract"]["reference"] == "DPA-2023-017"
    assert newsletter["transfers"] == [
        {
            "recipient": "emailing-platform",
            "recipient_name": "Email campaign platform",
            "country": "US",
            "mechanism": "scc",
            "scc_module": "controller-to-processor",
            "derogation": None,
            "tia_date": "2023-11-15",
            "tia_reference": "TIA-2023-07",
            "supplementary_measures": ["Encryption at rest with keys held in the EEA"],
            "note": None,
            "authority_informed": None,
            "dpf_listing_date": None,
            "dpf_listing_reference": None,
        }
    ]
    measures = [m["id"] for m in newsletter["security_measures"]]
    assert measures == ["tls", "access-control", "access-logging", "supplier-security"]


def test_provenance_and_language(tmp_path: Path) -> None:
    data = exported(tmp_path, "ampere", "--lang", "fr")
    assert data["generated"] == "2026-01-01T00:00:00+00:00"
    assert data["revision"] == revision(FIXTURES / "ampere")
    assert data["language"] == "fr"
    assert data["activities"][0]["name"] == "Reporting d'activité"


def test_revision_outside_git_is_none(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text("organization: {}\n")
    assert revision(tmp_path / "r.yaml") is None


def test_revision_is_the_commit_with_dirty_when_changed(tmp_path: Path) -> None:
    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(tmp_path), *args], check=True, capture_output=True, text=True
        )
        return done.stdout.strip()

    git("init", "-q")
    (tmp_path / "r.yaml").write_text("a: 1\n")
    git("add", "r.yaml")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "first")
    commit = git("rev-parse", "--short", "HEAD")
    assert revision(tmp_path) == commit
    (tmp_path / "r.yaml").write_text("a: 2\n")
    assert revision(tmp_path) == f"{commit}-dirty"


def test_generation_time_honours_source_date_epoch() -> None:
    assert generation_time({"SOURCE_DATE_EPOCH": "0"}).isoformat() == "1970-01-01T00:00:00+00:00"


def test_a_dpf_transfer_carries_the_last_check_of_the_list(tmp_path: Path) -> None:
    """Version 1.1 `dpf_listing`: the date of the last check of the recipient's entry on
    the Data Privacy Framework List, and the entry, as the workbook and the PDF show them."""
    data = exported(tmp_path, "v11")
    jsonschema.validate(data, json.loads(SCHEMA.read_text("utf-8")))
    transfers = [t for a in data["activities"] for t in a["transfers"] if t["mechanism"] == "dpf"]
    checked = [t for t in transfers if t["recipient"] == "video-platform"]
    assert checked and all(t["dpf_listing_date"] == "2026-05-20" for t in checked)
    assert all(t["dpf_listing_reference"] == "DPF List entry 0001234" for t in checked)
    unchecked = [t for t in transfers if t["recipient"] != "video-platform"]
    assert unchecked and all(t["dpf_listing_date"] is None for t in unchecked)
