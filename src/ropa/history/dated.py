"""`ropa diff --check`: a notice whose text changed must carry a new `last_updated`.

People rely on a notice's date to tell whether it changed since they last read it; a
text that changes under an old date misleads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ropa.findings import Location
from ropa.history.impacts import notice_view
from ropa.record import Record


@dataclass(frozen=True)
class Undated:
    notice_id: str
    last_updated: str | None
    location: Location  # of `last_updated`, or of the notice when it has none

    def line(self) -> str:
        if self.last_updated is None:
            return (
                f"{self.location}: notice '{self.notice_id}' has a new text but no "
                "last_updated: add `last_updated: YYYY-MM-DD`, the date the new text is published"
            )
        return (
            f"{self.location}: notice '{self.notice_id}' has a new text but its last_updated "
            f"is still {self.last_updated}: set it to the date the new text is published"
        )


def undated_notices(before: Record, after: Record) -> list[Undated]:
    """Notices present in both versions whose generated text differs while their
    `last_updated` does not."""
    found = []
    for record in after.notices:
        notice = record.entry
        previous = before.notice(notice.id)
        if previous is None or previous.entry.last_updated != notice.last_updated:
            continue
        if notice_view(before, notice.id) == notice_view(after, notice.id):
            continue
        where = (
            notice.origin.loc("last_updated")
            if notice.last_updated is not None
            else notice.origin.loc("id")
        )
        found.append(Undated(notice.id, notice.last_updated, where))
    return found
