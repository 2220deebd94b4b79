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
from ropa.rules._common import finding, notices_by_activity, quoted
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
    covering = notices_by_activity(registry)
    for activity in registry.activities:
        notices = covering.get(activity.id)
        if not notices or activity.provision is not None:
            continue
        if activity.role == "processor" or not collects_from_the_person(activity):
            continue  # a processor activity in a notice is ROPA160's error
        yield finding(
            INFO,
            f"activity '{activity.id}', covered by notice{'s' if len(notices) > 1 else ''} "
            f"{quoted([n.id for n in notices])}, collects data from the people concerned "
            "but does not say whether they must provide them: add `provision` with its "
            "`requirement` and the `consequences` of not providing the data",
            activity.origin.loc("id"),
        )
