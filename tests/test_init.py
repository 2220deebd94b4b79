"""`ropa init` writes a starter registry that validates, and never overwrites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ropa.cli import main


def test_starter_registry_validates_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "registry"
    assert main(["init", str(target)]) == 0
    written = capsys.readouterr().out
    assert f"wrote {target / 'organization.yaml'}" in written
    assert (target / "ropa.schema.json").is_file()
    organization = (target / "organization.yaml").read_text("utf-8")
    assert organization.startswith("# yaml-language-server: $schema=ropa.schema.json")
    assert main(["validate", str(target), "--no-cache", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["errors"] == 0


def test_starter_holds_one_of_each_kind(tmp_path: Path) -> None:
    from ropa.validate import validate

    assert main(["init", str(tmp_path / "r")]) == 0
    registry = validate(str(tmp_path / "r")).registry
    assert registry is not None and registry.organization is not None
    assert len(registry.activities) == 1
    assert len(registry.recipients) == 1
    assert len(registry.notices) == 1


def test_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "registry"
    target.mkdir()
    (target / "organization.yaml").write_text("mine: true\n", "utf-8")
    assert main(["init", str(target)]) == 2
    assert "already exists; ropa init never overwrites files" in capsys.readouterr().err
    assert (target / "organization.yaml").read_text("utf-8") == "mine: true\n"
    assert not (target / "recipients.yaml").exists()
