"""The workbook's machine-readable part: a hidden sheet that lets `ropa import` read it back.

The visible sheets are for people: codes become words, references become names, several
fields share a cell. The hidden sheet `ropa-data` carries the same register as data: every
entry with its id, codes as codes, references as ids, and each text in the workbook's
language, marked as a text so that workbooks of one register in several languages merge
into texts with every language. One row an entry: kind, id, then its JSON (split over
further cells when longer than a cell holds). Nothing on the visible sheets changes.
"""

from __future__ import annotations

import json
from typing import Any

from ropa.register.document import (
    ActivityEntry,
    ContactEntry,
    RecipientEntry,
    Register,
    TransferEntry,
)

SHEET = "ropa-data"
FORMAT = "ropa-register-data"
VERSION = "1"
TEXT = "@text"  # {"@text": {"en": "..."}}: a text in the workbook's language
TEXTS = "@texts"  # {"@texts": {"en": ["...", ...]}}: a list of texts
CHUNK = 30_000  # characters of JSON per cell (Excel holds 32,767)


def _text(lang: str, value: str | None) -> Any:
    return {TEXT: {lang: value}} if value else None


def _texts(lang: str, values: tuple[str, ...]) -> Any:
    return {TEXTS: {lang: list(values)}} if values else None


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out what is absent, as a hand-written registry would."""
    return {
        k: v for k, v in data.items() if v not in (None, "", [], {}, (), False) or k == "profiling"
    }


def _contact(lang: str, contact: ContactEntry | None, with_country: bool = False) -> Any:
    if contact is None:
        return None
    data = {
        "name": _text(lang, contact.name),
        "email": contact.email,
        "phone": contact.phone,
        "address": _text(lang, contact.address),
    }
    if with_country:
        data["country"] = contact.country
    return _clean(data) or None


def _dated(date: str | None, reference: str | None) -> Any:
    return _clean({"date": date, "reference": reference}) or None


def _transfer(lang: str, transfer: TransferEntry) -> dict[str, Any]:
    return _clean(
        {
            "country": transfer.country,
            "mechanism": transfer.mechanism,
            "scc_module": transfer.scc_module,
            "derogation": transfer.derogation,
            "tia": _dated(transfer.tia_date, transfer.tia_reference),
            "supplementary_measures": _texts(lang, transfer.supplementary_measures),
            "note": _text(lang, transfer.note),
        }
    )


def _recipient(lang: str, recipient: RecipientEntry) -> dict[str, Any]:
    contract = recipient.contract
    return _clean(
        {
            "id": recipient.id,
            "name": _text(lang, recipient.name),
            "category": _text(lang, recipient.category),
            "role": recipient.role,
            "country": recipient.country,
            "contact": _contact(lang, recipient.contact),
            "contract": _clean(
                {"type": contract.type, "date": contract.date, "reference": contract.reference}
            )
            if contract
            else None,
            "transfers": [_transfer(lang, t) for t in recipient.transfers],
        }
    )


def _activity(lang: str, activity: ActivityEntry) -> dict[str, Any]:
    retention = activity.retention
    consent = activity.consent
    decisions = activity.automated_decisions
    provision = activity.provision
    dpia = activity.dpia
    data = {
        "id": activity.id,
        "name": _text(lang, activity.name),
        "description": _text(lang, activity.description),
        "role": activity.role if activity.role != "controller" else None,
        "owner": activity.owner,
        "systems": list(activity.systems),
        "purposes": [
            _clean(
                {
                    "description": _text(lang, p.description),
                    "legal_basis": list(p.legal_bases),
                    "basis_note": _text(lang, p.basis_note),
                    "legitimate_interest": _text(lang, p.legitimate_interest),
                    "lia": _dated(p.lia_date, p.lia_reference),
                }
            )
            for p in activity.purposes
        ],
        "data_subjects": [s.id for s in activity.data_subjects],
        "data_categories": [c.id for c in activity.data_categories],
        "special_category_condition": activity.special_category_condition,
        "criminal_data_authority": _text(lang, activity.criminal_data_authority),
        "sources": [
            _clean({"type": s.type, "description": _text(lang, s.description)})
            for s in activity.sources
        ],
        "recipients": [r.id for r in activity.recipients],
        "joint_controllers": [r.id for r in activity.joint_controllers],
        "on_behalf_of": [c.id for c in activity.on_behalf_of],
        "retention": _clean(
            {
                "period": retention.period,
                "from": _text(lang, retention.start),
                "criteria": _texts(lang, retention.criteria),
                "archive": _text(lang, retention.archive),
            }
        )
        if retention
        else None,
        # organisation-wide measures apply anyway: only the activity's own are listed
        "security_measures": [
            m.id for m in activity.security_measures if m.scope != "organization"
        ],
        "consent": _clean(
            {
                "how": _text(lang, consent.how),
                "withdraw": _text(lang, consent.withdraw),
                "records": _text(lang, consent.records),
            }
        )
        if consent
        else None,
        "automated_decisions": _clean(
            {
                "logic": _text(lang, decisions.logic),
                "significance": _text(lang, decisions.significance),
                "consequences": _text(lang, decisions.consequences),
            }
        )
        if decisions
        else None,
        "provision": _clean(
            {
                "requirement": provision.requirement,
                "consequences": _text(lang, provision.consequences),
            }
        )
        if provision
        else None,
        "risk": {name: True for name in activity.risk},
        "dpia": _clean(
            {
                "status": dpia.status,
                "date": dpia.date,
                "reference": dpia.reference,
                "reason": _text(lang, dpia.reason),
            }
        )
        if dpia
        else None,
        "created": activity.created,
        "last_reviewed": activity.last_reviewed,
    }
    cleaned = _clean(data)
    if activity.profiling:
        cleaned["profiling"] = _clean({"description": _text(lang, activity.profiling_description)})
    else:
        cleaned.pop("profiling", None)
    return cleaned


def _organization(lang: str, register: Register) -> dict[str, Any]:
    org = register.organization
    authority: Any = None
    if (sa := org.supervisory_authority) is not None:
        authority = _clean(
            {
                "id": sa.id,
                "name": _text(lang, sa.name),
                "url": sa.url,
                "address": _text(lang, sa.address),
            }
        )
    return _clean(
        {
            "name": org.name,
            "legal_form": org.legal_form,
            "address": _text(lang, org.address),
            "country": org.country,
            "email": org.email,
            "phone": org.phone,
            "website": org.website,
            "languages": list(org.languages),
            "dpo": _contact(lang, org.dpo),
            "representative": _contact(lang, org.representative, with_country=True),
            "supervisory_authority": authority,
            "jurisdiction": org.jurisdiction if org.jurisdiction != "eu-gdpr" else None,
            "public_authority": org.public_authority,
        }
    )


def rows(register: Register) -> list[tuple[str, str, dict[str, Any] | str]]:
    """(kind, id, data) for every entry of the register, in register order."""
    lang = register.language
    found: list[tuple[str, str, dict[str, Any] | str]] = [
        ("format", FORMAT, VERSION),
        ("language", lang, lang),
        ("revision", register.revision or "", register.revision or ""),
        ("organization", "", _organization(lang, register)),
    ]
    for subject in register.data_subjects:
        found.append(
            (
                "data_subjects",
                subject.id,
                _clean(
                    {
                        "id": subject.id,
                        "name": _text(lang, subject.name),
                        "description": _text(lang, subject.description),
                        "vulnerable": subject.vulnerable,
                    }
                ),
            )
        )
    for category in register.data_categories:
        found.append(
            (
                "data_categories",
                category.id,
                _clean(
                    {
                        "id": category.id,
                        "name": _text(lang, category.name),
                        "examples": _texts(lang, category.examples),
                        "special": category.special,
                        "criminal": category.criminal,
                        "dpv": category.dpv,
                    }
                ),
            )
        )
    for measure in register.security_measures:
        found.append(
            (
                "security_measures",
                measure.id,
                _clean(
                    {
                        "id": measure.id,
                        "name": _text(lang, measure.name),
                        "description": _text(lang, measure.description),
                        "scope": measure.scope if measure.scope != "activity" else None,
                    }
                ),
            )
        )
    found.extend(("recipients", r.id, _recipient(lang, r)) for r in register.recipients)
    for client in register.clients:
        found.append(
            (
                "clients",
                client.id,
                _clean(
                    {
                        "id": client.id,
                        "name": _text(lang, client.name),
                        "contact": _contact(lang, client.contact),
                        "representative": _contact(lang, client.representative),
                        "dpo": _contact(lang, client.dpo),
                    }
                ),
            )
        )
    found.extend(("activities", a.id, _activity(lang, a)) for a in register.activities)
    return found


def write_data_sheet(workbook: Any, register: Register, put: Any) -> None:
    """Add the hidden `ropa-data` sheet last, so the visible sheets keep their order."""
    sheet = workbook.create_sheet(SHEET)
    sheet.sheet_state = "hidden"
    for column, heading in enumerate(("kind", "id", "data"), 1):
        put(sheet, 1, column, heading)
    for row, (kind, id_, data) in enumerate(rows(register), 2):
        put(sheet, row, 1, kind)
        put(sheet, row, 2, id_)
        payload = (
            data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, sort_keys=False)
        )
        for index in range(0, max(len(payload), 1), CHUNK):
            put(sheet, row, 3 + index // CHUNK, payload[index : index + CHUNK])
