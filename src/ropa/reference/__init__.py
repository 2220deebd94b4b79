"""Embedded, dated reference data: the EEA, EU adequacy decisions, supervisory authorities.

Each table module carries an `AS_OF` date: the day its content was last checked against
the official sources. README.md in this folder says how to check and update them.
"""
