"""Record × notice × language → NoticeContent: what the notice says, in one language.

Reads the resolved record (`ropa.record`) and nothing else: what an id names comes
resolved with the activity or the notice. Pure: nothing is printed or written. Every
registry text that the notice needs but that lacks the language is named, with its place,
in one MissingTranslation (through the strict resolver); never a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields, is_dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from ropa.i18n import format as localize
from ropa.i18n.catalog import Catalog, catalog
from ropa.model import Contact, DataCategory, Purpose, Recipient, Text, TextList, Transfer
from ropa.notices import wording, wording_uk
from ropa.notices.content import (
    Block,
    Callout,
    Inline,
    Items,
    NoticeContent,
    Paragraph,
    Run,
    Section,
    Table,
)
from ropa.notices.rights import derive
from ropa.record import ActivityRecord, MissingTranslation, Record, Strict

if TYPE_CHECKING:
    from ropa.reference.jurisdiction import Jurisdiction

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
Value = str | Run | Inline
# Organisations in these countries print on Letter paper; everyone else on A4.
LETTER_COUNTRIES = frozenset({"US", "CA"})
# The order in which recipients are grouped by role; None is a recipient without a role.
ROLE_GROUPS: tuple[tuple[str | None, ...], ...] = (
    ("internal",),
    ("processor", "sub-processor"),
    ("controller",),
    ("joint-controller",),
    ("public-authority",),
    (None,),
)
_T = TypeVar("_T")
_E = TypeVar("_E", Recipient, DataCategory)


def _by_id(entries: Iterable[_E]) -> list[_E]:
    """Entries named by several activities, once each, in the order first named."""
    found: dict[str, _E] = {}
    for entry in entries:
        found.setdefault(entry.id, entry)
    return list(found.values())


def compose(message: str, **values: Value) -> Inline:
    """Fill a translated sentence's %(name)s placeholders, keeping links as their own runs."""
    runs: list[Run] = []

    def add(run: Run) -> None:
        if (
            runs
            and run.href is None
            and not run.strong
            and runs[-1].href is None
            and not runs[-1].strong
        ):
            runs[-1] = Run(runs[-1].text + run.text)
        elif run.text:
            runs.append(run)

    position = 0
    for match in _PLACEHOLDER.finditer(message):
        add(Run(message[position : match.start()]))
        value = values[match.group(1)]
        for run in (
            (Run(value),)
            if isinstance(value, str)
            else ((value,) if isinstance(value, Run) else value)
        ):
            add(run)
        position = match.end()
    add(Run(message[position:]))
    return tuple(runs)


def link(address: str) -> Run:
    return Run(address, href=address if "@" not in address else f"mailto:{address}")


# The sentences that differ between the laws, by jurisdiction (`Jurisdiction.id`).
_LAW_WORDING: dict[str, ModuleType] = {"eu-gdpr": wording, "uk-gdpr": wording_uk}


def tool_sentence(law: Jurisdiction, mechanism: str, checked: bool = False) -> str | None:
    """The message id of the sentence that says what protects a transfer relying on
    `mechanism` under `law`, or None where the law has none for it. The DPF and its UK
    Extension say "certified" (with a `%(date)s`) only when the record holds a check of
    the recipient on the Data Privacy Framework List (`checked`)."""
    if mechanism == "uk-extension" and law.uk:
        return wording_uk.EXTENSION_CERTIFIED if checked else wording_uk.EXTENSION_RELIED_ON
    if mechanism == "dpf" and not law.uk:
        return wording.DPF_CERTIFIED if checked else wording.DPF_RELIED_ON
    sentences: dict[str, str] = _LAW_WORDING[law.id].MECHANISMS
    return sentences.get(mechanism)


class _Writer:
    def __init__(
        self,
        record: Record,
        notice_id: str,
        lang: str,
        words: Catalog,
        strict: Strict | None = None,
    ) -> None:
        self.record = record
        self.organization = record.organization
        found = record.notice(notice_id)
        assert found is not None
        self.notice_record = found
        self.notice = found.entry
        self.lang = lang
        self.words = words
        # The law the record is kept under decides the sentences that name it.
        self.law = record.jurisdiction
        self.law_words: ModuleType = _LAW_WORDING[self.law.id]
        self.strict = strict or Strict(lang, f"notice '{notice_id}'", prefix="notices: ")
        self.activities = found.activities
        self.rights_given = derive(found, record.organization)

    # ------------------------------------------------------------------ helpers
    def _(self, message: str) -> str:
        """Our sentence in the notice's language, with the law's words filled in."""
        return self.law.fill(self.words, self.words.gettext(message))

    def text(self, text: Text | None) -> str | None:
        value = self.strict.text(text)
        return None if value is None else " ".join(value.split())

    def texts(self, texts: TextList | None) -> tuple[str, ...]:
        return tuple(" ".join(value.split()) for value in self.strict.texts(texts))

    def label(self, label: str, text: Value) -> Inline:
        return compose(self._("%(label)s: %(text)s"), label=Run(label, strong=True), text=text)

    def activity_name(self, activity: ActivityRecord) -> str:
        return self.text(activity.entry.name) or activity.id

    def means(
        self,
        email: str | None = None,
        phone: str | None = None,
        address: Text | str | None = None,
        website: str | None = None,
    ) -> list[Inline]:
        lines: list[Inline] = []
        if email:
            lines.append(compose(self._("Email: %(email)s"), email=link(email)))
        if phone:
            lines.append(compose(self._("Phone: %(phone)s"), phone=phone))
        postal = address if isinstance(address, str) or address is None else self.text(address)
        if postal:
            lines.append(compose(self._("Postal address: %(address)s"), address=postal))
        if website:
            lines.append(compose(self._("Website: %(url)s"), url=link(website)))
        return lines

    def contact(self, contact: Contact) -> list[Inline]:
        name = self.text(contact.name)
        lines = [(Run(name),)] if name else []
        return lines + self.means(contact.email, contact.phone, contact.address)

    def write_to(self) -> Inline:
        """The address to send requests to: an email link, else a postal address."""
        contact = self.notice_record.rights_contact
        if contact is not None and contact.email:
            return (link(contact.email),)
        if contact is not None and contact.address is not None:
            return (Run(self.text(contact.address) or ""),)
        organization = self.organization
        if organization is not None and organization.email:
            return (link(organization.email),)
        return (Run((self.text(organization.address) if organization else None) or ""),)

    # ------------------------------------------------------------------ sections
    def intro(self) -> tuple[Block, ...]:
        blocks: list[Block] = []
        if (intro := self.text(self.notice.intro)) is not None:
            blocks.append(Paragraph((Run(intro),)))
        if (scope := self.text(self.notice.scope)) is not None:
            blocks.append(
                Paragraph(
                    compose(
                        self._(
                            "This notice covers %(scope)s: which personal data we use, why, and "
                            "what your rights are."
                        ),
                        scope=scope,
                    )
                )
            )
        return tuple(blocks)

    def controller(self) -> Section:
        _ = self._
        organization = self.organization
        blocks: list[Block] = []
        if organization is not None:
            blocks.append(
                Paragraph(
                    compose(
                        _(
                            "The controller of your personal data is %(organization)s, %(address)s: it "
                            "decides why and how your data is used."
                        ),
                        organization=organization.name,
                        address=self.text(organization.address) or "",
                    )
                )
            )
            if organization_means := self.means(
                organization.email, organization.phone, None, organization.website
            ):
                blocks += [
                    Paragraph((Run(_("You can contact us as follows:")),)),
                    Items(tuple(organization_means)),
                ]
            if organization.representative is not None:
                blocks += [
                    Paragraph((Run(_(wording.REPRESENTATIVE)),)),
                    Items(tuple(self.contact(organization.representative))),
                ]
        blocks += self.joint_controllers()
        if organization is not None and organization.dpo is not None:
            blocks += [
                Paragraph(
                    (
                        Run(
                            _(
                                "You can reach our data protection officer with any question "
                                "about your data:"
                            )
                        ),
                    )
                ),
                Items(tuple(self.contact(organization.dpo))),
            ]
        return Section("controller", _("Who is responsible for your data?"), tuple(blocks))

    def partners(self) -> dict[str, tuple[Recipient, list[ActivityRecord]]]:
        """Joint controllers of the notice's activities, each with the activities it shares."""
        found: dict[str, tuple[Recipient, list[ActivityRecord]]] = {}
        for activity in self.activities:
            for partner in activity.joint_controllers:
                found.setdefault(partner.id, (partner, []))[1].append(activity)
        return found

    def joint_controllers(self) -> list[Block]:
        """Art. 26(2): each joint controller named, with its contact and the arrangement."""
        _ = self._
        blocks: list[Block] = []
        for partner, activities in self.partners().values():
            blocks.append(
                Paragraph(
                    compose(
                        _(wording.JOINT_CONTROLLERS),
                        activities=localize.joined(
                            [self.activity_name(a) for a in activities], self.lang
                        ),
                    )
                )
            )
            lines: list[Inline] = [(Run(self.text(partner.name) or partner.id, strong=True),)]
            if partner.contact is not None:
                lines += self.contact(partner.contact)
            if (arrangement := self.text(partner.arrangement)) is not None:
                lines.append(self.label(_("The essence of our arrangement"), arrangement))
            blocks.append(Items(tuple(lines)))
        if blocks:
            blocks.append(Paragraph((Run(_(wording.JOINT_RIGHTS)),)))
        return blocks

    def purposes(self) -> Section:
        _ = self._
        rows: list[tuple[tuple[Inline, ...], ...]] = []
        for activity in self.activities:
            for purpose in activity.entry.purposes:
                description = self.text(purpose.description) or self.activity_name(activity)
                bases: list[Inline] = []
                for basis in purpose.legal_bases:
                    interest = self.text(purpose.legitimate_interest)
                    if basis == "legitimate-interests" and interest:
                        bases.append(compose(_(wording.LEGITIMATE_INTEREST), interest=interest))
                    elif basis in wording.LEGAL_BASES:
                        bases.append((Run(_(wording.LEGAL_BASES[basis])),))
                if (note := self.text(purpose.basis_note)) is not None:
                    bases.append((Run(note),))
                rows.append((((Run(description),),), tuple(bases)))
        blocks: list[Block] = [
            Paragraph((Run(_(wording.PURPOSES_INTRO)),)),
            Table(
                (_("Purpose"), _("Legal basis")),
                tuple(rows),
                label_format=_("%(label)s: %(text)s"),
            ),
        ]
        blocks.extend(self.special_data())
        return Section("purposes", _("What do we use your data for?"), tuple(blocks))

    def special_data(self) -> list[Block]:
        """Art. 9 data: the categories, whose data it is, and the Art. 9(2) condition cited."""
        _ = self._
        lines: list[Inline] = []
        criminal: list[Block] = []
        for activity in self.activities:
            special = [c for c in activity.data_categories if c.special]
            condition = activity.entry.special_category_condition
            if special and condition in wording.SPECIAL_CONDITIONS:
                subjects = [self.text(s.name) or s.id for s in activity.data_subjects]
                lines.append(
                    self.label(
                        self.activity_name(activity),
                        compose(
                            _(
                                "%(categories)s (people concerned: %(subjects)s). Condition: "
                                "%(condition)s."
                            ),
                            categories=localize.joined(
                                [self.text(c.name) or c.id for c in special], self.lang
                            ),
                            subjects=localize.joined(subjects, self.lang),
                            condition=_(wording.SPECIAL_CONDITIONS[condition]),
                        ),
                    )
                )
            if (authority := self.text(activity.entry.criminal_data_authority)) is not None:
                criminal.append(
                    Paragraph(
                        self.label(
                            self.activity_name(activity),
                            compose(
                                _(wording.CRIMINAL),
                                authority=authority,
                            ),
                        )
                    )
                )
        blocks: list[Block] = []
        if lines:
            blocks += [
                Paragraph((Run(_(wording.SPECIAL_INTRO)),)),
                Items(tuple(lines)),
            ]
        return blocks + criminal

    def sources(self) -> Section | None:
        _ = self._
        every_source = [s for a in self.activities for s in a.entry.sources]
        if all(s.type == "data-subject" for s in every_source):
            return None
        seen: dict[Inline, None] = {}
        described = {s.type for s in every_source if s.description}
        for activity in self.activities:
            for source in activity.entry.sources:
                kind = _(wording.SOURCES.get(source.type, wording.SOURCES["third-party"]))
                description = self.text(source.description)
                if description is None and source.type in described:
                    continue  # the described sources of this kind already cover it
                seen[self.label(kind, description) if description else (Run(kind),)] = None
        categories: dict[Inline, None] = {}
        for category in _by_id(c for a in self.activities for c in a.data_categories):
            name = self.text(category.name) or category.id
            examples = self.texts(category.examples)
            line = (
                compose(
                    _("%(category)s, for example %(examples)s"),
                    category=name,
                    examples=localize.joined(examples, self.lang),
                )
                if examples
                else (Run(name),)
            )
            categories[line] = None
        blocks: list[Block] = [
            Paragraph((Run(_("We obtain your personal data from the following sources:")),)),
            Items(tuple(seen)),
        ]
        if categories:
            blocks += [
                Paragraph((Run(_("The categories of personal data concerned are:")),)),
                Items(tuple(categories)),
            ]
        return Section("sources", _("Where does your data come from?"), tuple(blocks))

    def profiling(self) -> Section | None:
        _ = self._
        blocks: list[Block] = []
        for activity in self.activities:
            if activity.entry.profiling_origin is not None:
                description = self.text(activity.entry.profiling) or _(
                    "We analyse your data to assess your interests and preferences."
                )
                blocks.append(Paragraph(self.label(self.activity_name(activity), description)))
            decisions = activity.entry.automated_decisions
            if decisions is not None:
                blocks.append(
                    Paragraph(
                        self.label(
                            self.activity_name(activity),
                            _(
                                "some decisions about you are made by automated means alone and can "
                                "significantly affect you."
                            ),
                        )
                    )
                )
                lines = [
                    self.label(title, value)
                    for title, value in (
                        (_("How it works"), self.text(decisions.logic)),
                        (_("Why it matters"), self.text(decisions.significance)),
                        (_("What it can mean for you"), self.text(decisions.consequences)),
                    )
                    if value
                ]
                if lines:
                    blocks.append(Items(tuple(lines)))
        if not blocks:
            return None
        if not any(a.entry.automated_decisions for a in self.activities):
            blocks.append(
                Paragraph(
                    (
                        Run(
                            _(
                                "None of this leads to decisions made by automated means alone that have legal "
                                "or similarly significant effects on you."
                            )
                        ),
                    )
                )
            )
        return Section("profiling", _("Profiling and automated decisions"), tuple(blocks))

    def provision(self) -> Section | None:
        lines: list[Inline] = []
        for activity in self.activities:
            provision = activity.entry.provision
            if provision is None:
                continue
            said = (
                [self._(wording.REQUIREMENTS[provision.requirement])]
                if (provision.requirement in wording.REQUIREMENTS)
                else []
            )
            if (consequences := self.text(provision.consequences)) is not None:
                said.append(consequences)
            if said:
                lines.append(self.label(self.activity_name(activity), " ".join(said)))
        if not lines:
            return None
        return Section(
            "provision", self._("Do you have to give us your data?"), (Items(tuple(lines)),)
        )

    def kept(
        self,
        period: str | None,
        start: Text | None,
        criteria: TextList | None,
        archive: Text | None,
    ) -> str:
        """One retention rule in words: the period and its starting event, criteria, archive."""
        _ = self._
        said: list[str] = []
        if period:
            duration = localize.period(period, self.lang) or period
            begins = self.text(start)
            said.append(
                _("The data is kept for %(period)s from %(start)s.")
                % {"period": duration, "start": begins}
                if begins
                else _("The data is kept for %(period)s.") % {"period": duration}
            )
        if found := self.texts(criteria):
            said.append(_("The period depends on: %(criteria)s.") % {"criteria": "; ".join(found)})
        if (after := self.text(archive)) is not None:
            said.append(after)
        return " ".join(said)

    def retention(self) -> Section | None:
        """Art. 13(2)(a): the period per activity, and the categories kept for another time."""
        _ = self._
        lines: list[Inline] = []
        for activity in self.activities:
            retention = activity.entry.retention
            if retention is None:
                continue
            name = self.activity_name(activity)
            if said := self.kept(
                retention.period, retention.start, retention.criteria, retention.archive
            ):
                lines.append(self.label(name, said))
            for kept_apart in activity.retention_per_category:
                rule = retention.per_category[kept_apart.index]
                categories = [self.text(c.name) or c.id for c in kept_apart.data_categories]
                lines.append(
                    self.label(
                        _("%(activity)s, %(categories)s")
                        % {"activity": name, "categories": localize.joined(categories, self.lang)},
                        self.kept(rule.period, rule.start, rule.criteria, rule.archive),
                    )
                )
        if not lines:
            return None
        return Section(
            "retention",
            _("How long do we keep your data?"),
            (
                Paragraph((Run(_("We keep your data for the following periods:")),)),
                Items(tuple(lines)),
            ),
        )

    def recipient_name(self, recipient: Recipient) -> str:
        """How the notice calls a recipient: its category, else its name."""
        return self.text(recipient.category) or self.text(recipient.name) or recipient.id

    def recipients(self) -> Section | None:
        """Art. 13(1)(e): recipients grouped by their role, so each sentence fits its group."""
        _ = self._
        by_role: dict[str | None, dict[str, None]] = {}
        named = _by_id(
            [r for a in self.activities for r in a.recipients]
            + [r for a in self.activities for r in a.joint_controllers]
        )
        for recipient in named:
            if recipient.role == "joint-controller":
                name = self.text(recipient.name) or recipient.id  # named, as Art. 26(2) asks
            else:
                name = self.recipient_name(recipient)
            role = next((roles[0] for roles in ROLE_GROUPS if recipient.role in roles), None)
            by_role.setdefault(role, {})[name] = None
        if not by_role:
            return None
        sub_processors = any(r.role == "sub-processor" for r in named)
        leads: dict[str | None, str] = {
            "internal": _("Within our organisation:"),
            "processor": _(
                "Service providers acting on our behalf (processors and their sub-processors), "
                "which may use your data only on our instructions and under a contract that "
                "protects it:"
            )
            if sub_processors
            else _(
                "Service providers acting on our behalf (processors), which may use your data "
                "only on our instructions and under a contract that protects it:"
            ),
            "controller": _(
                "Organisations that receive your data to use it for their own purposes, as "
                "controllers responsible for that use:"
            ),
            "joint-controller": _(
                "Organisations with which we are joint controllers, presented above with their "
                "contact details:"
            ),
            "public-authority": _("Public authorities:"),
            None: _("Other recipients:"),
        }
        blocks: list[Block] = [
            Paragraph((Run(_("We disclose your data to the following recipients, by role:")),))
        ]
        for roles in ROLE_GROUPS:
            names = by_role.get(roles[0])
            if not names:
                continue
            blocks += [Paragraph((Run(leads[roles[0]]),)), Items(tuple((Run(n),) for n in names))]
            if roles[0] == "public-authority":
                blocks.append(Paragraph((Run(_(self.law_words.INQUIRY_AUTHORITIES)),)))
        return Section("recipients", _("Who receives your data?"), tuple(blocks))

    def transfer_said(self, transfer: Transfer) -> str:
        """What protects one transfer, saying only what the record holds."""
        _ = self._
        mechanism = transfer.mechanism
        if mechanism == "derogation":
            reason = wording.DEROGATIONS.get(transfer.derogation or "")
            if reason is None:
                return ""
            because = _(reason)
            informed = transfer.authority_informed
            if transfer.derogation == "compelling-legitimate-interests" and informed:
                # Art. 49(1), second subparagraph: said only when the record dates it.
                because = _(self.law_words.AUTHORITY_INFORMED) % {
                    "reason": because,
                    "date": localize.day(informed, self.lang),
                }
            # Saying that no adequacy decision covers the country would be false where one does.
            if self.law.adequacy(transfer.country) is not None:
                return _(wording.DEROGATION_ONLY) % {"reason": because}
            return _(self.law_words.DEROGATION) % {"reason": because}
        listing = transfer.dpf_listing
        checked = listing.date if listing is not None and listing.date else None
        sentence = tool_sentence(self.law, mechanism, checked=checked is not None)
        if sentence is None:
            return ""
        if checked is None:
            return _(sentence)
        return _(sentence) % {"date": localize.day(checked, self.lang)}

    def transfers(self) -> Section | None:
        _ = self._
        lines: dict[Inline, None] = {}
        safeguards = False
        published: set[str] = set()
        for activity in self.activities:
            for derived in activity.transfers:
                recipient, transfer = derived.recipient, derived.transfer
                if not transfer.country or self.law.in_home_area(transfer.country):
                    continue
                said = self.transfer_said(transfer)
                safeguards = safeguards or transfer.mechanism in self.law_words.SAFEGUARDS
                published.add(transfer.mechanism)
                if (note := self.text(transfer.note)) is not None:
                    said = f"{said} {note}".strip()
                # Named with its recipient: a certification or a consent is the recipient's.
                where = _("%(country)s (%(recipient)s)") % {
                    "country": localize.country(transfer.country, self.lang),
                    "recipient": self.recipient_name(recipient),
                }
                lines[self.label(where, said)] = None
        if not lines:
            return None
        blocks: list[Block] = [
            Paragraph((Run(_(wording.TRANSFERS_INTRO)),)),
            Items(tuple(lines)),
        ]
        if safeguards:
            blocks.append(
                Paragraph(
                    compose(
                        _(
                            "You can obtain a copy of the safeguards used for these transfers by writing "
                            "to %(contact)s."
                        ),
                        contact=self.write_to(),
                    )
                )
            )
        if self.law.uk and (tools := frozenset(published & wording_uk.ICO_PUBLISHED)):
            # How to get a copy: the standard texts are public; the signed one is asked for.
            where = _(wording_uk.ICO_TEXTS[tools])
            blocks.append(Paragraph(compose(where, website=link("https://ico.org.uk"))))
        return Section("transfers", _(wording.TRANSFERS_HEADING), tuple(blocks))

    def purpose_name(self, activity: ActivityRecord, purpose: Purpose) -> str:
        return self.text(purpose.description) or self.activity_name(activity)

    def objection(self) -> Callout | None:
        """Art. 21(4): the right to object, apart. Direct marketing (Art. 21(2)-(3)) is
        absolute and has its own paragraph; its purposes never join the qualified list."""
        _ = self._
        rights = self.rights_given
        blocks: list[Paragraph | Items] = []
        if rights.direct_marketing_purposes:
            blocks += [
                Paragraph((Run(_(wording.DIRECT_MARKETING)),)),
                Items(
                    tuple(
                        (Run(self.purpose_name(a, p)),) for a, p in rights.direct_marketing_purposes
                    )
                ),
            ]
        if rights.objection_purposes:
            blocks += [
                Paragraph(
                    (
                        Run(
                            _(
                                "You may object at any time, for reasons arising from your "
                                "particular situation, to the use of your data for the "
                                "following purposes:"
                            )
                        ),
                    )
                ),
                Items(tuple((Run(self.purpose_name(a, p)),) for a, p in rights.objection_purposes)),
                Paragraph(
                    (
                        Run(
                            _(
                                "We will then stop, unless we demonstrate compelling "
                                "legitimate grounds that override your interests, rights and "
                                "freedoms, or need the data to establish, exercise or defend "
                                "legal claims."
                            )
                        ),
                    )
                ),
            ]
        if not blocks:
            return None
        blocks.append(
            Paragraph(compose(_("To object, write to %(contact)s."), contact=self.write_to()))
        )
        return Callout(_("Your right to object"), tuple(blocks))

    def children(self) -> list[Block]:
        """Art. 8: consent for a child below the national age of digital consent."""
        _ = self._
        organization = self.organization
        if not self.rights_given.minors_on_consent or organization is None:
            return []
        age = self.law.digital_consent_age(organization.country)
        if age is None:
            return []
        return [
            Paragraph(
                compose(
                    _(wording.CHILDREN),
                    activities=localize.joined(
                        [self.activity_name(a) for a in self.rights_given.minors_on_consent],
                        self.lang,
                    ),
                    country=localize.country(organization.country, self.lang),
                    age=str(age.age),
                )
            )
        ]

    def post_mortem(self) -> list[Block]:
        """France: directives on one's data after death (loi Informatique et Libertés, art. 85)."""
        _ = self._
        if not self.rights_given.post_mortem:
            return []
        return [
            Paragraph(
                (
                    Run(
                        _(
                            "Under article 85 of the French Data Protection Act (loi n° 78-17 of "
                            "6 January 1978, known as the loi Informatique et Libertés), you can "
                            "give directives on the retention, erasure and communication of your "
                            "personal data after your death, and name a person to carry them out."
                        )
                    ),
                )
            ),
            Items(
                (
                    self.label(
                        _("General directives"),
                        _(
                            "they cover all your personal data and can be registered with a "
                            "trusted digital third party certified by the CNIL."
                        ),
                    ),
                    self.label(
                        _("Specific directives"),
                        compose(
                            _(
                                "they cover the data we process and can be given to us by writing "
                                "to %(contact)s."
                            ),
                            contact=self.write_to(),
                        ),
                    ),
                )
            ),
            Paragraph((Run(_("You can change or revoke your directives at any time.")),)),
        ]

    def rights(self) -> Section:
        _ = self._
        rights = self.rights_given
        blocks: list[Block] = []
        if (callout := self.objection()) is not None:
            blocks.append(callout)
        blocks += [
            Paragraph((Run(_(self.law_words.RIGHTS_INTRO)),)),
            Items(
                tuple(
                    self.label(_(wording.RIGHTS[r][0]), _(wording.RIGHTS[r][1]))
                    for r in rights.listed
                )
            ),
        ]
        if rights.consent_activities:
            blocks.append(
                Paragraph(
                    (
                        Run(
                            _(
                                "Where we rely on your consent, you can withdraw it at any time, as easily as "
                                "you gave it. Withdrawing it does not affect the lawfulness of what we did "
                                "before."
                            )
                        ),
                    )
                )
            )
            how = [
                self.label(self.activity_name(a), withdraw)
                for a in rights.consent_activities
                if (consent := a.entry.consent) is not None
                and (withdraw := self.text(consent.withdraw))
            ]
            if how:
                blocks.append(Items(tuple(how)))
        blocks += self.children()
        blocks += self.post_mortem()
        contact = self.notice_record.rights_contact
        means = self.means(contact.email, contact.phone, contact.address) if contact else []
        blocks += [
            Paragraph((Run(_("To exercise your rights, contact us:")),)),
            Items(tuple(means or [self.write_to()])),
        ]
        if self.notice.identity_proof:
            blocks.append(Paragraph((Run(_(wording.IDENTITY_PROOF)),)))
        blocks.append(self.complaint())
        return Section("rights", _("Your rights"), tuple(blocks))

    def complaint(self) -> Paragraph:
        _ = self._
        sole = self.law.authority(self.law.sole_authority or "")
        if sole is not None:
            # The UK GDPR has one supervisory authority, whatever the record names (ROPA173).
            return Paragraph(
                compose(
                    _(wording_uk.COMPLAINT),
                    authority=sole.named_in(self.lang),
                    website=link(sole.website),
                )
            )
        authority = self.record.authority
        given = authority.given if authority else None
        name: str | None = None
        website: str | None = None
        if authority is not None and given is not None and given.authority_id:
            known = authority.known
            name, website = (given.authority_id, None)
            if known is not None:
                # The authority's own name in the reader's language where it has one
                # (English readers get the English name), otherwise its official name,
                # with the abbreviation it writes itself by.
                name, website = known.named_in(self.lang), known.website
        elif given is not None:
            name, website = self.text(given.name), given.url
        if name and website:
            return Paragraph(
                compose(
                    _(
                        "If you believe that the processing of your data breaks the rules, you can "
                        "lodge a complaint with a supervisory authority, in particular the "
                        "%(authority)s, whose website is %(website)s."
                    ),
                    authority=name,
                    website=link(website),
                )
            )
        if name:
            return Paragraph(
                compose(
                    _(
                        "If you believe that the processing of your data breaks the rules, you can "
                        "lodge a complaint with a supervisory authority, in particular the "
                        "%(authority)s."
                    ),
                    authority=name,
                )
            )
        return Paragraph(
            (
                Run(
                    _(
                        "If you believe that the processing of your data breaks the rules, you can lodge a "
                        "complaint with the supervisory authority of the country where you live or work, "
                        "or where the breach took place."
                    )
                ),
            )
        )

    def cookies(self) -> Section | None:
        url = self.text(self.notice.cookie_policy_url)
        if not url:
            return None
        return Section(
            "cookies",
            self._("Cookies"),
            (
                Paragraph(
                    compose(
                        self._(
                            "Our cookie policy explains how we use cookies and similar technologies: "
                            "%(url)s"
                        ),
                        url=link(url),
                    )
                ),
            ),
        )

    def changes(self) -> Section:
        _ = self._
        blocks: list[Block] = [
            Paragraph((Run(_("We update this notice whenever our processing changes.")),))
        ]
        if self.notice.last_updated:
            blocks.append(
                Paragraph(
                    compose(
                        _("Last updated: %(date)s"),
                        date=localize.day(self.notice.last_updated, self.lang),
                    )
                )
            )
        return Section("changes", _("Changes to this notice"), tuple(blocks))

    def paper(self) -> str:
        organization = self.organization
        country = organization.country.upper() if organization else ""
        return "Letter" if country in LETTER_COUNTRIES else "A4"

    def content(self) -> NoticeContent:
        sections = (
            self.controller(),
            self.purposes(),
            self.sources(),
            self.profiling(),
            self.provision(),
            self.retention(),
            self.recipients(),
            self.transfers(),
            self.rights(),
            self.cookies(),
            self.changes(),
        )
        content = NoticeContent(
            notice_id=self.notice.id,
            lang=self.lang,
            title=self.text(self.notice.title) or self._("Privacy notice"),
            intro=self.intro(),
            sections=tuple(section for section in sections if section is not None),
            last_updated=self.notice.last_updated,
            paper=self.paper(),
            language_tag=localize.docx_language(self.lang),
        )
        return typeset(content, self.lang)


def typeset(value: _T, lang: str) -> _T:
    """Every string of the notice, ours and the registry's, with the language's spacing
    (French: a narrow no-break space before : ; ? !), whatever the output format."""
    if isinstance(value, str):
        return localize.typography(value, lang)  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(typeset(item, lang) for item in value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {
            f.name: typeset(getattr(value, f.name), lang)
            for f in fields(value)
            if f.name not in ("href", "notice_id", "lang", "last_updated", "language_tag")
        }
        return replace(value, **changes)
    return value


def build(
    record: Record, notice_id: str, lang: str, strict: Strict | None = None
) -> NoticeContent | MissingTranslation:
    """The notice in `lang`, or every text it needs that lacks `lang`. `notice_id` must
    exist and `lang` must have a catalog; `strict` resolves the texts (a `Probe` notes what
    several languages lack)."""
    writer = _Writer(record, notice_id, lang, catalog(lang), strict)
    content = writer.content()
    return writer.strict.missing or content
