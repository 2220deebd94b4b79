"""Fixtures for the register export tests; the helpers live in export_support."""

from export_support import _fixed_clock

__all__ = ["_fixed_clock"]
