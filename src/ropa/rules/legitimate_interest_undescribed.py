"""A purpose relies on legitimate interests without saying which interest.

Art. 6(1)(f) is a basis only for a specific interest, pursued by the controller or a third
party, that outweighs the interests and rights of the people concerned. The interest must
be named in the record and told to people (Art. 13(1)(d), Art. 14(2)(b)): a notice that
says "our legitimate interests" and nothing more does not meet that duty.

How to fix: add `legitimate_interest` to the purpose, saying in plain words what the
organisation wants to achieve, for example "Keeping our systems and our clients' data
secure".
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, purpose_label
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA111",
    name="legitimate-interest-undescribed",
    severity=Severity.ERROR,
    summary="A purpose relies on legitimate interests without naming the interest.",
    doc=__doc__ or "",
    article="Art. 6(1)(f), Art. 13(1)(d)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        for index, purpose in enumerate(activity.purposes):
            if "legitimate-interests" not in purpose.legal_bases:
                continue
            if purpose.legitimate_interest is not None:
                continue
            yield finding(
                INFO,
                f"{purpose_label(activity, index)} relies on legitimate interests without "
                "saying which: add `legitimate_interest` describing the interest pursued",
                purpose.origin.loc("legal_basis"),
            )
