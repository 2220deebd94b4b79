"""A date in the record lies in the future.

The record states what has been done: when an activity was created and last reviewed,
when a DPIA, a legitimate interests assessment or a transfer impact assessment was
carried out, when a contract was signed, when a DPF listing was checked or an authority
informed. A date after today is a typing mistake (2062 for 2026) or a plan written as a
fact, and an authority reading the record would take it as one or the other
(accountability, Arts. 5(2) and 24(1)).

Reported at the date, one finding per date.

How to fix: correct the date, or, for something planned, leave the field out until it
has happened (a DPIA under way is `status: in-progress`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, Location, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, parse_date
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA154",
    name="date-in-future",
    severity=Severity.WARNING,
    summary="A date in the record lies after today.",
    doc=__doc__ or "",
    article="Art. 5(2), Art. 24(1), Art. 30",
)


def _dates(registry: Registry) -> Iterator[tuple[str, str | None, Location]]:
    """(what the date is, the date as written, where) for every dated fact."""
    for activity in registry.activities:
        at = activity.origin
        yield f"activity '{activity.id}': created", activity.created, at.loc("created")
        yield (
            f"activity '{activity.id}': last_reviewed",
            activity.last_reviewed,
            at.loc("last_reviewed"),
        )
        if activity.dpia is not None:
            yield f"activity '{activity.id}': dpia.date", activity.dpia.date, at.loc("dpia", "date")
        for index, purpose in enumerate(activity.purposes):
            if purpose.lia is not None:
                where = purpose.origin.loc("lia", "date")
                yield (
                    f"activity '{activity.id}', purpose {index + 1}: lia.date",
                    purpose.lia.date,
                    where,
                )
    for recipient in registry.recipients:
        if recipient.contract is not None:
            where = recipient.contract.origin.loc("date")
            yield f"recipient '{recipient.id}': contract.date", recipient.contract.date, where
        for index, transfer in enumerate(recipient.transfers):
            label = f"recipient '{recipient.id}', transfer {index + 1}"
            if transfer.tia is not None:
                yield f"{label}: tia.date", transfer.tia.date, transfer.origin.loc("tia", "date")
            if transfer.dpf_listing is not None:
                where = transfer.origin.loc("dpf_listing", "date")
                yield f"{label}: dpf_listing.date", transfer.dpf_listing.date, where
            where = transfer.origin.loc("authority_informed")
            yield f"{label}: authority_informed", transfer.authority_informed, where


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for what, written, location in _dates(registry):
        day = parse_date(written)
        if day is None or day <= context.today:
            continue
        yield finding(
            INFO,
            f"{what} is {day.isoformat()}, after today ({context.today.isoformat()}): the "
            "record states what has been done; correct the date",
            location,
        )
