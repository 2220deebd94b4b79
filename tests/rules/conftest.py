"""Fixtures for the rule tests; the helpers live in rule_support."""

from rule_support import lint

__all__ = ["lint"]
