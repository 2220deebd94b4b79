"""Which rights a notice states, derived from what its activities record.

- access, rectification, erasure and restriction (Arts. 15-18) always apply;
- portability (Art. 20) only where consent or a contract is the basis, or the Art. 9
  condition is explicit consent;
- objection (Art. 21(1)) to the purposes resting on legitimate interests or a public task,
  shown apart as Art. 21(4) requires;
- objection to direct marketing (Art. 21(2)-(3)): absolute, for the purposes marked
  `direct_marketing`, whatever their legal basis. Those purposes are never in the Art. 21(1)
  list, whose "compelling legitimate grounds" do not apply to them. Marketing is never
  guessed from profiling or from free text;
- Art. 22 rights where an activity records `automated_decisions`;
- withdrawing consent (Art. 7(3)) where consent or explicit consent is relied on;
- Art. 8 (children): where an activity about a group of `minors` rests on consent;
- post-mortem directives (French law, art. 85 of the Loi Informatique et Libertés) when the
  notice says so, by default when the organisation is established in France.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ropa.model import Organization, Purpose
    from ropa.record import ActivityRecord, NoticeRecord

ALWAYS = ("access", "rectification", "erasure", "restriction")
OBJECTION_BASES = frozenset({"legitimate-interests", "public-task"})
PORTABILITY_BASES = frozenset({"consent", "contract"})


@dataclass(frozen=True)
class Rights:
    listed: tuple[str, ...]  # keys of wording.RIGHTS, in the order shown
    # purposes one may object to on grounds of one's particular situation (Art. 21(1))
    objection_purposes: tuple[tuple[ActivityRecord, Purpose], ...]
    # purposes of direct marketing, to which objection is absolute (Art. 21(2)-(3))
    direct_marketing_purposes: tuple[tuple[ActivityRecord, Purpose], ...]
    consent_activities: tuple[ActivityRecord, ...]  # whose consent can be withdrawn
    minors_on_consent: tuple[ActivityRecord, ...]  # children's data on consent (Art. 8)
    post_mortem: bool

    @property
    def direct_marketing(self) -> bool:
        return bool(self.direct_marketing_purposes)


def _uses_consent(activity: ActivityRecord) -> bool:
    return (
        "consent" in activity.entry.legal_bases
        or activity.entry.special_category_condition == "explicit-consent"
    )


def is_direct_marketing(purpose: Purpose) -> bool:
    return purpose.direct_marketing


def _concerns_minors(activity: ActivityRecord) -> bool:
    return any(subject.minors for subject in activity.data_subjects)


def derive(notice: NoticeRecord, organization: Organization | None) -> Rights:
    activities = notice.activities
    bases = {basis for activity in activities for basis in activity.entry.legal_bases}
    direct_marketing = tuple(
        (activity, purpose)
        for activity in activities
        for purpose in activity.entry.purposes
        if is_direct_marketing(purpose)
    )
    objection_purposes = tuple(
        (activity, purpose)
        for activity in activities
        for purpose in activity.entry.purposes
        if OBJECTION_BASES & set(purpose.legal_bases) and not is_direct_marketing(purpose)
    )
    consent_activities = tuple(activity for activity in activities if _uses_consent(activity))
    minors_on_consent = tuple(
        activity
        for activity in activities
        if "consent" in activity.entry.legal_bases and _concerns_minors(activity)
    )
    listed = list(ALWAYS)
    if bases & PORTABILITY_BASES or consent_activities:
        listed.append("portability")
    if objection_purposes or direct_marketing:
        listed.append("objection")
    if any(activity.entry.automated_decisions is not None for activity in activities):
        listed.append("automated-decisions")
    post_mortem = notice.entry.post_mortem_directives
    if post_mortem is None:
        post_mortem = organization is not None and organization.country.upper() == "FR"
    return Rights(
        listed=tuple(listed),
        objection_purposes=objection_purposes,
        direct_marketing_purposes=direct_marketing,
        consent_activities=consent_activities,
        minors_on_consent=minors_on_consent,
        post_mortem=post_mortem,
    )
