"""The model records every language-map text, so the language check can trust its list."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ropa.model import Registry, Text, TextList
from ropa.validate import validate

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _walk(value: Any) -> Iterator[Text | TextList]:
    if isinstance(value, (Text, TextList)):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _walk(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in ("origin", "profiling_origin", "language_maps", "sources"):
                yield from _walk(getattr(value, field.name))


def _registry(name: str) -> Registry:
    registry = validate(str(FIXTURES / name)).registry
    assert registry is not None
    return registry


@pytest.mark.parametrize("name", ["ampere", "lohnwerk", "golden/broken"])
def test_language_maps_are_exactly_the_mapped_texts_of_every_entry(name: str) -> None:
    registry = _registry(name)
    walked = [
        text
        for kind in (
            "organizations",
            "data_subjects",
            "data_categories",
            "security_measures",
            "recipients",
            "clients",
            "activities",
            "notices",
        )
        for entry in getattr(registry, kind)
        for text in _walk(entry)
        if not text.neutral
        and not (isinstance(text, Text) and text.plain)
        and not (
            isinstance(text, TextList)
            and text.languages == (registry.default_language,)
            and name != "ampere"
        )
    ]
    recorded = {id(text) for text in registry.language_maps}
    assert {id(text) for text in walked} <= recorded
    if name == "ampere":
        assert len(registry.language_maps) > 50


VERSION_1_1 = """\
organization:
  name: Ville d'Exemple
  address: 1 place de la Mairie, 69000 Lyon
  country: FR
  languages: [fr, en]
  public_authority: true
  dpo: {email: dpd@ville.example}
data_subjects:
  - id: pupils
    name: {fr: Élèves, en: Pupils}
    minors: true
data_categories:
  - id: identity
    name: {fr: Identité, en: Identity}
  - id: payment
    name: {fr: Paiement, en: Payment data}
recipients:
  - id: region
    name: Région
    role: joint-controller
    country: FR
    arrangement: {fr: La Région informe les familles., en: The Region informs families.}
  - id: mailer
    name: Mailer Inc.
    role: processor
    country: US
    transfers:
      - country: US
        mechanism: dpf
        dpf_listing: {date: 2026-05-02, reference: "https://www.dataprivacyframework.gov/list"}
      - country: US
        mechanism: derogation
        derogation: compelling-legitimate-interests
        authority_informed: 2026-04-01
activities:
  - id: canteen
    name: {fr: Cantine, en: Canteen}
    joint_controllers: [region]
    recipients: [mailer]
    data_subjects: [pupils]
    data_categories: [identity, payment]
    purposes:
      - description: {fr: Lettre d'information, en: Newsletter}
        legal_basis: public-task
        direct_marketing: true
    retention:
      period: P1Y
      per_category:
        - data_categories: [payment]
          period: P13M
          from: {fr: le paiement, en: the payment}
          criteria: {fr: [litiges], en: [disputes]}
          archive: {fr: Archivage, en: Archiving}
"""


def test_version_1_1_fields_reach_the_model(tmp_path: Path) -> None:
    (tmp_path / "registry.yaml").write_text(VERSION_1_1, "utf-8")
    result = validate(str(tmp_path / "registry.yaml"))
    assert [f for f in result.findings if f.rule.startswith("ROPA0")] == []
    registry = result.registry
    assert registry is not None and registry.organization is not None
    assert registry.organization.public_authority is True
    assert registry.data_subjects[0].minors is True
    region, mailer = registry.recipients
    assert region.arrangement is not None
    assert region.arrangement.get("en") == "The Region informs families."
    assert region.arrangement in registry.language_maps
    dpf, derogation = mailer.transfers
    assert dpf.dpf_listing is not None and dpf.dpf_listing.date == "2026-05-02"
    assert dpf.authority_informed is None
    assert derogation.authority_informed == "2026-04-01"
    (activity,) = registry.activities
    assert activity.purposes[0].direct_marketing is True
    assert activity.retention is not None
    (exception,) = activity.retention.per_category
    assert exception.data_categories == ("payment",)
    assert exception.period == "P13M"
    assert exception.start is not None and exception.start.get("en") == "the payment"
    assert exception.criteria is not None and exception.criteria.get("fr") == ("litiges",)
    assert exception.archive is not None and exception.archive.get("fr") == "Archivage"
    line = VERSION_1_1.splitlines().index("        - data_categories: [payment]") + 1
    assert exception.origin.loc("data_categories", 0).line == line


def test_version_1_1_fields_default_to_absent(tmp_path: Path) -> None:
    registry = _registry("lohnwerk")
    assert registry.organization is not None
    assert registry.organization.public_authority is False
    assert not any(subject.minors for subject in registry.data_subjects)
    assert all(r.arrangement is None for r in registry.recipients)
    assert all(t.dpf_listing is None for r in registry.recipients for t in r.transfers)


def test_ampere_marks_its_two_direct_marketing_purposes() -> None:
    registry = _registry("ampere")
    marked = [a.id for a in registry.activities for p in a.purposes if p.direct_marketing]
    assert sorted(marked) == ["newsletter", "personalised-marketing"]


def test_per_category_retention_names_known_categories(tmp_path: Path) -> None:
    text = VERSION_1_1.replace(
        "        - data_categories: [payment]", "        - data_categories: [paymnt]"
    )
    (tmp_path / "registry.yaml").write_text(text, "utf-8")
    findings = validate(str(tmp_path / "registry.yaml")).findings
    (unknown,) = [f for f in findings if f.rule == "ROPA021"]
    assert "unknown data category 'paymnt'; did you mean 'payment'?" in unknown.message
    line = text.splitlines().index("        - data_categories: [paymnt]") + 1
    assert (unknown.location.line, unknown.location.column) == (line, 29)
