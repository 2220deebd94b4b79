"""Which rights a notice states, derived from the legal bases its activities actually use.

- access, rectification, erasure and restriction (Arts. 15-18) always apply;
- portability (Art. 20) only where consent or a contract is the basis, or the Art. 9
  condition is explicit consent;
- objection (Art. 21(1)) where legitimate interests or a public task is the basis, shown
  apart as Art. 21(4) requires;
- objection to direct marketing (Art. 21(2)): the format has no marketing flag, so it is
  stated when an activity of the notice profiles people (its `profiling` is set). Guessing
  marketing from free text would be unreliable, and consent alone does not mean marketing;
- Art. 22 rights where an activity records `automated_decisions`;
- withdrawing consent (Art. 7(3)) where consent or explicit consent is relied on;
- post-mortem directives (French law, art. 85 of the Loi Informatique et Libertés) when the
  notice says so, by default when the organisation is established in France.
"""

from __future__ import annotations

from dataclasses import dataclass

from ropa.model import Activity, Notice, Organization, Purpose

ALWAYS = ("access", "rectification", "erasure", "restriction")
OBJECTION_BASES = frozenset({"legitimate-interests", "public-task"})
PORTABILITY_BASES = frozenset({"consent", "contract"})


@dataclass(frozen=True)
class Rights:
    listed: tuple[str, ...]  # keys of wording.RIGHTS, in the order shown
    objection_purposes: tuple[Purpose, ...]  # purposes one may object to (Art. 21(1))
    direct_marketing: bool
    consent_activities: tuple[Activity, ...]  # whose consent can be withdrawn
    post_mortem: bool


def _uses_consent(activity: Activity) -> bool:
    return (
        "consent" in activity.legal_bases
        or activity.special_category_condition == "explicit-consent"
    )


def derive(notice: Notice, organization: Organization | None, activities: list[Activity]) -> Rights:
    bases = {basis for activity in activities for basis in activity.legal_bases}
    objection_purposes = tuple(
        purpose
        for activity in activities
        for purpose in activity.purposes
        if OBJECTION_BASES & set(purpose.legal_bases)
    )
    direct_marketing = any(activity.profiling_origin is not None for activity in activities)
    consent_activities = tuple(activity for activity in activities if _uses_consent(activity))
    listed = list(ALWAYS)
    if bases & PORTABILITY_BASES or consent_activities:
        listed.append("portability")
    if objection_purposes or direct_marketing:
        listed.append("objection")
    if any(activity.automated_decisions is not None for activity in activities):
        listed.append("automated-decisions")
    post_mortem = notice.post_mortem_directives
    if post_mortem is None:
        post_mortem = organization is not None and organization.country.upper() == "FR"
    return Rights(
        listed=tuple(listed),
        objection_purposes=objection_purposes,
        direct_marketing=direct_marketing,
        consent_activities=consent_activities,
        post_mortem=post_mortem,
    )
