"""Reporters: pure functions from a validation result to the text a user or a tool reads."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import assert_never

from ropa.validate import Validation


class Format(enum.StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"


def reporter(output_format: Format) -> Callable[[Validation], str]:
    from ropa.reporters import github, json_report, sarif, text

    match output_format:
        case Format.TEXT:
            return text.render
        case Format.JSON:
            return json_report.render
        case Format.GITHUB:
            return github.render
        case Format.SARIF:
            return sarif.render
        case _:
            assert_never(output_format)
