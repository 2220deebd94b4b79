"""Rules that follow the record's jurisdiction: the EU GDPR (default) or the UK GDPR.

ROPA170-172 exist for the jurisdiction alone; the transfer and representative rules
(ROPA101-109, ROPA133) read the home area, the adequacy list and the tools of the law the
record is kept under.
"""

from __future__ import annotations

from rule_support import CLEAN, ORGANIZATION, Lint, Linted

UK_ORGANIZATION = """\
organization:
  name: Example Ltd
  address: 1 High Street, Bristol BS1 1AA
  country: GB
  jurisdiction: uk-gdpr
  dpo: {email: dpo@example.co.uk}
  supervisory_authority: ICO
"""

# The clean entries with the processor in the UK: nothing leaves the home area.
UK_CLEAN = CLEAN.replace("    country: FR\n", "    country: GB\n")


def _with_recipient(recipient: str) -> str:
    """The UK-clean entries plus one recipient that the orders activity also uses."""
    return UK_CLEAN.replace("activities:\n", recipient + "activities:\n").replace(
        "    recipients: [hosting]\n", "    recipients: [hosting, abroad]\n"
    )


def _recipient(country: str, transfer: str, role: str = "processor") -> str:
    contract = "    contract: {type: dpa, date: 2024-01-01}\n" if role == "processor" else ""
    return (
        f"  - id: abroad\n    name: Partner\n    role: {role}\n    country: {country}\n"
        f"{contract}    transfers:\n      - {transfer}\n"
    )


def uk(lint: Lint, country: str, transfer: str, role: str = "processor") -> Linted:
    return lint(_with_recipient(_recipient(country, transfer, role)), organization=UK_ORGANIZATION)


def eu(lint: Lint, country: str, transfer: str, role: str = "processor") -> Linted:
    return lint(
        CLEAN.replace(
            "activities:\n", _recipient(country, transfer, role) + "activities:\n"
        ).replace("    recipients: [hosting]\n", "    recipients: [hosting, abroad]\n")
    )


def test_the_uk_clean_registry_has_no_finding(lint: Lint) -> None:
    assert lint(UK_CLEAN, organization=UK_ORGANIZATION).findings == []


# ROPA101: the home area is the UK, so a recipient in the EEA is a transfer.


def test_uk_recipient_in_the_eea_without_transfer(lint: Lint) -> None:
    result = lint(CLEAN, organization=UK_ORGANIZATION)
    result.expect("ROPA101", "error", "established in FR, outside the UK", at="country: FR")


def test_uk_recipient_in_the_eea_on_uk_adequacy(lint: Lint) -> None:
    text = CLEAN.replace(
        "    country: FR\n",
        "    country: FR\n    transfers:\n      - {country: FR, mechanism: adequacy}\n",
    )
    assert lint(text, organization=UK_ORGANIZATION).findings == []


# ROPA102: adequacy means the UK adequacy regulations.


def test_uk_adequacy_for_brazil_has_no_data_bridge(lint: Lint) -> None:
    result = uk(lint, "BR", "{country: BR, mechanism: adequacy}", role="controller")
    finding = result.expect(
        "ROPA102", "error", "the UK has no adequacy regulations for BR", at="mechanism: adequacy"
    )
    assert "the IDTA or the UK Addendum" in finding.message


def test_eu_adequacy_for_brazil_has_a_decision(lint: Lint) -> None:
    eu(lint, "BR", "{country: BR, mechanism: adequacy}", role="controller").clean("ROPA102")


def test_uk_adequacy_for_gibraltar_and_korea(lint: Lint) -> None:
    result = uk(lint, "GI", "{country: GI, mechanism: adequacy}", role="controller")
    assert result.findings == []
    korea = uk(lint, "KR", "{country: KR, mechanism: adequacy}", role="controller")
    korea.clean("ROPA102")


def test_eu_adequacy_for_gibraltar_has_no_decision(lint: Lint) -> None:
    result = eu(lint, "GI", "{country: GI, mechanism: adequacy}", role="controller")
    result.expect("ROPA102", "error", "the EU has no adequacy decision for GI", at="mechanism:")


# ROPA109: partial scopes of the UK regulations.


def test_uk_adequacy_of_partial_scope(lint: Lint) -> None:
    result = uk(lint, "KR", "{country: KR, mechanism: adequacy}", role="controller")
    result.expect(
        "ROPA109",
        "info",
        "(The Data Protection (Adequacy) (Republic of Korea) Regulations 2022 (SI 2022/1213)), "
        "which covers only recipients subject to PIPA",
        at="mechanism: adequacy",
    )


# ROPA170: UK tools in an EU record.


def test_idta_in_an_eu_record(lint: Lint) -> None:
    result = eu(lint, "IN", "{country: IN, mechanism: idta, tia: {date: 2024-01-01}}")
    finding = result.expect("ROPA170", "error", "a transfer tool of the UK GDPR", at="idta")
    assert "record `scc` with its `scc_module`" in finding.message
    assert "`organization.jurisdiction: uk-gdpr`" in finding.message


def test_uk_extension_in_an_eu_record(lint: Lint) -> None:
    result = eu(lint, "US", "{country: US, mechanism: uk-extension}")
    result.expect("ROPA170", "error", "record `dpf`", at="uk-extension")


def test_idta_in_a_uk_record(lint: Lint) -> None:
    result = uk(lint, "IN", "{country: IN, mechanism: idta, tia: {date: 2024-01-01}}")
    assert result.findings == []


# ROPA171: EU SCCs alone under the UK GDPR.

SCC = "{country: IN, mechanism: scc, scc_module: controller-to-processor, tia: {date: 2024-01-01}}"
ADDENDUM = SCC.replace("mechanism: scc", "mechanism: uk-addendum")


def test_eu_scc_alone_in_a_uk_record(lint: Lint) -> None:
    result = uk(lint, "IN", SCC)
    finding = result.expect("ROPA171", "error", "EU standard contractual clauses alone", at="scc")
    assert "`mechanism: uk-addendum` (keeping `scc_module`)" in finding.message
    assert "`mechanism: idta`" in finding.message


def test_eu_scc_with_the_uk_addendum(lint: Lint) -> None:
    assert uk(lint, "IN", ADDENDUM).findings == []


def test_eu_scc_in_an_eu_record(lint: Lint) -> None:
    eu(lint, "IN", SCC).clean("ROPA171")


# ROPA105, ROPA106: the UK Addendum names the module of the EU clauses it amends.


def test_uk_addendum_without_module(lint: Lint) -> None:
    result = uk(lint, "IN", "{country: IN, mechanism: uk-addendum, tia: {date: 2024-01-01}}")
    result.expect("ROPA105", "error", "UK Addendum without naming the module", at="uk-addendum")


def test_uk_addendum_with_the_wrong_module(lint: Lint) -> None:
    text = ADDENDUM.replace("controller-to-processor", "processor-to-processor")
    result = uk(lint, "IN", text)
    assert [f.rule for f in result.findings] == ["ROPA106"]


# ROPA107: the transfer risk assessment for the IDTA.


def test_idta_without_transfer_risk_assessment(lint: Lint) -> None:
    result = uk(lint, "IN", "{country: IN, mechanism: idta}")
    result.expect("ROPA107", "warning", "without a transfer risk assessment", at="idta")


# ROPA172, ROPA103, ROPA104: the UK Extension to the Data Privacy Framework.


def test_dpf_in_a_uk_record(lint: Lint) -> None:
    result = uk(lint, "US", "{country: US, mechanism: dpf}")
    finding = result.expect("ROPA172", "error", "not from the UK", at="dpf")
    assert "`mechanism: uk-extension`" in finding.message


def test_uk_extension_to_the_us(lint: Lint) -> None:
    result = uk(lint, "US", "{country: US, mechanism: uk-extension}")
    for rule in ("ROPA103", "ROPA104", "ROPA170", "ROPA172"):
        result.clean(rule)


def test_dpf_in_an_eu_record(lint: Lint) -> None:
    eu(lint, "US", "{country: US, mechanism: dpf}").clean("ROPA172")


def test_uk_extension_outside_the_us(lint: Lint) -> None:
    result = uk(lint, "CA", "{country: CA, mechanism: uk-extension}")
    result.expect(
        "ROPA103",
        "error",
        "relies on the UK Extension to the EU-US Data Privacy Framework",
        at="uk-extension",
    )


def test_uk_adequacy_claimed_for_the_us(lint: Lint) -> None:
    result = uk(lint, "US", "{country: US, mechanism: adequacy}")
    result.expect("ROPA104", "error", "write `mechanism: uk-extension`", at="adequacy")


# ROPA133: a representative in the UK.

UK_OUTSIDE = UK_ORGANIZATION.replace("  country: GB\n", "  country: IE\n")


def test_uk_record_of_an_organisation_outside_the_uk(lint: Lint) -> None:
    result = lint(UK_CLEAN, organization=UK_OUTSIDE)
    result.clean("ROPA101")
    finding = result.of("ROPA133")
    assert len(finding) == 1
    assert "established in IE, outside the UK, and names no representative in the UK" in (
        finding[0].message
    )
    assert finding[0].location.line == UK_OUTSIDE.splitlines().index("  country: IE") + 1


def test_uk_record_with_a_uk_representative(lint: Lint) -> None:
    organization = UK_OUTSIDE + "  representative: {email: uk-rep@example.co.uk, country: GB}\n"
    lint(UK_CLEAN, organization=organization).clean("ROPA133")


def test_eu_record_of_an_irish_organisation_needs_none(lint: Lint) -> None:
    lint(CLEAN, organization=ORGANIZATION.replace("country: FR", "country: IE")).clean("ROPA133")


# ROPA173: the authority of the record's law.


def test_uk_record_naming_an_eu_authority(lint: Lint) -> None:
    organization = UK_ORGANIZATION.replace(
        "supervisory_authority: ICO", "supervisory_authority: CNIL"
    )
    result = lint(UK_CLEAN, organization=organization)
    finding = result.of("ROPA173")
    assert len(finding) == 1 and finding[0].severity.value == "warning"
    assert "whose supervisory authority is the ICO, but names CNIL" in finding[0].message
    assert (
        finding[0].location.line
        == organization.splitlines().index("  supervisory_authority: CNIL") + 1
    )


def test_eu_record_naming_the_ico(lint: Lint) -> None:
    organization = ORGANIZATION.replace("supervisory_authority: CNIL", "supervisory_authority: ICO")
    finding = lint(CLEAN, organization=organization).of("ROPA173")
    assert len(finding) == 1 and "names the ICO, which applies the UK GDPR" in finding[0].message


def test_each_record_naming_its_own_authority(lint: Lint) -> None:
    lint(UK_CLEAN, organization=UK_ORGANIZATION).clean("ROPA173")
    lint(CLEAN).clean("ROPA173")


# ROPA174: a British organisation that leaves the jurisdiction at its default.


def test_british_organisation_under_the_eu_default(lint: Lint) -> None:
    organization = UK_ORGANIZATION.replace("  jurisdiction: uk-gdpr\n", "").replace(
        "supervisory_authority: ICO", "supervisory_authority: DPC"
    )
    finding = lint(UK_CLEAN, organization=organization).of("ROPA174")
    assert len(finding) == 1 and finding[0].severity.value == "warning"
    assert "add `jurisdiction: uk-gdpr`" in finding[0].message
    assert finding[0].location.line == organization.splitlines().index("  country: GB") + 1


def test_british_organisation_under_the_uk_gdpr(lint: Lint) -> None:
    lint(UK_CLEAN, organization=UK_ORGANIZATION).clean("ROPA174")


def test_uk_record_with_a_representative_in_the_union(lint: Lint) -> None:
    organization = UK_OUTSIDE + "  representative: {email: rep@example.ie, country: IE}\n"
    finding = lint(UK_CLEAN, organization=organization).of("ROPA133")
    assert len(finding) == 1
    assert "the representative is established in IE, but Art. 27 asks for one in the UK" in (
        finding[0].message
    )
    assert finding[0].location.line == len(organization.splitlines())


def test_eu_record_with_a_representative_in_the_uk(lint: Lint) -> None:
    organization = (
        ORGANIZATION.replace("country: FR", "country: CH")
        + "  representative: {email: rep@example.co.uk, country: GB}\n"
    )
    finding = lint(CLEAN, organization=organization).of("ROPA133")
    assert len(finding) == 1 and "asks for one in the Union" in finding[0].message
