"""An activity covered by a notice collects data from people without saying whether they
must provide them.

When data are obtained from the person, the notice says whether providing them is a
statutory or contractual requirement or a requirement for entering into a contract,
whether the person is obliged to provide them, and what happens if they do not
(Art. 13(2)(e)). The notice takes that from the activity's `provision`.

ropa reads "obtained from the person" from `sources`: an activity with a source of type
`data-subject`, or with no `sources` at all (notices then treat every datum as given by the
person). Reported at the activity's id.

How to fix: add `provision` with a `requirement` (`statutory`, `contractual`,
`contract-prerequisite`, `voluntary`, `mixed`) and, unless it is voluntary, the
`consequences` of not providing the data.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Activity, Registry
from ropa.rules._common import activities_in_notices, counted, finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA163",
    name="provision-missing",
    severity=Severity.WARNING,
    summary="A notice's activity collects data from people without saying if they must.",
    doc=__doc__ or "",
    article="Art. 13(2)(e)",
)


def collects_from_the_person(activity: Activity) -> bool:
    return not activity.sources or any(s.type == "data-subject" for s in activity.sources)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity, notices in activities_in_notices(registry):
        if activity.provision is not None or not collects_from_the_person(activity):
            continue
        covering = counted([n.id for n in notices], "notice {}", "notices {}")
        yield finding(
            INFO,
            f"activity '{activity.id}', covered by {covering}, collects data from the people "
            "concerned but does not say whether they must provide them: add `provision` with "
            "its `requirement` and the `consequences` of not providing the data",
            activity.origin.loc("id"),
        )
