"""ROPA18x: transfer rules on the version 1.1 facts (DPF listing, authority informed),
safeguards where adequacy suffices, and public authorities' derogations."""

from __future__ import annotations

from pathlib import Path

from rule_support import CLEAN, ORGANIZATION, PUBLIC_AUTHORITY, Lint

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _abroad(country: str, transfer: str, consent: str = "") -> str:
    """The clean entries plus a controller recipient in `country`, with one transfer."""
    recipient = f"""\
  - id: abroad
    name: Partner abroad
    role: controller
    country: {country}
    transfers:
      - country: {country}
{transfer}"""
    return (
        CLEAN.replace("activities:\n", recipient + "activities:\n").replace(
            "    recipients: [hosting]\n", "    recipients: [hosting, abroad]\n"
        )
        + consent
    )


UK = ORGANIZATION.replace("  country: FR\n", "  country: GB\n  jurisdiction: uk-gdpr\n").replace(
    "  supervisory_authority: CNIL\n", "  supervisory_authority: ICO\n"
)


def _abroad_from_the_uk(country: str, transfer: str) -> str:
    """As `_abroad`, with the organisation's own processor 'hosting' in the UK."""
    return _abroad(country, transfer).replace("    country: FR\n", "    country: GB\n")


# ROPA180: the DPF listing.


def test_dpf_without_listing(lint: Lint) -> None:
    result = lint(_abroad("US", "        mechanism: dpf  # here\n"))
    result.expect(
        "ROPA180",
        "warning",
        "the transfer of recipient 'abroad' to US relies on the Data Privacy Framework, but "
        "no check of 'abroad' on the Data Privacy Framework List is recorded",
        at="# here",
    )


def test_dpf_with_a_recent_listing(lint: Lint) -> None:
    text = _abroad(
        "US",
        "        mechanism: dpf\n"
        "        dpf_listing: {date: 2026-03-01, reference: 'https://www.dataprivacyframework.gov/list'}\n",
    )
    result = lint(text)
    result.clean("ROPA180")
    assert result.findings == []


def test_dpf_listing_checked_too_long_ago(lint: Lint) -> None:
    text = _abroad(
        "US",
        "        mechanism: dpf\n        dpf_listing:\n          date: 2025-04-30\n",
    )
    result = lint(text)
    result.expect(
        "ROPA180",
        "warning",
        "the certification of 'abroad' was last checked on 2025-04-30, more than 12 months ago",
        at="date: 2025-04-30",
    )


def test_dpf_listing_age_follows_the_review_period(lint: Lint) -> None:
    text = _abroad("US", "        mechanism: dpf\n        dpf_listing: {date: 2025-04-30}\n")
    lint(text, config="review_months = 18\n").clean("ROPA180")


def test_dpf_listing_without_date(lint: Lint) -> None:
    text = _abroad("US", "        mechanism: dpf\n        dpf_listing: {reference: DPF-123}\n")
    result = lint(text)
    result.expect("ROPA180", "warning", "`dpf_listing` does not say when", at="dpf_listing:")


# ROPA181: compelling legitimate interests and the supervisory authority.

COMPELLING = """\
        mechanism: derogation
        derogation: compelling-legitimate-interests
"""


def test_compelling_interests_without_authority_informed(lint: Lint) -> None:
    result = lint(_abroad("AE", COMPELLING))
    result.expect(
        "ROPA181",
        "warning",
        "relies on compelling legitimate interests, but the record does not say when the "
        "supervisory authority was informed",
        at="derogation: compelling-legitimate-interests",
    )


def test_compelling_interests_with_authority_informed(lint: Lint) -> None:
    result = lint(_abroad("AE", COMPELLING + "        authority_informed: 2026-02-03\n"))
    result.clean("ROPA181")
    assert result.findings == []


def test_other_derogation_needs_no_authority_informed(lint: Lint) -> None:
    text = _abroad("AE", "        mechanism: derogation\n        derogation: legal-claims\n")
    lint(text).clean("ROPA181")


# ROPA182: a safeguard or derogation where an adequacy decision covers the recipient.


def test_scc_to_a_country_with_a_full_adequacy_decision(lint: Lint) -> None:
    text = _abroad("CH", "        mechanism: scc\n        scc_module: controller-to-controller\n")
    result = lint(text)
    finding = result.expect(
        "ROPA182",
        "info",
        "relies on standard contractual clauses, but an adequacy decision covers every "
        "recipient in CH (Commission Decision 2000/518/EC of 26 July 2000)",
        at="mechanism: scc",
    )
    assert "record `mechanism: adequacy`" in finding.message


def test_derogation_to_a_country_with_a_full_adequacy_decision(lint: Lint) -> None:
    text = _abroad("BR", "        mechanism: derogation\n        derogation: legal-claims\n")
    result = lint(text)
    result.expect(
        "ROPA182",
        "info",
        "relies on a derogation, but an adequacy decision covers every recipient in BR "
        "(Commission Implementing Decision (EU) 2026/179 of 26 January 2026)",
        at="mechanism: derogation",
    )


def test_uk_decision_is_cited_with_its_renewal(lint: Lint) -> None:
    text = _abroad("GB", "        mechanism: bcr\n")
    finding = lint(text).of("ROPA182")[0]
    assert (
        "Commission Implementing Decision (EU) 2021/1772 of 28 June 2021, renewed in "
        "December 2025 until 27 December 2031" in finding.message
    )


def test_scc_to_a_country_whose_decision_covers_only_some_recipients(lint: Lint) -> None:
    text = _abroad("JP", "        mechanism: scc\n        scc_module: controller-to-controller\n")
    lint(text).clean("ROPA182")


def test_adequacy_to_a_country_with_a_decision(lint: Lint) -> None:
    lint(_abroad("CH", "        mechanism: adequacy\n")).clean("ROPA182")


def test_scc_to_a_country_without_a_decision(lint: Lint) -> None:
    text = _abroad(
        "IN",
        "        mechanism: scc\n        scc_module: controller-to-controller\n"
        "        tia: {date: 2024-01-01}\n",
    )
    result = lint(text)
    result.clean("ROPA182")
    assert result.findings == []


# ROPA183: derogations a public authority cannot use.

CONSENT = """\
    consent:
      how: A form that explains the risks of the transfer
      withdraw: A message to our DPO
      records: The signed forms
"""


def test_public_authority_on_explicit_consent(lint: Lint) -> None:
    text = _abroad(
        "AE", "        mechanism: derogation\n        derogation: explicit-consent\n", CONSENT
    )
    result = lint(text, organization=PUBLIC_AUTHORITY)
    result.expect(
        "ROPA183",
        "error",
        "relies on the 'explicit-consent' derogation (Art. 49(1)(a)), which a public "
        "authority cannot use in the exercise of its public powers",
        at="derogation: explicit-consent",
    )


def test_public_authority_on_compelling_interests(lint: Lint) -> None:
    text = _abroad("AE", COMPELLING + "        authority_informed: 2026-02-03\n")
    result = lint(text, organization=PUBLIC_AUTHORITY)
    result.expect(
        "ROPA183", "error", "(Art. 49(1), second subparagraph)", at="compelling-legitimate"
    )


def test_public_authority_on_public_interest(lint: Lint) -> None:
    text = _abroad("AE", "        mechanism: derogation\n        derogation: public-interest\n")
    result = lint(text, organization=PUBLIC_AUTHORITY)
    result.clean("ROPA183")
    assert result.findings == []


def test_other_organisation_on_explicit_consent(lint: Lint) -> None:
    text = _abroad(
        "AE", "        mechanism: derogation\n        derogation: explicit-consent\n", CONSENT
    )
    lint(text).clean("ROPA183")


def test_uk_record_reads_the_uk_adequacy_regulations(lint: Lint) -> None:
    result = lint(_abroad_from_the_uk("CH", "        mechanism: idta\n"), organization=UK)
    result.expect(
        "ROPA182",
        "info",
        "relies on the International Data Transfer Agreement (IDTA), but UK adequacy "
        "regulations cover every recipient in CH (DPA 2018, Schedule 21, paragraph 5, in "
        "force since 1 January 2021)",
        at="mechanism: idta",
    )


def test_uk_record_brazil_has_no_uk_adequacy(lint: Lint) -> None:
    text = _abroad_from_the_uk("BR", "        mechanism: idta\n")
    lint(text, organization=UK).clean("ROPA182")


def test_uk_extension_without_listing(lint: Lint) -> None:
    text = _abroad_from_the_uk("US", "        mechanism: uk-extension\n")
    result = lint(text, organization=UK)
    result.expect(
        "ROPA180",
        "warning",
        "relies on the UK Extension to the Data Privacy Framework, but no check of 'abroad'",
        at="mechanism: uk-extension",
    )


def test_no_output_says_no_adequacy_decision_where_one_covers_the_transfer(
    tmp_path: Path,
) -> None:
    """ROPA182's other half: the notice of a derogation to an adequate country (here the
    Lohnwerk relocation agency moved to Switzerland) never claims that no adequacy
    decision covers it."""
    from ropa.cli import main

    registry = tmp_path / "registry.yaml"
    text = (FIXTURES / "lohnwerk" / "registry.yaml").read_text("utf-8")
    old = "    country: AE\n    transfers:\n      - country: AE\n"
    assert text.count(old) == 1
    registry.write_text(text.replace(old, old.replace("AE", "CH")), "utf-8")
    out = tmp_path / "out"
    args = ["export", "notice", str(registry), "--notice", "careers", "--format", "md"]
    assert main([*args, "-o", str(out)]) == 0
    notice = next(out.glob("*.md")).read_text("utf-8")
    line = next(line for line in notice.splitlines() if line.startswith("- **Switzerland"))
    assert "adequacy decision" not in line.lower()
    assert "you have explicitly agreed" in line
