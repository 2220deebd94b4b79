"""ROPA10x: transfers to third countries."""

from __future__ import annotations

import textwrap

import pytest
from rule_support import CLEAN, CLIENT, Lint


def _abroad(name: str, role: str, country: str, transfers: str = "", dpa: bool = False) -> str:
    """Recipient 'abroad' in `country`: with a DPA if `dpa`, and `transfers` (YAML list
    items written from column 0) under its `transfers`."""
    text = f"  - id: abroad\n    name: {name}\n    role: {role}\n    country: {country}\n"
    if dpa:
        text += "    contract: {type: dpa}\n"
    if transfers:
        text += "    transfers:\n" + textwrap.indent(transfers, "      ")
    return text


def _with_recipient(recipient: str, role: str = "controller", consent: str = "") -> str:
    """The clean entries plus one recipient, used by a second activity of `role`."""
    return (
        CLEAN.replace("activities:\n", recipient + "activities:\n")
        + f"""\
  - id: support
    name: Support
    role: {role}
    on_behalf_of: [acme]
    purposes:
      - description: Answering questions
        legal_basis: contract
    data_subjects: [customers]
    data_categories: [contact]
    recipients: [abroad]
    retention: {{period: P1Y}}
"""
        + consent
        + CLIENT
    )


CONSENT = """\
    consent:
      how: A separate tick box, after a warning about the risks
      withdraw: A message to the HR team
      records: The application tracking system
"""


@pytest.mark.parametrize(
    ("recipient", "role", "rule", "severity", "fragment", "at", "not_also"),
    [
        pytest.param(
            _abroad("Offshore support", "processor", "IN", dpa=True),
            "controller",
            "ROPA101",
            "error",
            "no transfer to IN",
            "country: IN",
            None,
            id="recipient_outside_the_eea_without_transfer",
        ),
        pytest.param(
            _abroad(
                "Relocation agency", "controller", "AE", "- country: AE\n  mechanism: adequacy\n"
            ),
            "controller",
            "ROPA102",
            "error",
            "no adequacy decision for AE",
            "mechanism: adequacy",
            None,
            id="adequacy_without_a_decision",
        ),
        pytest.param(
            _abroad("Cloud provider", "controller", "CA", "- country: CA\n  mechanism: dpf\n"),
            "controller",
            "ROPA103",
            "error",
            "use a mechanism that covers CA",
            "mechanism: dpf",
            None,
            id="dpf_outside_the_us",
        ),
        pytest.param(
            _abroad("CRM provider", "controller", "US", "- country: US\n  mechanism: adequacy\n"),
            "controller",
            "ROPA104",
            "error",
            "write `mechanism: dpf`",
            "mechanism: adequacy",
            "ROPA102",
            id="plain_adequacy_for_the_us",
        ),
        pytest.param(
            _abroad(
                "Offshore support",
                "processor",
                "IN",
                "- country: IN\n  mechanism: scc\n  tia: {date: 2024-01-01}\n",
                dpa=True,
            ),
            "controller",
            "ROPA105",
            "error",
            "add `scc_module`, here controller-to-processor (module 2)",
            "mechanism: scc",
            None,
            id="scc_without_module_suggests_the_module_that_fits",
        ),
        pytest.param(
            _abroad(
                "Offshore support",
                "sub-processor",
                "IN",
                "- country: IN\n  mechanism: scc\n  scc_module: controller-to-processor\n"
                "  tia: {date: 2024-01-01}\n",
                dpa=True,
            ),
            "processor",
            "ROPA106",
            "error",
            "activity 'support' sends data to this sub-processor as a processor-to-processor "
            "transfer",
            "scc_module: controller-to-processor",
            None,
            id="scc_module_that_does_not_fit_the_roles",
        ),
        pytest.param(
            _abroad(
                "Relocation agency",
                "controller",
                "AE",
                "- country: AE\n  mechanism: derogation\n  derogation: explicit-consent\n",
            ),
            "controller",
            "ROPA108",
            "warning",
            "activity 'support' records no consent",
            "derogation: explicit-consent",
            None,
            id="consent_derogation_for_an_activity_without_consent",
        ),
        pytest.param(
            _abroad(
                "Canadian reseller", "controller", "CA", "- country: CA\n  mechanism: adequacy\n"
            ),
            "controller",
            "ROPA109",
            "info",
            "covers only commercial organisations",
            "mechanism:",
            "ROPA102",
            id="adequacy_of_partial_scope",
        ),
    ],
)
def test_transfer_with_a_finding(
    lint: Lint,
    recipient: str,
    role: str,
    rule: str,
    severity: str,
    fragment: str,
    at: str,
    not_also: str | None,
) -> None:
    result = lint(_with_recipient(recipient, role=role))
    result.expect(rule, severity, fragment, at=at)
    if not_also is not None:
        result.clean(not_also)


@pytest.mark.parametrize(
    ("recipient", "role", "consent", "rules", "only_these"),
    [
        pytest.param(
            _abroad(
                "Offshore support",
                "processor",
                "IN",
                "- {country: IN, mechanism: scc, scc_module: controller-to-processor, "
                "tia: {date: 2024-01-01}}\n",
                dpa=True,
            ),
            "controller",
            "",
            ["ROPA101"],
            True,
            id="recipient_outside_the_eea_with_its_transfer",
        ),
        pytest.param(
            _abroad(
                "Survey provider", "controller", "GB", "- {country: GB, mechanism: adequacy}\n"
            ),
            "controller",
            "",
            ["ROPA102"],
            True,
            id="adequacy_with_a_decision",
        ),
        pytest.param(
            _abroad("CRM provider", "controller", "US", "- {country: US, mechanism: dpf}\n"),
            "controller",
            "",
            ["ROPA103", "ROPA104"],
            False,
            id="dpf_to_the_us",
        ),
        pytest.param(
            _abroad(
                "Offshore support",
                "controller",
                "IN",
                "- {country: IN, mechanism: scc, scc_module: controller-to-controller, "
                "tia: {date: 2024-01-01}}\n",
            ),
            "controller",
            "",
            ["ROPA105"],
            False,
            id="scc_with_module_is_not_missing",
        ),
        pytest.param(
            _abroad(
                "Offshore support",
                "sub-processor",
                "IN",
                "- {country: IN, mechanism: scc, scc_module: processor-to-processor, "
                "tia: {date: 2024-01-01}}\n",
                dpa=True,
            ),
            "processor",
            "",
            ["ROPA106"],
            True,
            id="scc_module_that_fits",
        ),
        pytest.param(
            _abroad(
                "Group company",
                "controller",
                "IN",
                "- {country: IN, mechanism: bcr, tia: {date: 2024-01-01, reference: TIA-1}}\n"
                "- {country: CH, mechanism: bcr}\n",
            ),
            "controller",
            "",
            ["ROPA107"],
            False,
            id="safeguards_with_transfer_impact_assessment",
        ),
        pytest.param(
            _abroad(
                "Relocation agency",
                "controller",
                "AE",
                "- {country: AE, mechanism: derogation, derogation: explicit-consent}\n",
            ),
            "controller",
            CONSENT,
            ["ROPA108"],
            True,
            id="consent_derogation_for_an_activity_with_consent",
        ),
        pytest.param(
            _abroad("Swiss reseller", "controller", "CH", "- {country: CH, mechanism: adequacy}\n"),
            "controller",
            "",
            ["ROPA109"],
            False,
            id="adequacy_of_full_scope",
        ),
    ],
)
def test_transfer_without_the_finding(
    lint: Lint, recipient: str, role: str, consent: str, rules: list[str], only_these: bool
) -> None:
    """`rules` find nothing; with `only_these`, no rule finds anything."""
    result = lint(_with_recipient(recipient, role=role, consent=consent))
    for rule in rules:
        result.clean(rule)
    if only_these:
        assert result.findings == []


def test_recipient_used_in_two_roles_needs_both_modules(lint: Lint) -> None:
    two_roles = _with_recipient(
        _abroad(
            "Offshore support",
            "processor",
            "IN",
            "- country: IN\n  mechanism: scc\n  scc_module: processor-to-processor\n"
            "  tia: {date: 2024-01-01}\n",
            dpa=True,
        ),
        role="processor",
    ).replace("recipients: [hosting]", "recipients: [hosting, abroad]")
    result = lint(two_roles)
    result.expect(
        "ROPA106",
        "error",
        "activity 'orders' sends data to this processor as a controller-to-processor transfer",
        at="scc_module: processor-to-processor",
    )
    both = two_roles.replace(
        """\
        scc_module: processor-to-processor
        tia: {date: 2024-01-01}
""",
        """\
        scc_module: processor-to-processor
        tia: {date: 2024-01-01}
      - {country: IN, mechanism: scc, scc_module: controller-to-processor, tia: {date: 2024-01-01}}
""",
    )
    lint(both).clean("ROPA106")


@pytest.mark.parametrize("mechanism", ["scc", "bcr", "ad-hoc-clauses"])
def test_safeguards_without_transfer_impact_assessment(lint: Lint, mechanism: str) -> None:
    module = "\n  scc_module: controller-to-controller" if mechanism == "scc" else ""
    transfer = f"- country: IN\n  mechanism: {mechanism}{module}\n"
    result = lint(_with_recipient(_abroad("Group company", "controller", "IN", transfer)))
    result.expect(
        "ROPA107",
        "warning",
        "without a transfer impact assessment",
        at=f"mechanism: {mechanism}",
    )
