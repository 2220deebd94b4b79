"""Each fact of the Ampere website policy, and of the Lohnwerk notices, is stated.

The golden files pin the wording; these tests say what must be there whatever the wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ropa.model import Registry
from ropa.notices import NoticeContent, render

Build = Callable[[Registry, str, str], NoticeContent]


def text_of(registry: Registry, content: Build, notice_id: str, lang: str) -> str:
    markdown = render(content(registry, notice_id, lang), "md").decode("utf-8")
    # French typography puts no-break spaces before colons and inside numbers.
    return markdown.replace("\u00a0", " ").replace("\u202f", " ")


AMPERE_FACTS = {
    "en": [
        "AMPERE SAS, 122-122 bis avenue du Général Leclerc, 92100 Boulogne-Billancourt",
        "dpo@ampere.cars",
        "AMPERE SAS, Direction juridique, Délégué à la protection des données",
        "Sending you our newsletter | Your consent",
        "Sending you personalised advertising",
        "Monitoring the quality of our products and services",
        "Monitoring our activities through reporting",
        "Our legitimate interests (Art. 6(1)(f) GDPR): Offering you content that is relevant",
        "Our legitimate interests (Art. 6(1)(f) GDPR): Improving our products and services",
        "Our legitimate interests (Art. 6(1)(f) GDPR): Measuring the performance",
        "## Profiling and automated decisions",
        "data from our partners and data collected when you visit our websites",
        "**Other organisations**: Our commercial partners",
        "Cookies and similar technologies on our websites",
        "Our forms mark which answers are required",
        "3 years from your last interaction with our newsletters",
        "3 years from our last contact with you",
        "2 years from the collection of the data",
        "13 months from the collection of the data",
        "archived, with restricted access, for the limitation period of legal claims",
        "Our marketing teams",
        "Hosting providers for our website and mobile applications",
        "Providers that operate and maintain our website",
        "Providers that send our newsletters and commercial offers",
        "Data analytics providers",
        "Providers that run our surveys",
        "Public authorities and courts",
        "**India (Providers that operate and maintain our website)**: The recipient is bound by "
        "standard contractual clauses",
        "**United States (Providers that send our newsletters and commercial offers)**: The "
        "recipient is bound by standard contractual clauses",
        "**United Kingdom (Providers that run our surveys)**: The European Commission has recognised",
        "adequacy decision",
        "a copy of the safeguards used for these transfers by writing to [dpo@ampere.cars]",
        "**Access**",
        "**Rectification**",
        "**Erasure**",
        "**Restriction**",
        "**Portability**",
        "**Objection**",
        "### Your right to object",
        "for direct marketing, including profiling to the extent that it is related to it",
        "you can withdraw it at any time",
        "The unsubscribe link in every newsletter",
        "article 85 of the French Data Protection Act",
        "reasonable doubts about the identity of the person making a request",
        "French Data Protection Authority (CNIL)",
        "https://www.cnil.fr",
        "https://www.ampere.cars/en/cookie-policy/",
        "Last updated: 6 January 2026",
    ],
    "fr": [
        "AMPERE SAS, 122-122 bis avenue du Général Leclerc, 92100 Boulogne-Billancourt",
        "dpo@ampere.cars",
        "Vous adresser notre lettre d'information | Votre consentement",
        "Notre intérêt légitime (art. 6.1.f du RGPD) : Vous proposer des contenus pertinents",
        "Notre intérêt légitime (art. 6.1.f du RGPD) : Améliorer nos produits et services",
        "## Profilage et décisions automatisées",
        "**D'autres organismes** : Nos partenaires commerciaux",
        "Nos formulaires signalent les réponses obligatoires",
        "3 ans ; point de départ de cette durée : notre dernier contact avec vous",
        "13 mois ; point de départ de cette durée : la collecte des données",
        "pendant la durée de prescription légale",
        "Nos équipes marketing",
        "Prestataires de réalisation de nos enquêtes",
        "**Inde (Prestataires d'exploitation et de maintenance de notre site)** : Le destinataire "
        "est lié par des clauses contractuelles types",
        "**États-Unis (Prestataires d'envoi de nos lettres d'information et offres commerciales)** "
        ": Le destinataire est lié par des clauses contractuelles types",
        "**Royaume-Uni (Prestataires de réalisation de nos enquêtes)** : La Commission européenne",
        "décision d'adéquation",
        "une copie des garanties",
        "**Accès**",
        "**Rectification**",
        "**Effacement**",
        "**Limitation**",
        "**Portabilité**",
        "**Opposition**",
        "### Votre droit d'opposition",
        "à des fins de prospection, y compris au profilage",
        "vous pouvez le retirer à tout moment",
        "après votre décès",
        "article 85 de la loi n° 78-17 du 6 janvier 1978",
        "doutes raisonnables sur l'identité de l'auteur d'une demande",
        "Commission nationale de l'informatique et des libertés (CNIL)",
        "https://www.cnil.fr",
        "https://www.ampere.cars/fr/politique-cookies/",
        "Dernière mise à jour : 6 janvier 2026",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_ampere_website_states_every_fact_of_the_policy(
    lang: str, ampere: Registry, content: Build
) -> None:
    text = text_of(ampere, content, "website", lang)
    missing = [fact for fact in AMPERE_FACTS[lang] if fact not in text]
    assert not missing


def test_french_notice_has_no_english_sentence(ampere: Registry, content: Build) -> None:
    text = text_of(ampere, content, "website", "fr")
    for english in ("Your ", "We ", "The data", "Legal basis", "Purpose", "January"):
        assert english not in text


def test_lohnwerk_careers(lohnwerk: Registry, content: Build) -> None:
    text = text_of(lohnwerk, content, "careers", "en")
    assert "Dr. Jana Vogt, external data protection officer" in text
    assert (
        "**United Arab Emirates (Relocation agencies, for candidates who ask for relocation support)**: No adequacy decision or safeguard"
        in text
    )
    assert "explicitly agreed to it after being told of the possible risks" in text
    assert (
        "**United Kingdom (Applicant tracking software providers)**: The European Commission has recognised"
        in text
    )
    assert "Berlin Commissioner for Data Protection and Freedom of Information" in text
    assert "https://www.datenschutz-berlin.de" in text
    assert "6 months from the end of the recruitment process" in text
    assert "**Portability**" in text  # contract and consent
    assert "A message to the HR team" in text  # how to withdraw consent
    assert "after your death" not in text  # a German organisation
    assert "article 85" not in text
    assert "right to object" not in text  # no legitimate interests, no direct marketing
    assert "reasonable doubts about the identity" in text
    assert "Last updated: 1 October 2025" in text


def test_lohnwerk_customers(lohnwerk: Registry, content: Build) -> None:
    text = text_of(lohnwerk, content, "customers", "en")
    assert "### Your right to object" in text
    assert "Detecting and investigating security incidents" in text
    assert "direct marketing" not in text  # no purpose of this notice is marked so
    assert "EU-US Data Privacy Framework" in text
    assert "India" not in text  # the payroll processing is not in this notice
    assert "copy of the safeguards" not in text  # the DPF needs no copy
    assert "withdraw" not in text
    assert "reasonable doubts" not in text  # identity_proof is not set
    assert "10 years from the end of the calendar year" in text
    assert "90 days from the time the log entry is written" in text
