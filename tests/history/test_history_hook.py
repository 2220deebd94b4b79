"""The `ropa-notice-dated` pre-commit hook is declared for other repositories to use."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]


def test_the_notice_dated_hook_runs_diff_check() -> None:
    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "ropa-notice-dated")
    assert hook["entry"] == "ropa diff --check"
    assert hook["pass_filenames"] is False
    assert hook["files"] == r"^registry/.*\.ya?ml$"
