"""A purpose relies on both public task and legitimate interests.

The last subparagraph of Art. 6(1) bars public authorities from relying on legitimate
interests for processing they carry out in the performance of their tasks. A purpose
based on `public-task` is such processing, so adding `legitimate-interests` to the same
purpose is either a contradiction or a sign that two purposes have been merged. Naming
both also muddles the notice: objection works differently under each (Art. 21(1)).

How to fix: keep the basis that applies. If the organisation also does things outside its
public tasks on the basis of legitimate interests, record them as a separate purpose.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, purpose_label
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA113",
    name="public-task-with-legitimate-interests",
    severity=Severity.WARNING,
    summary="One purpose relies on both public task and legitimate interests.",
    doc=__doc__ or "",
    article="Art. 6(1)(e), 6(1)(f) and last subparagraph",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        for index, purpose in enumerate(activity.purposes):
            bases = purpose.legal_bases
            if "public-task" not in bases or "legitimate-interests" not in bases:
                continue
            yield finding(
                INFO,
                f"{purpose_label(activity, index)} relies on both public-task and "
                "legitimate-interests, but a public authority cannot rely on legitimate "
                "interests for its tasks: keep the basis that applies, or record the other "
                "processing as a separate purpose",
                purpose.origin.loc("legal_basis"),
            )
