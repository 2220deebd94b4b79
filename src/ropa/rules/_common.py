"""Small helpers the rule modules share. Not a rule: it is not registered."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from ropa.findings import Finding, Location, RuleInfo
from ropa.model import Activity, Notice, Recipient, Registry, Transfer

CONTROLLER_ROLES = frozenset({"controller", "joint-controller"})
PROCESSOR_ROLES = frozenset({"processor", "sub-processor"})

SCC_MODULE_NUMBERS = {
    "controller-to-controller": 1,
    "controller-to-processor": 2,
    "processor-to-processor": 3,
    "processor-to-controller": 4,
}

MECHANISM_NAMES = {
    "adequacy": "an adequacy decision",
    "dpf": "the EU-US Data Privacy Framework",
    "scc": "standard contractual clauses",
    "bcr": "binding corporate rules",
    "code-of-conduct": "a code of conduct",
    "certification": "a certification",
    "public-authority-instrument": "an instrument between public authorities",
    "ad-hoc-clauses": "ad hoc contractual clauses",
    "administrative-arrangement": "an administrative arrangement",
    "derogation": "a derogation",
    "idta": "the International Data Transfer Agreement (IDTA)",
    "uk-addendum": "the UK Addendum to the EU standard contractual clauses",
    "uk-extension": "the UK Extension to the EU-US Data Privacy Framework",
}


def finding(info: RuleInfo, message: str, location: Location) -> Finding:
    return Finding(info.id, info.severity, message, location)


def is_public_authority(registry: Registry) -> bool:
    """Whether the organisation records itself as a public authority (`public_authority`)."""
    return registry.organization is not None and registry.organization.public_authority


def activities_by_recipient(registry: Registry) -> dict[str, list[Activity]]:
    """For each recipient id, the activities that send data to it, in registry order."""
    users: dict[str, list[Activity]] = {}
    for activity in registry.activities:
        for recipient_id in dict.fromkeys((*activity.recipients, *activity.joint_controllers)):
            users.setdefault(recipient_id, []).append(activity)
    return users


def transfers(registry: Registry, *mechanisms: str) -> Iterator[tuple[Recipient, Transfer]]:
    """Every transfer with its recipient, in registry order; when `mechanisms` are named,
    only the transfers that rely on one of them."""
    for recipient in registry.recipients:
        for transfer in recipient.transfers:
            if not mechanisms or transfer.mechanism in mechanisms:
                yield recipient, transfer


def transfer_label(recipient: Recipient, transfer: Transfer) -> str:
    return f"the transfer of recipient '{recipient.id}' to {transfer.country or '?'}"


def expected_scc_module(activity_role: str, recipient_role: str | None) -> str | None:
    """The SCC module that fits who exports and who imports, or None when no module fits
    or the roles do not say (an internal team, an authority receiving from a processor)."""
    if activity_role in CONTROLLER_ROLES:
        if recipient_role in PROCESSOR_ROLES:
            return "controller-to-processor"
        if recipient_role in CONTROLLER_ROLES or recipient_role == "public-authority":
            # An authority receiving data decides what it does with them: a controller.
            return "controller-to-controller"
        return None
    if activity_role == "processor":
        if recipient_role in PROCESSOR_ROLES:
            return "processor-to-processor"
        if recipient_role in CONTROLLER_ROLES:
            return "processor-to-controller"
    return None


def module_label(module: str) -> str:
    number = SCC_MODULE_NUMBERS.get(module)
    return f"{module} (module {number})" if number else module


def quoted(ids: Sequence[str]) -> str:
    return ", ".join(f"'{item}'" for item in ids)


def counted(ids: Sequence[str], one: str, many: str) -> str:
    """`one` or `many` as the number of ids asks, with the ids quoted in place of `{}`:
    `counted(["a"], "activity {} records", "activities {} record")` is "activity 'a' records"."""
    return (one if len(ids) == 1 else many).format(quoted(ids))


def purpose_label(activity: Activity, index: int) -> str:
    """How a message names a purpose: its activity and its position, counting from 1."""
    if len(activity.purposes) == 1:
        return f"the purpose of activity '{activity.id}'"
    return f"purpose {index + 1} of activity '{activity.id}'"


def notices_by_activity(registry: Registry) -> dict[str, list[Notice]]:
    """For each activity id, the notices that cover it, in registry order."""
    covering: dict[str, list[Notice]] = {}
    for notice in registry.notices:
        for activity_id in dict.fromkeys(notice.activities):
            covering.setdefault(activity_id, []).append(notice)
    return covering


def activities_in_notices(registry: Registry) -> Iterator[tuple[Activity, list[Notice]]]:
    """Each activity that a notice covers, with the notices covering it, in registry order.
    Processor activities are left out: they have no place in a notice (ROPA160)."""
    covering = notices_by_activity(registry)
    for activity in registry.activities:
        notices = covering.get(activity.id)
        if notices and activity.role != "processor":
            yield activity, notices


def parse_date(value: str | None) -> date | None:
    """A date written in the record, or None when absent or malformed (the schema's finding)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
