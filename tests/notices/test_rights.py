"""Which rights a notice states follows from the legal bases its activities use."""

from __future__ import annotations

from ropa.model import Registry
from ropa.notices.rights import derive


def _rights(registry: Registry, notice_id: str):  # type: ignore[no-untyped-def]
    notice = registry.notice(notice_id)
    assert notice is not None
    activities = [a for a in (registry.activity(i) for i in notice.activities) if a]
    return derive(notice, registry.organization, activities)


def test_ampere_website(ampere: Registry) -> None:
    rights = _rights(ampere, "website")
    assert rights.listed == (
        "access",
        "rectification",
        "erasure",
        "restriction",
        "portability",
        "objection",
    )
    assert len(rights.objection_purposes) == 3  # every purpose on legitimate interests
    assert rights.direct_marketing  # personalised marketing profiles people
    assert [a.id for a in rights.consent_activities] == ["newsletter", "personalised-marketing"]
    assert rights.post_mortem  # a French organisation


def test_lohnwerk_careers_has_no_objection_and_no_post_mortem(lohnwerk: Registry) -> None:
    rights = _rights(lohnwerk, "careers")
    assert "objection" not in rights.listed
    assert "portability" in rights.listed
    assert not rights.direct_marketing
    assert not rights.post_mortem


def test_lohnwerk_customers_objection_without_consent(lohnwerk: Registry) -> None:
    rights = _rights(lohnwerk, "customers")
    assert "objection" in rights.listed
    assert rights.consent_activities == ()
