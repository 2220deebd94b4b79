"""A declared language ropa has no catalog for is a finding at validate, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.cli import main


def test_a_language_without_a_catalog_is_reported_at_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "registry"
    assert main(["init", str(registry)]) == 0
    organization = registry / "organization.yaml"
    text = organization.read_text("utf-8")
    assert "  languages: [en]" in text
    organization.write_text(text.replace("  languages: [en]", "  languages: [en, pt]"), "utf-8")
    line = next(
        number
        for number, content in enumerate(organization.read_text("utf-8").splitlines(), 1)
        if content.startswith("  languages:")
    )
    capsys.readouterr()

    assert main(["validate", "--no-cache", str(registry)]) == 1

    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert (
        f"organization.yaml:{line}:19: error[ROPA030] ropa has no catalog for 'pt' (Portuguese)"
        in out
    )
    assert "(available: de, en, es, fr, it, nl)" in out
    assert main(["export", str(registry), "-o", str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists()
