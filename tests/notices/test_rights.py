"""Which rights a notice states follows from the legal bases its activities use."""

from __future__ import annotations

from ropa.model import Registry
from ropa.notices.rights import derive
from ropa.record import build_record


def _rights(registry: Registry, notice_id: str):  # type: ignore[no-untyped-def]
    record = build_record(registry)
    notice = record.notice(notice_id)
    assert notice is not None
    return derive(notice, record.organization)


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
    # the legitimate-interests purposes, except personalised marketing: direct marketing
    # is objected to without conditions (Art. 21(2)), never in the Art. 21(1) list
    assert [a.id for a, _p in rights.objection_purposes] == [
        "product-improvement",
        "business-reporting",
    ]
    assert [a.id for a, _p in rights.direct_marketing_purposes] == [
        "newsletter",
        "personalised-marketing",
    ]
    assert rights.minors_on_consent == ()
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


def test_v11_children_on_consent_and_direct_marketing(v11: Registry) -> None:
    rights = _rights(v11, "families")
    assert [a.id for a in rights.minors_on_consent] == ["lessons", "gallery"]
    assert [a.id for a, _p in rights.direct_marketing_purposes] == ["course-offers"]
    assert [a.id for a, _p in rights.objection_purposes] == ["course-offers"]  # the other purpose
    assert rights.post_mortem
