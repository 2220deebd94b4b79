"""ROPA16x: what a notice needs from the activities it covers."""

from __future__ import annotations

from rule_support import CLEAN, CLIENT, Lint, for_client

NOTICE = """\
notices:
  - id: website
    title: Privacy policy
    activities: [orders]
"""

PROVISION = """\
    provision: {requirement: contractual, consequences: We cannot deliver the order.}
"""


def _noticed(entries: str) -> str:
    return entries + NOTICE


def test_processor_activity_in_a_notice(lint: Lint) -> None:
    result = lint(for_client() + CLIENT + NOTICE.replace("[orders]", "[orders]  # listed"))
    result.expect(
        "ROPA160",
        "error",
        "notice 'website' lists activity 'orders', which the organisation carries out as a "
        "processor",
        at="# listed",
    )
    # The processor activity's own gaps are not restated as notice findings.
    result.clean("ROPA161")
    result.clean("ROPA163")


def test_controller_activity_in_a_notice(lint: Lint) -> None:
    result = lint(_noticed(CLEAN.replace("    retention:", PROVISION + "    retention:")))
    result.clean("ROPA160")
    assert result.findings == []


def test_activity_in_a_notice_without_retention(lint: Lint) -> None:
    text = CLEAN.replace("    retention: {period: P3Y}\n", PROVISION)
    result = lint(_noticed(text))
    result.expect(
        "ROPA161",
        "error",
        "activity 'orders' has no `retention`, but notice 'website' must say how long",
        at="- id: orders",
    )
    result.clean("ROPA162")


def test_activity_outside_notices_without_retention(lint: Lint) -> None:
    result = lint(CLEAN.replace("    retention: {period: P3Y}\n", ""))
    result.expect(
        "ROPA162", "warning", "activity 'orders' records no `retention`", at="- id: orders"
    )
    result.clean("ROPA161")


def test_processor_activity_without_retention_is_the_clients_matter(lint: Lint) -> None:
    text = for_client(CLEAN.replace("    retention: {period: P3Y}\n", ""))
    result = lint(text + CLIENT)
    result.clean("ROPA162")
    assert {f.rule for f in result.findings} == {"ROPA136"}  # hosting is a sub-processor here


def test_activity_with_retention(lint: Lint) -> None:
    result = lint(CLEAN)
    result.clean("ROPA161")
    result.clean("ROPA162")


def test_activity_in_a_notice_collecting_from_the_person_without_provision(lint: Lint) -> None:
    result = lint(_noticed(CLEAN))
    result.expect(
        "ROPA163",
        "warning",
        "activity 'orders', covered by notice 'website', collects data from the people "
        "concerned but does not say whether they must provide them",
        at="- id: orders",
    )


def test_activity_with_a_data_subject_source_without_provision(lint: Lint) -> None:
    text = CLEAN.replace(
        "    retention:",
        "    sources:\n      - type: third-party\n      - type: data-subject\n    retention:",
    )
    lint(_noticed(text)).expect("ROPA163", "warning", "add `provision`", at="- id: orders")


def test_activity_with_data_from_elsewhere_needs_no_provision(lint: Lint) -> None:
    text = CLEAN.replace(
        "    retention:",
        "    sources:\n      - {type: third-party, description: Our resellers}\n    retention:",
    )
    lint(_noticed(text)).clean("ROPA163")


def test_activity_in_a_notice_with_provision(lint: Lint) -> None:
    lint(_noticed(CLEAN.replace("    retention:", PROVISION + "    retention:"))).clean("ROPA163")


def test_activity_outside_notices_needs_no_provision(lint: Lint) -> None:
    lint(CLEAN).clean("ROPA163")
