"""`ropa export` for the register: refusals, atomic writes, default names, every format."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from export_support import FIXTURES, REGISTRIES, export

from ropa.cli import main
from ropa.register import xlsx


def broken_registry(tmp_path: Path) -> Path:
    text = (REGISTRIES / "formula-injection.yaml").read_text("utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("recipients: [mailer]", "recipients: [nobody]"), "utf-8")
    return broken


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_registry_with_errors_is_not_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"previous export")
    assert export("xlsx", broken_registry(tmp_path), target) == 1
    err = capsys.readouterr().err
    assert "broken.yaml:" in err and "nobody" in err
    assert "nothing was exported" in err
    assert target.read_bytes() == b"previous export"
    assert leftovers(tmp_path) == []


def test_an_interrupted_export_leaves_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"previous export")

    def interrupted(register: object, temporary: Path, step: object) -> None:
        temporary.write_bytes(b"half a workbook")
        raise KeyboardInterrupt

    monkeypatch.setattr(xlsx, "write", interrupted)
    assert export("xlsx", FIXTURES / "lohnwerk", target) == 130
    assert "interrupted" in capsys.readouterr().err
    assert target.read_bytes() == b"previous export"
    assert leftovers(tmp_path) == []


def test_a_missing_registry_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export("json", tmp_path / "nowhere", tmp_path / "r.json") == 2
    assert "registry not found" in capsys.readouterr().err
    assert not (tmp_path / "r.json").exists()


def test_a_language_the_registry_lacks_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export("json", FIXTURES / "ampere", tmp_path / "r.json", "--lang", "de") == 2
    assert "--lang de: the registry's languages are en, fr" in capsys.readouterr().err


def test_default_names_in_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", "json", str(FIXTURES / "ampere"), "--lang", "fr"]) == 0
    assert capsys.readouterr().out == "reports/ropa-register.fr.json\n"
    assert json.loads((tmp_path / "reports/ropa-register.fr.json").read_text())["language"] == "fr"


def test_export_everything_into_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    assert main(["export", str(FIXTURES / "lohnwerk"), "-o", str(folder)]) == 0
    printed = capsys.readouterr().out.splitlines()
    for name in ("ropa-register.en.xlsx", "ropa-register.en.pdf", "ropa-register.en.json"):
        assert str(folder / name) in printed
        assert (folder / name).stat().st_size > 0
    assert leftovers(folder) == []


def test_export_everything_writes_every_registry_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    assert main(["export", str(FIXTURES / "ampere"), "-o", str(folder)]) == 0
    printed = capsys.readouterr().out.splitlines()
    for lang in ("en", "fr"):
        for what in ("xlsx", "pdf", "json"):
            assert str(folder / f"ropa-register.{lang}.{what}") in printed
        for notice_format in ("md", "html"):
            assert (folder / "notices" / f"website.{lang}.{notice_format}").is_file()


def test_a_notice_that_cannot_be_generated_stops_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "registry"
    shutil.copytree(FIXTURES / "ampere", registry)
    organization = registry / "organization.yaml"
    organization.write_text(
        organization.read_text("utf-8").replace("      fr: Politique de confidentialité\n", ""),
        "utf-8",
    )
    folder = tmp_path / "out"
    assert main(["export", str(registry), "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "organization.yaml:20:7" in err and "no 'fr' translation" in err
    assert "nothing was exported" in err
    assert not folder.exists()


def test_export_everything_gives_a_processor_its_sub_processor_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lohnwerk processes payroll for clients: `ropa export` writes the list its clients are
    owed, the same file `ropa export subprocessors` writes (html, its default format)."""
    folder = tmp_path / "out"
    assert main(["export", str(FIXTURES / "lohnwerk"), "-o", str(folder)]) == 0
    printed = capsys.readouterr().out.splitlines()
    listing = folder / "subprocessors.en.html"
    assert str(listing) in printed
    alone = tmp_path / "alone"
    assert main(["export", "subprocessors", str(FIXTURES / "lohnwerk"), "-o", str(alone)]) == 0
    assert capsys.readouterr().out.splitlines() == [str(alone / "subprocessors.en.html")]
    assert listing.read_bytes() == (alone / "subprocessors.en.html").read_bytes()
    assert sorted(p.name for p in folder.glob("subprocessors*")) == ["subprocessors.en.html"]
    assert leftovers(folder) == []


def test_export_everything_in_one_language_lists_sub_processors_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    assert main(["export", str(FIXTURES / "lohnwerk-5"), "--lang", "de", "-o", str(folder)]) == 0
    assert str(folder / "subprocessors.de.html") in capsys.readouterr().out.splitlines()
    assert sorted(p.name for p in folder.glob("subprocessors*")) == ["subprocessors.de.html"]
    assert 'lang="de"' in (folder / "subprocessors.de.html").read_text("utf-8")


def test_export_everything_writes_no_sub_processor_list_for_a_controller_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    assert main(["export", str(FIXTURES / "ampere"), "-o", str(folder)]) == 0
    assert "subprocessors" not in capsys.readouterr().out
    assert list(folder.glob("subprocessors*")) == []


def test_a_sub_processor_list_that_cannot_be_built_stops_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ropa.commands.export import subprocessors

    def refused(*_args: object, **_kwargs: object) -> subprocessors.Refused:
        return subprocessors.Refused(
            ("x.yaml:3:5: error[ROPA030] text has no 'en' translation", "ropa: nothing"), 1
        )

    monkeypatch.setattr(subprocessors, "documents", refused)
    folder = tmp_path / "out"
    assert main(["export", str(FIXTURES / "lohnwerk"), "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "x.yaml:3:5: error[ROPA030]" in err
    assert "the sub-processor list cannot be generated, so nothing was exported" in err
    assert not folder.exists()
