"""Builds the typed registry (`ropa.model`) from parsed files.

Tolerant by design: it runs on files that may have failed schema validation, so a value
of the wrong shape becomes None or an empty tuple and the schema finding explains it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ropa.model import (
    Activity,
    AutomatedDecisions,
    CategoryRetention,
    Client,
    Consent,
    Contact,
    Contract,
    DataCategory,
    DataSource,
    DataSubject,
    DateRef,
    Dpia,
    Notice,
    Organization,
    Origin,
    Provision,
    Purpose,
    Recipient,
    Registry,
    Retention,
    Risk,
    SecurityMeasure,
    SupervisoryAuthority,
    Text,
    TextList,
    Transfer,
)
from ropa.yamlsource import SourceFile


def _str(value: Any) -> str | None:
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _bool(value: Any) -> bool:
    return value is True


def _ids(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(item for item in value if isinstance(item, str))
    return ()


class _Builder:
    def __init__(self, default_language: str) -> None:
        self.default_language = default_language
        # Every text written as a language map, in build order: the only texts that can
        # name a language, so the language check reads this list instead of every entry.
        self.language_maps: list[Text | TextList] = []

    def text(self, value: Any, origin: Origin, neutral: bool = False) -> Text | None:
        if isinstance(value, dict):
            values = {str(k): v for k, v in value.items() if isinstance(v, str)}
            if not values:
                return None
            text = Text(values, origin)
            self.language_maps.append(text)
            return text
        scalar = _str(value)
        if scalar is None:
            return None
        return Text({self.default_language: scalar}, origin, plain=True, neutral=neutral)

    def text_list(self, value: Any, origin: Origin) -> TextList | None:
        if isinstance(value, dict):
            values = {
                str(lang): tuple(str(item) for item in items if _str(item) is not None)
                for lang, items in value.items()
                if isinstance(items, list)
            }
            if not values:
                return None
            mapped = TextList(values, origin)
            self.language_maps.append(mapped)
            return mapped
        if not isinstance(value, list):
            return None
        per_language: dict[str, list[str]] = {}
        languages: set[str] | None = None
        for item in value:
            if isinstance(item, dict):
                item_languages = {str(k) for k, v in item.items() if isinstance(v, str)}
                for lang in item_languages:
                    per_language.setdefault(lang, []).append(str(item[lang]))
            elif _str(item) is not None:
                item_languages = {self.default_language}
                per_language.setdefault(self.default_language, []).append(str(item))
            else:
                continue
            languages = item_languages if languages is None else languages & item_languages
        complete = {
            lang: tuple(items)
            for lang, items in per_language.items()
            if languages is None or lang in languages
        }
        if not value:
            return TextList({self.default_language: ()}, origin)
        listed = TextList(complete, origin)
        if any(isinstance(item, dict) for item in value):
            self.language_maps.append(listed)
        return listed

    def contact(self, value: Any, origin: Origin) -> Contact | None:
        if not isinstance(value, dict):
            return None
        return Contact(
            name=self.text(value.get("name"), origin.child("name"), neutral=True),
            email=_str(value.get("email")),
            phone=_str(value.get("phone")),
            address=self.text(value.get("address"), origin.child("address"), neutral=True),
            origin=origin,
            country=_str(value.get("country")),
        )

    def date_ref(self, value: Any) -> DateRef | None:
        if not isinstance(value, dict):
            return None
        return DateRef(_str(value.get("date")), _str(value.get("reference")))

    def organization(self, value: dict[str, Any], origin: Origin) -> Organization:
        authority_value = value.get("supervisory_authority")
        authority: SupervisoryAuthority | None = None
        sa_origin = origin.child("supervisory_authority")
        if isinstance(authority_value, str):
            authority = SupervisoryAuthority(authority_value, None, None, None, sa_origin)
        elif isinstance(authority_value, dict):
            authority = SupervisoryAuthority(
                None,
                self.text(authority_value.get("name"), sa_origin.child("name")),
                _str(authority_value.get("url")),
                self.text(authority_value.get("address"), sa_origin.child("address"), True),
                sa_origin,
            )
        languages = _ids(value.get("languages")) or ("en",)
        return Organization(
            name=_str(value.get("name")) or "",
            legal_form=_str(value.get("legal_form")),
            address=self.text(value.get("address"), origin.child("address"), neutral=True),
            country=_str(value.get("country")) or "",
            email=_str(value.get("email")),
            phone=_str(value.get("phone")),
            website=_str(value.get("website")),
            languages=languages,
            dpo=self.contact(value.get("dpo"), origin.child("dpo")),
            representative=self.contact(
                value.get("representative"), origin.child("representative")
            ),
            supervisory_authority=authority,
            origin=origin,
            public_authority=_bool(value.get("public_authority")),
            jurisdiction=_str(value.get("jurisdiction")) or "eu-gdpr",
        )

    def data_subject(self, value: dict[str, Any], origin: Origin) -> DataSubject:
        return DataSubject(
            id=_str(value.get("id")) or "",
            name=self.text(value.get("name"), origin.child("name")),
            description=self.text(value.get("description"), origin.child("description")),
            vulnerable=_bool(value.get("vulnerable")),
            origin=origin,
            minors=_bool(value.get("minors")),
        )

    def data_category(self, value: dict[str, Any], origin: Origin) -> DataCategory:
        return DataCategory(
            id=_str(value.get("id")) or "",
            name=self.text(value.get("name"), origin.child("name")),
            examples=self.text_list(value.get("examples"), origin.child("examples")),
            special=_str(value.get("special")),
            criminal=_bool(value.get("criminal")),
            dpv=_str(value.get("dpv")),
            origin=origin,
        )

    def security_measure(self, value: dict[str, Any], origin: Origin) -> SecurityMeasure:
        return SecurityMeasure(
            id=_str(value.get("id")) or "",
            name=self.text(value.get("name"), origin.child("name")),
            description=self.text(value.get("description"), origin.child("description")),
            scope=_str(value.get("scope")) or "activity",
            origin=origin,
        )

    def transfer(self, value: Any, origin: Origin) -> Transfer | None:
        if not isinstance(value, dict):
            return None
        return Transfer(
            country=_str(value.get("country")) or "",
            mechanism=_str(value.get("mechanism")) or "",
            scc_module=_str(value.get("scc_module")),
            derogation=_str(value.get("derogation")),
            tia=self.date_ref(value.get("tia")),
            supplementary_measures=self.text_list(
                value.get("supplementary_measures"), origin.child("supplementary_measures")
            ),
            note=self.text(value.get("note"), origin.child("note")),
            origin=origin,
            dpf_listing=self.date_ref(value.get("dpf_listing")),
            authority_informed=_str(value.get("authority_informed")),
        )

    def recipient(self, value: dict[str, Any], origin: Origin) -> Recipient:
        contract_value = value.get("contract")
        contract = None
        if isinstance(contract_value, dict):
            contract = Contract(
                _str(contract_value.get("type")),
                _str(contract_value.get("date")),
                _str(contract_value.get("reference")),
                origin.child("contract"),
            )
        transfers_value = value.get("transfers")
        transfers: list[Transfer] = []
        if isinstance(transfers_value, list):
            for index, item in enumerate(transfers_value):
                transfer = self.transfer(item, origin.child("transfers", index))
                if transfer is not None:
                    transfers.append(transfer)
        return Recipient(
            id=_str(value.get("id")) or "",
            name=self.text(value.get("name"), origin.child("name"), neutral=True),
            category=self.text(value.get("category"), origin.child("category")),
            role=_str(value.get("role")),
            country=_str(value.get("country")),
            contact=self.contact(value.get("contact"), origin.child("contact")),
            contract=contract,
            transfers=tuple(transfers),
            origin=origin,
            arrangement=self.text(value.get("arrangement"), origin.child("arrangement")),
        )

    def client(self, value: dict[str, Any], origin: Origin) -> Client:
        return Client(
            id=_str(value.get("id")) or "",
            name=self.text(value.get("name"), origin.child("name"), neutral=True),
            contact=self.contact(value.get("contact"), origin.child("contact")),
            representative=self.contact(
                value.get("representative"), origin.child("representative")
            ),
            dpo=self.contact(value.get("dpo"), origin.child("dpo")),
            origin=origin,
        )

    def purpose(self, value: Any, origin: Origin) -> Purpose | None:
        if not isinstance(value, dict):
            return None
        return Purpose(
            description=self.text(value.get("description"), origin.child("description")),
            legal_bases=_ids(value.get("legal_basis")),
            basis_note=self.text(value.get("basis_note"), origin.child("basis_note")),
            legitimate_interest=self.text(
                value.get("legitimate_interest"), origin.child("legitimate_interest")
            ),
            lia=self.date_ref(value.get("lia")),
            origin=origin,
            direct_marketing=_bool(value.get("direct_marketing")),
        )

    def activity(self, value: dict[str, Any], origin: Origin) -> Activity:
        def sub(key: str) -> dict[str, Any] | None:
            found = value.get(key)
            return found if isinstance(found, dict) else None

        purposes: list[Purpose] = []
        raw_purposes = value.get("purposes")
        for index, item in enumerate(raw_purposes if isinstance(raw_purposes, list) else []):
            purpose = self.purpose(item, origin.child("purposes", index))
            if purpose is not None:
                purposes.append(purpose)
        sources: list[DataSource] = []
        raw_sources = value.get("sources")
        for index, item in enumerate(raw_sources if isinstance(raw_sources, list) else []):
            if isinstance(item, dict):
                where = origin.child("sources", index)
                sources.append(
                    DataSource(
                        _str(item.get("type")) or "",
                        self.text(item.get("description"), where.child("description")),
                        where,
                    )
                )
        retention = None
        if (raw := sub("retention")) is not None:
            where = origin.child("retention")
            per_category: list[CategoryRetention] = []
            raw_per_category = raw.get("per_category")
            for index, item in enumerate(
                raw_per_category if isinstance(raw_per_category, list) else []
            ):
                if isinstance(item, dict):
                    at = where.child("per_category", index)
                    per_category.append(
                        CategoryRetention(
                            data_categories=_ids(item.get("data_categories")),
                            period=_str(item.get("period")),
                            start=self.text(item.get("from"), at.child("from")),
                            criteria=self.text_list(item.get("criteria"), at.child("criteria")),
                            archive=self.text(item.get("archive"), at.child("archive")),
                            origin=at,
                        )
                    )
            retention = Retention(
                period=_str(raw.get("period")),
                start=self.text(raw.get("from"), where.child("from")),
                criteria=self.text_list(raw.get("criteria"), where.child("criteria")),
                archive=self.text(raw.get("archive"), where.child("archive")),
                origin=where,
                per_category=tuple(per_category),
            )
        consent = None
        if (raw := sub("consent")) is not None:
            where = origin.child("consent")
            consent = Consent(
                how=self.text(raw.get("how"), where.child("how")),
                withdraw=self.text(raw.get("withdraw"), where.child("withdraw")),
                records=self.text(raw.get("records"), where.child("records")),
                origin=where,
            )
        profiling = None
        profiling_origin = None
        if "profiling" in value:
            profiling_origin = origin.child("profiling")
            raw_profiling = value.get("profiling")
            if isinstance(raw_profiling, dict):
                profiling = self.text(
                    raw_profiling.get("description"), profiling_origin.child("description")
                )
        automated = None
        if (raw := sub("automated_decisions")) is not None:
            where = origin.child("automated_decisions")
            automated = AutomatedDecisions(
                logic=self.text(raw.get("logic"), where.child("logic")),
                significance=self.text(raw.get("significance"), where.child("significance")),
                consequences=self.text(raw.get("consequences"), where.child("consequences")),
                origin=where,
            )
        provision = None
        if (raw := sub("provision")) is not None:
            where = origin.child("provision")
            provision = Provision(
                requirement=_str(raw.get("requirement")),
                consequences=self.text(raw.get("consequences"), where.child("consequences")),
                origin=where,
            )
        raw_risk = sub("risk") or {}
        risk = Risk(**{key: _bool(raw_risk.get(key)) for key in Risk.__dataclass_fields__})
        dpia = None
        if (raw := sub("dpia")) is not None:
            where = origin.child("dpia")
            dpia = Dpia(
                status=_str(raw.get("status")),
                date=_str(raw.get("date")),
                reference=_str(raw.get("reference")),
                reason=self.text(raw.get("reason"), where.child("reason")),
                origin=where,
            )
        return Activity(
            id=_str(value.get("id")) or "",
            name=self.text(value.get("name"), origin.child("name")),
            description=self.text(value.get("description"), origin.child("description")),
            role=_str(value.get("role")) or "controller",
            owner=_str(value.get("owner")),
            systems=_ids(value.get("systems")),
            purposes=tuple(purposes),
            data_subjects=_ids(value.get("data_subjects")),
            data_categories=_ids(value.get("data_categories")),
            special_category_condition=_str(value.get("special_category_condition")),
            criminal_data_authority=self.text(
                value.get("criminal_data_authority"), origin.child("criminal_data_authority")
            ),
            sources=tuple(sources),
            recipients=_ids(value.get("recipients")),
            joint_controllers=_ids(value.get("joint_controllers")),
            on_behalf_of=_ids(value.get("on_behalf_of")),
            retention=retention,
            security_measures=_ids(value.get("security_measures")),
            consent=consent,
            profiling=profiling,
            profiling_origin=profiling_origin,
            automated_decisions=automated,
            provision=provision,
            risk=risk,
            dpia=dpia,
            created=_str(value.get("created")),
            last_reviewed=_str(value.get("last_reviewed")),
            origin=origin,
        )

    def notice(self, value: dict[str, Any], origin: Origin, languages: Sequence[str]) -> Notice:
        post_mortem = value.get("post_mortem_directives")
        return Notice(
            id=_str(value.get("id")) or "",
            title=self.text(value.get("title"), origin.child("title")),
            scope=self.text(value.get("scope"), origin.child("scope")),
            intro=self.text(value.get("intro"), origin.child("intro")),
            activities=_ids(value.get("activities")),
            languages=_ids(value.get("languages")) or tuple(languages),
            last_updated=_str(value.get("last_updated")),
            cookie_policy_url=self.text(
                value.get("cookie_policy_url"), origin.child("cookie_policy_url"), neutral=True
            ),
            rights_contact=self.contact(
                value.get("rights_contact"), origin.child("rights_contact")
            ),
            identity_proof=_bool(value.get("identity_proof")),
            post_mortem_directives=post_mortem if isinstance(post_mortem, bool) else None,
            origin=origin,
        )


def _entries(sources: Sequence[SourceFile], key: str) -> Iterator[tuple[dict[str, Any], Origin]]:
    for source in sources:
        data = source.data
        if not isinstance(data, dict):
            continue
        items = data.get(key)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if isinstance(item, dict):
                yield item, Origin(source, (key, index))


def build(sources: Sequence[SourceFile]) -> Registry:
    """Merge every file's lists into one registry."""
    org_values: list[tuple[dict[str, Any], Origin]] = []
    for source in sources:
        if isinstance(source.data, dict) and isinstance(source.data.get("organization"), dict):
            org_values.append((source.data["organization"], Origin(source, ("organization",))))
    languages: tuple[str, ...] = ("en",)
    if org_values:
        languages = _ids(org_values[0][0].get("languages")) or ("en",)
    builder = _Builder(languages[0])
    organizations = tuple(builder.organization(value, origin) for value, origin in org_values)
    return Registry(
        sources=tuple(sources),
        organization=organizations[0] if organizations else None,
        organizations=organizations,
        data_subjects=tuple(
            builder.data_subject(v, o) for v, o in _entries(sources, "data_subjects")
        ),
        data_categories=tuple(
            builder.data_category(v, o) for v, o in _entries(sources, "data_categories")
        ),
        security_measures=tuple(
            builder.security_measure(v, o) for v, o in _entries(sources, "security_measures")
        ),
        recipients=tuple(builder.recipient(v, o) for v, o in _entries(sources, "recipients")),
        clients=tuple(builder.client(v, o) for v, o in _entries(sources, "clients")),
        activities=tuple(builder.activity(v, o) for v, o in _entries(sources, "activities")),
        notices=tuple(builder.notice(v, o, languages) for v, o in _entries(sources, "notices")),
        language_maps=tuple(builder.language_maps),
    )
