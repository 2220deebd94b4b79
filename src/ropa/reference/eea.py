"""The European Economic Area: where personal data moves without a Chapter V transfer.

Data sent to a recipient in one of these states is not a transfer to a third country.
Codes are ISO 3166-1 alpha-2 (GR for Greece, not EL).
"""

from __future__ import annotations

from datetime import date

AS_OF = date(2026, 6, 1)

EU_MEMBER_STATES: frozenset[str] = frozenset(
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    }
)  # fmt: skip

# Iceland, Liechtenstein and Norway apply the GDPR through the EEA Agreement.
EEA_EFTA_STATES: frozenset[str] = frozenset({"IS", "LI", "NO"})

EEA_STATES: frozenset[str] = EU_MEMBER_STATES | EEA_EFTA_STATES


def in_eea(country: str) -> bool:
    """Whether an ISO country code names an EEA state (case-insensitive)."""
    return country.strip().upper() in EEA_STATES
