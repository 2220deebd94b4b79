"""Each point of the legal review of the notices (issue 12), in English and in French.

The registry `tests/fixtures/v11` uses every version 1.1 field; the examples show the
points where they have something to say. Where a test needs another fact (a US
organisation, a German one, a transfer to Korea), it edits a copy of a registry.
"""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ropa.model import Registry
from ropa.notices import MissingTranslation, NoticeContent, build, render
from ropa.record import build_record
from ropa.validate import validate

Build = Callable[[Registry, str, str], NoticeContent]
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
LANGS = ["en", "fr"]


def markdown(registry: Registry, content: Build, notice_id: str, lang: str) -> str:
    text = render(content(registry, notice_id, lang), "md").decode("utf-8")
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def section(text: str, heading: str) -> str:
    """The Markdown of one `## ` section, up to the next one."""
    start = text.index(f"## {heading}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def between(text: str, start: str, end: str) -> str:
    begin = text.index(start)
    return text[begin : text.index(end, begin + len(start))]


def edited(tmp_path: Path, example: str, edits: dict[str, list[tuple[str, str]]]) -> Registry:
    """A copy of a fixture registry with text replaced in its files, validated."""
    target = tmp_path / example
    shutil.copytree(FIXTURES / example, target)
    for name, replacements in edits.items():
        path = target / name
        source = path.read_text("utf-8")
        for old, new in replacements:
            assert old in source, old
            source = source.replace(old, new)
        path.write_text(source, "utf-8")
    result = validate(str(target))
    assert result.registry is not None and result.errors == 0, result.findings
    return result.registry


def built(registry: Registry, notice_id: str, lang: str) -> NoticeContent:
    content = build(build_record(registry), notice_id, lang)
    assert not isinstance(content, MissingTranslation), content.line()
    return content


OBJECT = {
    "en": {
        "box": "### Your right to object",
        "absolute": "You may object at any time, without giving any reason, to the use of your "
        "data for direct marketing, including profiling to the extent that it is related to "
        "it (Art. 21(2) and (3) GDPR)",
        "qualified": "for reasons arising from your particular situation",
        "grounds": "compelling legitimate grounds",
    },
    "fr": {
        "box": "### Votre droit d'opposition",
        "absolute": "Vous pouvez vous opposer à tout moment, sans avoir à vous justifier, à "
        "l'utilisation de vos données à des fins de prospection, y compris au profilage dans "
        "la mesure où il est lié à cette prospection (art. 21.2 et 21.3 du RGPD)",
        "qualified": "pour des raisons tenant à votre situation particulière",
        "grounds": "motifs légitimes et impérieux",
    },
}

MARKETING = {
    "en": {
        "v11": ["Emailing our customers offers of courses similar to those they bought"],
        "ampere": ["Sending you our newsletter", "Sending you personalised advertising"],
    },
    "fr": {
        "v11": ["Adresser par e-mail à nos clients des offres de cours analogues"],
        "ampere": [
            "Vous adresser notre lettre d'information",
            "Vous adresser des messages publicitaires personnalisés",
        ],
    },
}


# ---------------------------------------------------------------- 1. direct marketing
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", ["v11", "ampere"])
def test_direct_marketing_has_its_own_absolute_paragraph(
    lang: str, example: str, request: pytest.FixtureRequest, content: Build
) -> None:
    registry: Registry = request.getfixturevalue(example)
    notice = "families" if example == "v11" else "website"
    words = OBJECT[lang]
    text = markdown(registry, content, notice, lang)
    box = section(text, "Vos droits" if lang == "fr" else "Your rights")
    absolute = between(box, words["absolute"], words["qualified"])
    qualified = between(box, words["qualified"], words["grounds"])
    for purpose in MARKETING[lang][example]:
        assert purpose in absolute
        assert purpose not in qualified  # never under "compelling legitimate grounds"
    assert box.index(words["absolute"]) < box.index(words["qualified"])


@pytest.mark.parametrize("lang", LANGS)
def test_no_direct_marketing_purpose_no_such_paragraph(lang: str, tmp_path: Path) -> None:
    registry = edited(
        tmp_path,
        "v11",
        {"activities.yaml": [("        direct_marketing: true\n", "")]},
    )
    text = (
        render(built(registry, "families", lang), "md")
        .decode()
        .replace("\u202f", " ")
        .replace("\u00a0", " ")
    )
    assert OBJECT[lang]["absolute"] not in text
    # the purpose is then an ordinary legitimate-interests purpose, with its qualified objection
    qualified = between(text, OBJECT[lang]["qualified"], OBJECT[lang]["grounds"])
    assert MARKETING[lang]["v11"][0] in qualified


def test_lohnwerk_has_no_direct_marketing_paragraph(lohnwerk: Registry, content: Build) -> None:
    text = markdown(lohnwerk, content, "customers", "en")
    assert "direct marketing" not in text
    assert OBJECT["en"]["qualified"] in text


# ---------------------------------------------------------------- 2. recipients by role
ROLES = {
    "en": {
        "heading": "Who receives your data?",
        "processors": "Service providers acting on our behalf (processors), which may use your "
        "data only on our instructions and under a contract that protects it:",
        "controllers": "Organisations that receive your data to use it for their own purposes",
        "joint": "Organisations with which we are joint controllers",
        "authorities": "Public authorities:",
        "art49": "(Art. 4(9) GDPR)",
        "instructions": "on our instructions",
    },
    "fr": {
        "heading": "Qui reçoit vos données ?",
        "processors": "Prestataires agissant pour notre compte (sous-traitants), qui ne peuvent "
        "utiliser vos données que sur nos instructions et dans le cadre d'un contrat qui "
        "protège ces données :",
        "controllers": "Organismes qui reçoivent vos données pour les utiliser à leurs propres fins",
        "joint": "Organismes avec lesquels nous sommes responsables conjoints",
        "authorities": "Autorités publiques :",
        "art49": "(art. 4.9 du RGPD)",
        "instructions": "sur nos instructions",
    },
}
RECIPIENTS = {
    "en": {
        "processors": ["Video lesson platform", "Hosting provider", "Email campaign platform"],
        "controllers": [
            "Payment service provider",
            "Chartered accountant",
            "International music examination board",
        ],
        "authorities": ["Tax authorities"],
    },
    "fr": {
        "processors": ["Plateforme de cours en vidéo", "Hébergeur", "Plateforme d'envoi d'e-mails"],
        "controllers": [
            "Prestataire de services de paiement",
            "Expert-comptable",
            "Organisme international d'examens de musique",
        ],
        "authorities": ["Administration fiscale"],
    },
}


@pytest.mark.parametrize("lang", LANGS)
def test_recipients_are_grouped_by_role(lang: str, v11: Registry, content: Build) -> None:
    words, names = ROLES[lang], RECIPIENTS[lang]
    recipients = section(markdown(v11, content, "families", lang), words["heading"])
    processors = between(recipients, words["processors"], words["controllers"])
    controllers = between(recipients, words["controllers"], words["joint"])
    joint = between(recipients, words["joint"], words["authorities"])
    authorities = recipients[recipients.index(words["authorities"]) :]
    assert all(name in processors for name in names["processors"])
    assert not any(name in processors for name in names["controllers"] + names["authorities"])
    assert all(name in controllers for name in names["controllers"])
    assert not any(name in controllers for name in names["processors"])
    assert "Conservatoire de Villeurbanne" in joint  # named, not a category
    assert all(name in authorities for name in names["authorities"])
    assert words["art49"] in authorities
    # "on our instructions" is said of the processors only
    assert recipients.count(words["instructions"]) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_joint_controller_named_with_contact_and_arrangement(
    lang: str, v11: Registry, content: Build
) -> None:
    text = markdown(v11, content, "families", lang)
    responsible = section(text, "Qui est responsable" if lang == "fr" else "Who is responsible")
    assert "**Conservatoire de Villeurbanne**" in responsible
    assert "concerts@conservatoire-villeurbanne.example" in responsible
    arrangement = {
        "en": "**The essence of our arrangement**: We inform families and answer every request",
        "fr": "**Les grandes lignes de notre accord** : Nous informons les familles",
    }
    assert arrangement[lang] in responsible
    art_26_3 = {"en": "(Art. 26(3) GDPR)", "fr": "(art. 26.3 du RGPD)"}
    assert art_26_3[lang] in responsible


def test_without_arrangement_the_notice_does_not_describe_one(tmp_path: Path) -> None:
    source = (FIXTURES / "v11" / "recipients.yaml").read_text("utf-8")
    start = source.index("    arrangement:\n")
    end = source.index("\n\n", start)
    target = tmp_path / "v11"
    shutil.copytree(FIXTURES / "v11", target)
    (target / "recipients.yaml").write_text(source[:start] + source[end + 1 :], "utf-8")
    registry = validate(str(target)).registry
    assert registry is not None
    responsible = section(
        render(built(registry, "families", "en"), "md").decode(), "Who is responsible"
    )
    assert "**Conservatoire de Villeurbanne**" in responsible
    assert "The essence of our arrangement" not in responsible
    assert "(Art. 26(3) GDPR)" in responsible  # what the law gives, whatever the arrangement


def test_lohnwerk_controller_is_not_in_the_processors_list(
    lohnwerk: Registry, content: Build
) -> None:
    recipients = section(markdown(lohnwerk, content, "customers", "en"), "Who receives your data?")
    processors = between(recipients, "Service providers acting on our behalf", "Organisations")
    assert "Tax advisors and auditors" not in processors
    assert "Tax advisors and auditors" in recipients.split("for their own purposes")[1]
    assert "Art. 4(9)" not in recipients  # no public authority in this notice


# ---------------------------------------------------------------- 3. unrecorded facts
DPF = {
    "en": {
        "certified": "**United States (Video lesson platform)**: The recipient is certified under "
        "the EU-US Data Privacy Framework",
        "checked": "on the Data Privacy Framework List on 20 May 2026",
        "relied": "**United States (Email campaign platform)**: The transfer relies on the EU-US "
        "Data Privacy Framework",
    },
    "fr": {
        "certified": "**États-Unis (Plateforme de cours en vidéo)** : Le destinataire est certifié",
        "checked": "pour la dernière fois le 20 mai 2026",
        "relied": "**États-Unis (Plateforme d'envoi d'e-mails)** : Le transfert repose sur le "
        "cadre de protection des données UE-États-Unis",
    },
}


@pytest.mark.parametrize("lang", LANGS)
def test_dpf_certified_only_with_a_listing(lang: str, v11: Registry, content: Build) -> None:
    text = markdown(v11, content, "families", lang)
    for fact in DPF[lang].values():
        assert fact in text
    relied = next(line for line in text.splitlines() if DPF[lang]["relied"] in line)
    assert "is certified" not in relied and "est certifié" not in relied


DEROGATIONS = {
    "en": {
        "japan": "**Japan (International music examination board)**: This transfer takes place "
        "only for this reason: you have explicitly agreed",
        "turkey": "**Türkiye (Instrument repair workshop)**: No adequacy decision or safeguard "
        "covers this transfer",
        "no_decision": "No adequacy decision",
        "informed": "we informed the supervisory authority on 2 February 2026",
    },
    "fr": {
        "japan": "**Japon (Organisme international d'examens de musique)** : Ce transfert n'a "
        "lieu que pour la raison suivante : vous y avez expressément consenti",
        "turkey": "**Turquie (Atelier de réparation d'instruments)** : Aucune décision "
        "d'adéquation ni garantie appropriée ne couvre ce transfert",
        "no_decision": "Aucune décision d'adéquation",
        "informed": "nous en avons informé l'autorité de contrôle le 2 février 2026",
    },
}


@pytest.mark.parametrize("lang", LANGS)
def test_derogations_say_only_what_is_true(lang: str, v11: Registry, content: Build) -> None:
    words = DEROGATIONS[lang]
    text = markdown(v11, content, "families", lang)
    japan = next(line for line in text.splitlines() if words["japan"][:10] in line)
    assert words["japan"] in japan
    assert words["no_decision"] not in japan  # Japan has an adequacy decision
    assert words["turkey"] in text
    assert words["informed"] in text


@pytest.mark.parametrize("lang", LANGS)
def test_authority_informed_only_when_recorded(lang: str, tmp_path: Path) -> None:
    registry = edited(
        tmp_path, "v11", {"recipients.yaml": [("        authority_informed: 2026-02-02\n", "")]}
    )
    text = (
        render(built(registry, "families", lang), "md")
        .decode()
        .replace("\u202f", " ")
        .replace("\u00a0", " ")
    )
    transfers = section(text, "Transferts" if lang == "fr" else "Transfers")
    assert DEROGATIONS[lang]["turkey"] in transfers
    assert ("autorité de contrôle" if lang == "fr" else "supervisory authority") not in transfers


# ---------------------------------------------------------------- 4. identity proof
IDENTITY = {
    "en": "If we have reasonable doubts about the identity of the person making a request, we may "
    "ask for the additional information needed to confirm it (Art. 12(6) GDPR).",
    "fr": "Si nous avons des doutes raisonnables sur l'identité de l'auteur d'une demande, nous "
    "pouvons lui demander les informations supplémentaires nécessaires pour la confirmer "
    "(art. 12.6 du RGPD).",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("example", "notice"), [("v11", "families"), ("ampere", "website")])
def test_identity_asked_only_on_reasonable_doubt(
    lang: str, example: str, notice: str, request: pytest.FixtureRequest, content: Build
) -> None:
    text = markdown(request.getfixturevalue(example), content, notice, lang)
    assert IDENTITY[lang] in text
    assert "enclose proof" not in text and "joindre un justificatif" not in text


def test_no_identity_sentence_without_the_flag(lohnwerk: Registry, content: Build) -> None:
    assert "reasonable doubts" not in markdown(lohnwerk, content, "customers", "en")


# ---------------------------------------------------------------- 5. retention
RETENTION = {
    "en": [
        "We keep your data for the following periods:",
        "- **Payments and accounting**: The data is kept for 10 years from the end of the "
        "financial year of the invoice.",
        "- **Payments and accounting, Payment data**: The data is kept for 13 months from the "
        "payment.",
        "- **Online music lessons, Health information for adapted lessons**: The data is kept "
        "for 1 month from the end of the lessons that needed the adaptation.",
    ],
    "fr": [
        "Nous conservons vos données pendant les durées suivantes :",
        "- **Paiements et comptabilité** : Les données sont conservées 10 ans ; point de départ "
        "de cette durée : la clôture de l'exercice de la facture.",
        "- **Paiements et comptabilité, Données de paiement** : Les données sont conservées "
        "13 mois ; point de départ de cette durée : le paiement.",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_retention_per_activity_and_per_category(lang: str, v11: Registry, content: Build) -> None:
    text = markdown(v11, content, "families", lang)
    for line in RETENTION[lang]:
        assert line in text
    assert "each purpose" not in text and "chaque finalité" not in text


# ---------------------------------------------------------------- 6. special categories
SPECIAL = {
    "en": "- **Online music lessons**: Health information for adapted lessons (people concerned: "
    "Pupils and Parents and guardians of pupils). Condition: explicit consent (Art. 9(2)(a) GDPR).",
    "fr": "- **Cours de musique en ligne** : Informations de santé pour des cours adaptés "
    "(personnes concernées : Élèves et Parents et tuteurs des élèves). Condition : le "
    "consentement explicite (art. 9.2.a du RGPD).",
}


@pytest.mark.parametrize("lang", LANGS)
def test_special_category_condition_cited_with_whose_data(
    lang: str, v11: Registry, content: Build
) -> None:
    assert SPECIAL[lang] in markdown(v11, content, "families", lang)


# ---------------------------------------------------------------- 7. children, Art. 8
CHILDREN = {
    "en": "the age of digital consent that applies to us is {age} ({country}; Art. 8 GDPR): below "
    "that age, consent is given or authorised by the holder of parental responsibility. Parents "
    "and guardians can also exercise their child's rights on the child's behalf.",
    "fr": "l'âge du consentement numérique qui s'applique à nous est de {age} ans ({country} ; "
    "art. 8 du RGPD) : en dessous de cet âge, le consentement est donné ou autorisé par le "
    "titulaire de l'autorité parentale. Les parents et tuteurs peuvent aussi exercer les droits "
    "de leur enfant en son nom.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_children_age_of_digital_consent_in_france(
    lang: str, v11: Registry, content: Build
) -> None:
    text = markdown(v11, content, "families", lang)
    assert CHILDREN[lang].format(age=15, country="France") in text
    # the activities on consent that concern children are named; the concerts (contract) not
    named = next(line for line in text.splitlines() if "Art. 8 GDPR" in line or "art. 8 du" in line)
    assert ("Online gallery of performances" in named) or ("Galerie en ligne" in named)
    assert "concerts" not in named.lower()


@pytest.mark.parametrize(("lang", "country"), [("en", "Germany"), ("fr", "Allemagne")])
def test_children_age_follows_the_organisations_country(
    lang: str, country: str, tmp_path: Path
) -> None:
    registry = edited(
        tmp_path,
        "v11",
        {
            "organization.yaml": [
                ("address: 14 rue de la Charité, 69002 Lyon, France", "address: Berlin"),
                ("country: FR", "country: DE"),
                ("supervisory_authority: CNIL", "supervisory_authority: BLNBDI"),
            ]
        },
    )
    text = (
        render(built(registry, "families", lang), "md")
        .decode()
        .replace("\u202f", " ")
        .replace("\u00a0", " ")
    )
    assert CHILDREN[lang].format(age=16, country=country) in text.replace("\u00a0", " ")


def test_no_children_paragraph_without_minors(ampere: Registry, content: Build) -> None:
    for lang in LANGS:
        text = markdown(ampere, content, "website", lang)
        assert "Art. 8" not in text and "art. 8 du" not in text


# ---------------------------------------------------------------- 8. post-mortem directives
POST_MORTEM = {
    "en": [
        "Under article 85 of the French Data Protection Act (loi n° 78-17 of 6 January 1978, "
        "known as the loi Informatique et Libertés)",
        "**General directives**: they cover all your personal data and can be registered with a "
        "trusted digital third party certified by the CNIL.",
        "**Specific directives**: they cover the data we process and can be given to us by "
        "writing to [dpo@atelier-sonore.example]",
    ],
    "fr": [
        "En application de l'article 85 de la loi n° 78-17 du 6 janvier 1978 relative à "
        "l'informatique, aux fichiers et aux libertés",
        "**Directives générales** : elles portent sur l'ensemble de vos données personnelles et "
        "peuvent être enregistrées auprès d'un tiers de confiance numérique certifié par la CNIL.",
        "**Directives particulières** : elles portent sur les données que nous traitons et "
        "peuvent nous être adressées par écrit à l'adresse suivante : [dpo@atelier-sonore.example]",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_post_mortem_directives_in_france(lang: str, v11: Registry, content: Build) -> None:
    text = markdown(v11, content, "families", lang)
    for fact in POST_MORTEM[lang]:
        assert fact in text


def test_no_post_mortem_directives_outside_france(lohnwerk: Registry, content: Build) -> None:
    assert "article 85" not in markdown(lohnwerk, content, "careers", "en")


# ---------------------------------------------------------------- 9. representative
US_ORGANISATION = {
    "organization.yaml": [
        ("address: 14 rue de la Charité, 69002 Lyon, France", "address: 1 Main Street, Boston"),
        ("country: FR", "country: US"),
        (
            "  supervisory_authority: CNIL",
            "  supervisory_authority: CNIL\n  representative:\n"
            "    name: {en: Représentant Europe SARL, fr: Représentant Europe SARL}\n"
            "    email: eu-rep@example.fr\n    country: FR",
        ),
    ]
}
REPRESENTATIVE = {
    "en": "Our representative in the European Union (Art. 27 GDPR), whom you can contact in "
    "addition to us or instead of us:",
    "fr": "Notre représentant dans l'Union européenne (art. 27 du RGPD), auquel vous pouvez vous "
    "adresser en plus de nous ou à notre place :",
}


@pytest.mark.parametrize("lang", LANGS)
def test_art_27_representative(lang: str, tmp_path: Path) -> None:
    registry = edited(tmp_path, "v11", US_ORGANISATION)
    text = (
        render(built(registry, "families", lang), "md")
        .decode()
        .replace("\u202f", " ")
        .replace("\u00a0", " ")
    )
    responsible = section(text, "Qui est responsable" if lang == "fr" else "Who is responsible")
    assert REPRESENTATIVE[lang] in responsible
    assert "eu-rep@example.fr" in responsible


# ---------------------------------------------------------------- 10. DOCX for legal review
def _docx(content: NoticeContent):  # type: ignore[no-untyped-def]
    import docx

    return docx.Document(io.BytesIO(render(content, "docx")))


def _style_languages(document) -> set[str]:  # type: ignore[no-untyped-def]
    from docx.oxml.ns import qn

    found = set()
    for style in document.styles.element.findall(qn("w:style")):
        lang = style.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        found.add(lang.get(qn("w:val")) if lang is not None else None)
    defaults = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}"
    )
    found.add(defaults.get(qn("w:val")) if defaults is not None else None)
    return found


@pytest.mark.parametrize(("lang", "tag"), [("en", "en-GB"), ("fr", "fr-FR")])
def test_docx_is_a4_with_the_language_on_every_style_and_live_links(
    lang: str, tag: str, v11: Registry, content: Build
) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Mm

    document = _docx(content(v11, "families", lang))
    page = document.sections[0]
    assert (round(page.page_width.mm), round(page.page_height.mm)) == (210, 297)
    assert abs(page.page_width - Mm(210)) < Mm(0.1)
    assert _style_languages(document) == {tag}
    assert document.styles["Normal"].element.rPr.find(qn("w:lang")).get(qn("w:val")) == tag
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert {"mailto:dpo@atelier-sonore.example", "https://atelier-sonore.example"} <= targets
    assert "https://www.cnil.fr" in targets
    links = list(document.element.body.iter(qn("w:hyperlink")))
    texts = {"".join(t.text for t in link.iter(qn("w:t"))) for link in links}
    assert "dpo@atelier-sonore.example" in texts
    paragraphs = [p.text for p in document.paragraphs]
    assert any("dpo@atelier-sonore.example" in p for p in paragraphs)  # link text is kept


@pytest.mark.parametrize("lang", LANGS)
def test_docx_is_letter_for_a_us_organisation(lang: str, tmp_path: Path) -> None:
    registry = edited(tmp_path, "v11", US_ORGANISATION)
    page = _docx(built(registry, "families", lang)).sections[0]
    assert (round(page.page_width.inches, 1), round(page.page_height.inches, 1)) == (8.5, 11.0)


# ---------------------------------------------------------------- French, as a lawyer writes it
# Placeholders that hold registry text, which may start with its own article ("le dépôt").
_REGISTRY_VALUES = {
    "activities", "activity", "address", "authority", "categories", "category", "condition",
    "country", "criteria", "examples", "interest", "label", "organization", "partner", "reason",
    "recipient", "scope", "start", "subjects", "text",
}  # fmt: skip
# "de"/"à" contract with an article ("de le" → "du"); "avec" needs one before a name. Other
# prepositions ("sur", "pour") do not contract, and the scope carries its own article.
_BARE = re.compile(r"\b(?:de|du|des|à|au|aux|avec)\s+%\((\w+)\)s", re.I)


def test_french_catalog_never_puts_registry_text_after_a_bare_preposition() -> None:
    from babel.messages.pofile import read_po

    po = Path(__file__).resolve().parents[2] / "src/ropa/locale/fr/LC_MESSAGES/ropa.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    glued = [
        (message.id, match.group(0))
        for message in catalog
        if message.id and isinstance(message.string, str)
        for match in _BARE.finditer(message.string)
        if match.group(1) in _REGISTRY_VALUES
    ]
    assert not glued


@pytest.mark.parametrize(("example", "notice"), [("v11", "families"), ("ampere", "website")])
def test_french_never_contracts_an_article_with_registry_text(
    example: str, notice: str, request: pytest.FixtureRequest, content: Build
) -> None:
    text = markdown(request.getfixturevalue(example), content, notice, "fr")
    assert "à compter de" not in text
    assert not re.search(r"\b(?:de le|à le|à les|de les) (?!utiliser|effacer)", text)


def test_french_retention_start_never_follows_a_bare_preposition(tmp_path: Path) -> None:
    # "le concert", "le paiement": the registry's own article stands after a colon
    registry = edited(tmp_path, "v11", {})
    text = (
        render(built(registry, "families", "fr"), "md")
        .decode()
        .replace("\u202f", " ")
        .replace("\u00a0", " ")
    )
    assert "point de départ de cette durée : le concert." in text
    assert "point de départ de cette durée : le paiement." in text


def test_french_first_of_the_month_and_eu_country_names(tmp_path: Path) -> None:
    registry = edited(
        tmp_path,
        "v11",
        {
            "recipients.yaml": [
                (
                    "    country: JP\n    transfers:\n      - country: JP",
                    "    country: KR\n    transfers:\n      - country: KR",
                ),
            ]
        },
    )
    fr = render(built(registry, "families", "fr"), "md").decode()
    en = render(built(registry, "families", "en"), "md").decode()
    assert "Dernière mise à jour\u202f: 1er juin 2026" in fr
    assert "République de Corée" in fr and "Corée du Sud" not in fr
    assert "Republic of Korea" in en and "South Korea" not in en
    assert "Last updated: 1 June 2026" in en


@pytest.mark.parametrize(("example", "notice"), [("v11", "families"), ("ampere", "website")])
def test_french_title_and_first_sentence_agree(
    example: str, notice: str, request: pytest.FixtureRequest, content: Build
) -> None:
    built_notice = content(request.getfixturevalue(example), notice, "fr")
    assert built_notice.title.startswith("Politique de confidentialité")
    text = render(built_notice, "md").decode()
    assert "Cette politique de confidentialité porte sur" in text
    assert "notice" not in text.lower().replace("notices", "")


def test_french_default_title_is_politique_de_confidentialite(tmp_path: Path) -> None:
    source = (FIXTURES / "v11" / "organization.yaml").read_text("utf-8")
    start = source.index("    title:\n")
    end = source.index("    scope:\n")
    target = tmp_path / "v11"
    shutil.copytree(FIXTURES / "v11", target)
    (target / "organization.yaml").write_text(source[:start] + source[end:], "utf-8")
    registry = validate(str(target)).registry
    assert registry is not None
    assert built(registry, "families", "fr").title == "Politique de confidentialité"


_BAD_SPACE = re.compile(r"[ \u00a0]([:;?!])")


@pytest.mark.parametrize("notice_format", ["md", "html", "txt", "docx"])
@pytest.mark.parametrize(("example", "notice"), [("v11", "families"), ("ampere", "website")])
def test_french_narrow_no_break_space_in_every_format(
    notice_format: str, example: str, notice: str, request: pytest.FixtureRequest, content: Build
) -> None:
    built_notice = content(request.getfixturevalue(example), notice, "fr")
    payload = render(built_notice, notice_format)  # type: ignore[arg-type]
    if notice_format == "docx":
        document = _docx(built_notice)
        text = "\n".join(p.text for p in document.paragraphs)
        text += "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    else:
        text = payload.decode("utf-8")
    if notice_format == "html":
        text = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
        text = re.sub(r"<[^>]+>", "", text)
    assert not _BAD_SPACE.findall(text), _BAD_SPACE.findall(text)[:5]
    assert "\u202f:" in text and "\u202f?" in text
    if notice_format == "txt":
        assert "Base légale\u202f: " in text
    # an article number never leaves its "art." at the end of a line
    assert "(art.\u00a06.1.a du RGPD)" in text and not re.search(r"art\. \d", text)


RESTRICTION = {
    "en": "**Restriction**: You can ask us to keep your data but stop any other use of it: while "
    "we check its accuracy or examine your objection; instead of erasing it, if its use is "
    "unlawful; or if we no longer need it but you need it to establish, exercise or defend legal "
    "claims.",
    "fr": "**Limitation** : Vous pouvez nous demander de conserver vos données tout en cessant de "
    "les utiliser autrement : le temps que nous vérifiions leur exactitude ou examinions votre "
    "opposition ; au lieu de les effacer, si leur utilisation est illicite ; ou si nous n'en "
    "avons plus besoin mais qu'elles vous sont nécessaires à la constatation, à l'exercice ou à "
    "la défense de droits en justice.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_restriction_as_the_law_states_it(lang: str, v11: Registry, content: Build) -> None:
    assert RESTRICTION[lang] in markdown(v11, content, "families", lang)
