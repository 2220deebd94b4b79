"""ROPA13x: roles, contracts, representative and DPO."""

from __future__ import annotations

import pytest
from rule_support import (
    CLEAN,
    CLIENT,
    ORGANIZATION,
    PUBLIC_AUTHORITY,
    Lint,
    for_client,
    hosting_as_sub_processor,
)


def test_processor_without_contract(lint: Lint) -> None:
    result = lint(CLEAN.replace("    contract: {type: dpa, date: 2024-01-01}\n", ""))
    result.expect("ROPA130", "warning", "processor 'hosting' has no contract", at="- id: hosting")


def test_processor_with_another_kind_of_contract(lint: Lint) -> None:
    result = lint(CLEAN.replace("{type: dpa, date: 2024-01-01}", "\n      type: other"))
    result.expect("ROPA130", "warning", "of type 'other'", at="type: other")


def test_processor_with_dpa(lint: Lint) -> None:
    lint(CLEAN).clean("ROPA130")


JOINT = """\
  - id: partner
    name: Event partner
    role: joint-controller
    country: FR
    contact: {{email: privacy@partner.example}}
{contract}"""


def _joint(contract: str) -> str:
    return CLEAN.replace(
        "activities:\n", JOINT.format(contract=contract) + "activities:\n"
    ).replace(
        "    recipients: [hosting]\n",
        "    recipients: [hosting]\n    role: joint-controller\n    joint_controllers: [partner]\n",
    )


def test_joint_controller_without_arrangement(lint: Lint) -> None:
    result = lint(_joint(""))
    result.expect(
        "ROPA131",
        "warning",
        "joint controller 'partner' has no joint-controller arrangement",
        at="- id: partner",
    )


def test_joint_controller_with_arrangement(lint: Lint) -> None:
    result = lint(
        _joint(
            "    contract: {type: joint-controller-arrangement, date: 2024-03-01}\n"
            "    arrangement: We inform participants; the partner answers their requests.\n"
        )
    )
    result.clean("ROPA131")
    assert result.findings == []


def test_processor_activity_without_client(lint: Lint) -> None:
    text = CLEAN.replace("    name: Orders\n", "    name: Orders\n    role: processor  # here\n")
    result = lint(text)
    result.expect("ROPA132", "error", "list the controllers' client ids", at="# here")


def test_processor_activity_with_client(lint: Lint) -> None:
    result = lint(hosting_as_sub_processor(for_client()) + CLIENT)
    result.clean("ROPA132")
    assert result.findings == []


OUTSIDE = ORGANIZATION.replace("  country: FR\n", "  country: CH\n")


def test_organisation_outside_the_eea_without_representative(lint: Lint) -> None:
    result = lint(CLEAN, organization=OUTSIDE)
    finding = result.of("ROPA133")
    assert len(finding) == 1
    assert finding[0].severity.value == "warning"
    assert "established in CH, outside the EEA" in finding[0].message
    assert finding[0].location.file.endswith("organization.yaml")
    assert finding[0].location.line == OUTSIDE.splitlines().index("  country: CH") + 1


def test_organisation_outside_the_eea_with_representative(lint: Lint) -> None:
    organization = OUTSIDE + "  representative: {email: eu-rep@example.org, country: IE}\n"
    lint(CLEAN, organization=organization).clean("ROPA133")


def test_organisation_inside_the_eea_needs_no_representative(lint: Lint) -> None:
    lint(CLEAN).clean("ROPA133")


def test_no_dpo(lint: Lint) -> None:
    organization = ORGANIZATION.replace("  dpo: {email: dpo@example.org}\n", "")
    result = lint(CLEAN, organization=organization)
    [finding] = result.of("ROPA134")
    assert finding.severity.value == "warning"
    assert "gives no data protection officer" in finding.message
    assert finding.location.file.endswith("organization.yaml")
    assert finding.location.line == 1


def test_dpo_without_means_of_contact(lint: Lint) -> None:
    organization = ORGANIZATION.replace("dpo: {email: dpo@example.org}", "dpo: {name: Jane}")
    [finding] = lint(CLEAN, organization=organization).of("ROPA134")
    assert "no means of contact" in finding.message
    assert finding.location.line == organization.splitlines().index("  dpo: {name: Jane}") + 1


def test_dpo_with_contact(lint: Lint) -> None:
    lint(CLEAN).clean("ROPA134")


def test_joint_controller_activity_without_partners(lint: Lint) -> None:
    result = lint(
        CLEAN.replace("    name: Orders\n", "    name: Orders\n    role: joint-controller\n")
    )
    result.expect("ROPA135", "warning", "names no partner", at="role: joint-controller")


def test_controller_activity_with_partners(lint: Lint) -> None:
    text = _joint("    contract: {type: joint-controller-arrangement}\n").replace(
        "    role: joint-controller\n    joint_controllers", "    joint_controllers"
    )
    result = lint(text)
    result.expect("ROPA135", "warning", "set `role: joint-controller`", at="joint_controllers:")


def test_joint_controller_activity_with_partners(lint: Lint) -> None:
    lint(_joint("    contract: {type: joint-controller-arrangement}\n")).clean("ROPA135")


# ROPA136: processors and sub-processors by the activities that use them.

PROCESSOR_ACTIVITY = for_client()


def test_processor_used_for_clients_is_a_sub_processor(lint: Lint) -> None:
    result = lint(
        PROCESSOR_ACTIVITY.replace(
            "role: processor\n    country: FR", "role: processor  # here\n    country: FR"
        )
        + CLIENT
    )
    result.expect(
        "ROPA136",
        "warning",
        "processor 'hosting' is used in processor activity 'orders', done on behalf of "
        "clients: there it is a sub-processor",
        at="# here",
    )


def test_sub_processor_used_for_clients(lint: Lint) -> None:
    lint(hosting_as_sub_processor(PROCESSOR_ACTIVITY) + CLIENT).clean("ROPA136")


def test_sub_processor_used_only_in_controller_activities(lint: Lint) -> None:
    result = lint(hosting_as_sub_processor())
    result.expect(
        "ROPA136",
        "warning",
        "sub-processor 'hosting' is used only in activities the organisation carries out as "
        "controller ('orders')",
        at="role: sub-processor",
    )


def test_sub_processor_used_in_both_kinds_of_activity(lint: Lint) -> None:
    text = (
        hosting_as_sub_processor(PROCESSOR_ACTIVITY)
        + """\
  - id: own-orders
    name: Our own orders
    purposes:
      - {description: Selling, legal_basis: contract}
    data_subjects: [customers]
    data_categories: [contact]
    recipients: [hosting]
    retention: {period: P1Y}
"""
    )
    result = lint(text + CLIENT)
    result.clean("ROPA136")
    assert result.findings == []


def test_processor_used_in_controller_activities(lint: Lint) -> None:
    lint(CLEAN).clean("ROPA136")


# ROPA138, ROPA139: what notices need about a joint controller.

ARRANGED = "    contract: {type: joint-controller-arrangement, date: 2024-03-01}\n"


def test_joint_controller_without_the_essence_of_the_arrangement(lint: Lint) -> None:
    result = lint(_joint(ARRANGED))
    result.expect(
        "ROPA138",
        "warning",
        "joint controller 'partner' has no `arrangement`: add the essence of the arrangement",
        at="- id: partner",
    )
    result.clean("ROPA139")


def test_joint_controller_with_the_essence_of_the_arrangement(lint: Lint) -> None:
    result = lint(_joint(ARRANGED + "    arrangement: {en: We inform participants.}\n"))
    result.clean("ROPA138")


@pytest.mark.parametrize(
    ("contact", "fragment", "at"),
    [
        pytest.param(
            "",
            "joint controller 'partner' has no `contact`: notices must give a way to reach",
            "- id: partner",
            id="joint_controller_without_contact",
        ),
        pytest.param(
            "    contact: {name: The partner}\n",
            "has a `contact` without email, phone or address",
            "contact: {name: The partner}",
            id="joint_controller_with_a_contact_that_only_names",
        ),
    ],
)
def test_joint_controller_contact_that_notices_cannot_use(
    lint: Lint, contact: str, fragment: str, at: str
) -> None:
    text = _joint(ARRANGED + "    arrangement: We inform participants.\n").replace(
        "    contact: {email: privacy@partner.example}\n", contact
    )
    lint(text).expect("ROPA139", "warning", fragment, at=at)


def test_joint_controller_with_contact(lint: Lint) -> None:
    lint(_joint(ARRANGED)).clean("ROPA139")


# ROPA137: a public authority must designate a DPO.


def test_public_authority_without_dpo(lint: Lint) -> None:
    organization = PUBLIC_AUTHORITY.replace("  dpo: {email: dpo@example.org}\n", "")
    result = lint(CLEAN, organization=organization)
    finding = result.of("ROPA137")
    assert len(finding) == 1, result.findings
    assert finding[0].severity.value == "error"
    assert (
        "is a public authority (`public_authority: true`) but records no data protection officer"
        in finding[0].message
    )
    assert finding[0].location.file.endswith("organization.yaml")
    assert finding[0].location.line == 1
    result.clean("ROPA134")  # not said twice


def test_public_authority_with_dpo(lint: Lint) -> None:
    lint(CLEAN, organization=PUBLIC_AUTHORITY).clean("ROPA137")


def test_other_organisation_without_dpo_is_only_a_warning(lint: Lint) -> None:
    organization = ORGANIZATION.replace("  dpo: {email: dpo@example.org}\n", "")
    result = lint(CLEAN, organization=organization)
    result.clean("ROPA137")
    assert [f.rule for f in result.findings] == ["ROPA134"]
