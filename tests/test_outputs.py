"""The table of outputs: each export has its own options, and an option that means
nothing for the chosen output is a usage error (exit 2) naming the option and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.cli import main
from ropa.outputs import (
    AllOptions,
    Export,
    Given,
    NoticeFormat,
    NoticeOptions,
    RegisterOptions,
    UsageError,
    options_for,
)

AMPERE = str(Path(__file__).resolve().parent / "fixtures" / "ampere")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["json", "--check"],
            "--check compares notice files with the registry; the json register carries its "
            "generation time and revision, so it is never byte-identical",
        ),
        (
            ["xlsx", "--notice", "website"],
            "--notice website chooses a notice, but the xlsx register is not a notice",
        ),
        (
            ["pdf", "--format", "html"],
            "--format html is a notice format, but the pdf register is not a notice",
        ),
        (["json", "--fragment"], "--fragment leaves the page wrapper out of an HTML notice"),
        (
            ["notice", "--fragment", "--format", "md"],
            "--fragment leaves the page wrapper out of an HTML notice; md has none: "
            "add --format html",
        ),
        (
            ["notice", "--fragment"],
            "--fragment leaves the page wrapper out of an HTML notice; md and html has none",
        ),
        (
            ["notice", "--check", "--format", "pdf"],
            "--check is refused for --format pdf",
        ),
        (
            ["notice", "--format", "rtf"],
            "unknown notice format 'rtf': use md, html, docx, txt, pdf",
        ),
    ],
)
def test_an_option_that_means_nothing_for_the_output_is_refused(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    what, *rest = args
    assert main(["export", what, AMPERE, "-o", str(target), *rest]) == 2
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_check_and_notice_options_with_no_output_named_are_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["export", AMPERE, "--check"]) == 2
    assert "--check compares notice files: use `ropa export notice --check`" in (
        capsys.readouterr().err
    )
    assert main(["export", AMPERE, "--notice", "website"]) == 2
    assert "but everything (no WHAT given) is not a notice" in capsys.readouterr().err


def test_an_unknown_export_names_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "csv", AMPERE]) == 2
    assert (
        "unknown export 'csv': use [xlsx|pdf|json|notice|subprocessors]" in capsys.readouterr().err
    )


def test_each_output_gets_its_own_frozen_options() -> None:
    register = options_for(Export.JSON, Given(output="x.json", lang="fr"))
    assert register == RegisterOptions(Export.JSON, "x.json", "fr")
    notice = options_for(Export.NOTICE, Given(notice_format="html", fragment=True, check=True))
    assert isinstance(notice, NoticeOptions)
    assert notice.formats == (NoticeFormat.HTML,) and notice.fragment and notice.check
    assert options_for(Export.NOTICE, Given()).formats == (  # type: ignore[union-attr]
        NoticeFormat.MD,
        NoticeFormat.HTML,
    )
    assert options_for(Export.ALL, Given(lang="en")) == AllOptions(None, "en")
    with pytest.raises(UsageError):
        options_for(Export.XLSX, Given(check=True))
    with pytest.raises(AttributeError):
        register.lang = "de"  # type: ignore[misc]


def test_help_shows_the_choices_and_whole_summaries(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    top = capsys.readouterr().out
    assert "Export the register (Art. 30) or the privacy notices (Arts. 13 and" in top
    commands = top.split("Commands:")[1]
    assert "(Art.\n" not in commands and "..." not in commands
    assert main(["export", "--help"]) == 0
    help_text = capsys.readouterr().out
    assert "[xlsx|pdf|json|notice|subprocessors]" in help_text
    assert "[md|html|docx|txt|pdf|json|atom]" in help_text
    # what `ropa export` alone writes, the sub-processor list of a processor among it
    flat = " ".join(help_text.split())
    assert "the register as xlsx, pdf and json, the notices (md and html)" in flat
    assert "for an organisation that processes data for clients, its sub-processor list" in flat
    assert main(["validate", "--help"]) == 0
    assert "[text|json|github|sarif]" in capsys.readouterr().out
