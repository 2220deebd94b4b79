"""ROPA10x: transfers to third countries."""

from __future__ import annotations

import pytest
from rule_support import CLEAN, Lint


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
{consent}clients:
  - id: acme
    name: Acme
    contact: {{email: privacy@acme.example}}
"""
    )


def test_recipient_outside_the_eea_without_transfer(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Offshore support
    role: processor
    country: IN
    contract: {type: dpa}
""")
    )
    result.expect("ROPA101", "error", "no transfer to IN", at="country: IN")


def test_recipient_outside_the_eea_with_its_transfer(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Offshore support
    role: processor
    country: IN
    contract: {type: dpa}
    transfers:
      - {country: IN, mechanism: scc, scc_module: controller-to-processor, tia: {date: 2024-01-01}}
""")
    )
    result.clean("ROPA101")
    assert result.findings == []


def test_adequacy_without_a_decision(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Relocation agency
    role: controller
    country: AE
    transfers:
      - country: AE
        mechanism: adequacy
""")
    )
    result.expect("ROPA102", "error", "no adequacy decision for AE", at="mechanism: adequacy")


def test_adequacy_with_a_decision(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Survey provider
    role: controller
    country: GB
    transfers:
      - {country: GB, mechanism: adequacy}
""")
    )
    result.clean("ROPA102")
    assert result.findings == []


def test_dpf_outside_the_us(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Cloud provider
    role: controller
    country: CA
    transfers:
      - country: CA
        mechanism: dpf
""")
    )
    result.expect("ROPA103", "error", "use a mechanism that covers CA", at="mechanism: dpf")


def test_dpf_to_the_us(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: CRM provider
    role: controller
    country: US
    transfers:
      - {country: US, mechanism: dpf}
""")
    )
    result.clean("ROPA103")
    result.clean("ROPA104")


def test_plain_adequacy_for_the_us(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: CRM provider
    role: controller
    country: US
    transfers:
      - country: US
        mechanism: adequacy
""")
    )
    result.expect("ROPA104", "error", "write `mechanism: dpf`", at="mechanism: adequacy")
    result.clean("ROPA102")


def test_scc_without_module_suggests_the_module_that_fits(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Offshore support
    role: processor
    country: IN
    contract: {type: dpa}
    transfers:
      - country: IN
        mechanism: scc
        tia: {date: 2024-01-01}
""")
    )
    result.expect(
        "ROPA105",
        "error",
        "add `scc_module`, here controller-to-processor (module 2)",
        at="mechanism: scc",
    )


def test_scc_with_module_is_not_missing(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Offshore support
    role: controller
    country: IN
    transfers:
      - {country: IN, mechanism: scc, scc_module: controller-to-controller, tia: {date: 2024-01-01}}
""")
    )
    result.clean("ROPA105")


def test_scc_module_that_does_not_fit_the_roles(lint: Lint) -> None:
    result = lint(
        _with_recipient(
            """\
  - id: abroad
    name: Offshore support
    role: sub-processor
    country: IN
    contract: {type: dpa}
    transfers:
      - country: IN
        mechanism: scc
        scc_module: controller-to-processor
        tia: {date: 2024-01-01}
""",
            role="processor",
        )
    )
    result.expect(
        "ROPA106",
        "error",
        "activity 'support' sends data to this sub-processor as a processor-to-processor transfer",
        at="scc_module: controller-to-processor",
    )


def test_recipient_used_in_two_roles_needs_both_modules(lint: Lint) -> None:
    two_roles = _with_recipient(
        """\
  - id: abroad
    name: Offshore support
    role: processor
    country: IN
    contract: {type: dpa}
    transfers:
      - country: IN
        mechanism: scc
        scc_module: processor-to-processor
        tia: {date: 2024-01-01}
""",
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


def test_scc_module_that_fits(lint: Lint) -> None:
    result = lint(
        _with_recipient(
            """\
  - id: abroad
    name: Offshore support
    role: sub-processor
    country: IN
    contract: {type: dpa}
    transfers:
      - {country: IN, mechanism: scc, scc_module: processor-to-processor, tia: {date: 2024-01-01}}
""",
            role="processor",
        )
    )
    result.clean("ROPA106")
    assert result.findings == []


@pytest.mark.parametrize("mechanism", ["scc", "bcr", "ad-hoc-clauses"])
def test_safeguards_without_transfer_impact_assessment(lint: Lint, mechanism: str) -> None:
    module = "\n        scc_module: controller-to-controller" if mechanism == "scc" else ""
    result = lint(
        _with_recipient(f"""\
  - id: abroad
    name: Group company
    role: controller
    country: IN
    transfers:
      - country: IN
        mechanism: {mechanism}{module}
""")
    )
    result.expect(
        "ROPA107",
        "warning",
        "without a transfer impact assessment",
        at=f"mechanism: {mechanism}",
    )


def test_safeguards_with_transfer_impact_assessment(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Group company
    role: controller
    country: IN
    transfers:
      - {country: IN, mechanism: bcr, tia: {date: 2024-01-01, reference: TIA-1}}
      - {country: CH, mechanism: bcr}
""")
    )
    result.clean("ROPA107")


def test_consent_derogation_for_an_activity_without_consent(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Relocation agency
    role: controller
    country: AE
    transfers:
      - country: AE
        mechanism: derogation
        derogation: explicit-consent
""")
    )
    result.expect(
        "ROPA108",
        "warning",
        "activity 'support' records no consent",
        at="derogation: explicit-consent",
    )


def test_consent_derogation_for_an_activity_with_consent(lint: Lint) -> None:
    result = lint(
        _with_recipient(
            """\
  - id: abroad
    name: Relocation agency
    role: controller
    country: AE
    transfers:
      - {country: AE, mechanism: derogation, derogation: explicit-consent}
""",
            consent="""\
    consent:
      how: A separate tick box, after a warning about the risks
      withdraw: A message to the HR team
      records: The application tracking system
""",
        )
    )
    result.clean("ROPA108")
    assert result.findings == []


def test_adequacy_of_partial_scope(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Canadian reseller
    role: controller
    country: CA
    transfers:
      - country: CA
        mechanism: adequacy
""")
    )
    result.expect("ROPA109", "info", "covers only commercial organisations", at="mechanism:")
    result.clean("ROPA102")


def test_adequacy_of_full_scope(lint: Lint) -> None:
    result = lint(
        _with_recipient("""\
  - id: abroad
    name: Swiss reseller
    role: controller
    country: CH
    transfers:
      - {country: CH, mechanism: adequacy}
""")
    )
    result.clean("ROPA109")
