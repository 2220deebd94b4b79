"""A public authority relies on legitimate interests.

Legitimate interests (Art. 6(1)(f)) "shall not apply to processing carried out by public
authorities in the performance of their tasks" (Art. 6(1), last subparagraph): the
legislator sets out the legal basis for the processing of public authorities, so they rely
on a legal obligation (c) or on a task carried out in the public interest or in the
exercise of official authority (e), resting on Union or Member State law (Art. 6(3)).

Reported, when `organization.public_authority` is true, at the `legal_basis` of each
purpose of a controller or joint-controller activity that lists `legitimate-interests`.
Processor activities are left out: their bases are the clients'.

How to fix: rely on `public-task` or `legal-obligation` and name the law in `basis_note`.
If the processing is not part of the authority's tasks (rare: the management of its own
premises, for instance), explain it in `basis_note` and silence the finding in place
with `# ropa: ignore[ROPA115] <why>`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, is_public_authority, purpose_label
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA115",
    name="public-authority-legitimate-interests",
    severity=Severity.ERROR,
    summary="A public authority relies on legitimate interests.",
    doc=__doc__ or "",
    article="Art. 6(1), last subparagraph",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    if not is_public_authority(registry):
        return
    for activity in registry.activities:
        if activity.role == "processor":
            continue
        for index, purpose in enumerate(activity.purposes):
            if "legitimate-interests" not in purpose.legal_bases:
                continue
            yield finding(
                INFO,
                f"{purpose_label(activity, index)} relies on legitimate interests, which a "
                "public authority cannot use for processing in the performance of its tasks "
                "(Art. 6(1), last subparagraph): rely on public-task or legal-obligation",
                purpose.origin.loc("legal_basis"),
            )
