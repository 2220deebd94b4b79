"""A purpose of a controller's activity has no legal basis.

Processing is lawful only on one of the six bases of Art. 6(1): consent, contract, legal
obligation, vital interests, public task, legitimate interests. Each purpose has its own
basis, which the notices must state (Art. 13(1)(c)) and which decides the rights people
have. A controller or joint controller must therefore give `legal_basis` for every
purpose. An activity with `role: processor` is exempt: the basis is its client's choice.

How to fix: add `legal_basis` to the purpose, one basis or a list; when several apply,
explain in `basis_note` when each one does.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import CONTROLLER_ROLES, finding, purpose_label
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA110",
    name="legal-basis-missing",
    severity=Severity.ERROR,
    summary="A purpose of a controller's activity has no legal basis.",
    doc=__doc__ or "",
    article="Art. 6(1), Art. 13(1)(c)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        if activity.role not in CONTROLLER_ROLES:
            continue
        for index, purpose in enumerate(activity.purposes):
            if purpose.legal_bases:
                continue
            yield finding(
                INFO,
                f"{purpose_label(activity, index)} has no legal basis: add `legal_basis` "
                "(consent, contract, legal-obligation, vital-interests, public-task or "
                "legitimate-interests)",
                purpose.origin.loc(),
            )
