"""Generate a synthetic ropa registry (format v1) of any size, deterministically.

    python bench/generate.py --activities 1000 --seed 1 --out /tmp/registry-1000

The registry is that of a large group: one organisation, a shared vocabulary (20 data
subject groups, 60 data categories, 12 security measures, a few clients), N/5 recipients
(at least 12, so that every transfer mechanism appears) spread over recipients/*.yaml,
and N activities, 20 per file, under activities/. Every text is written in English and
French. The same arguments always write the same bytes: all randomness comes from one
seeded `random.Random`, and every date is relative to the fixed REFERENCE_DATE, never to
today. The output is meant to validate with no error (warnings may appear as the
reference date ages, e.g. reviews older than twelve months).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ropa.reference import adequacy
from ropa.reference.jurisdiction import EU_GDPR
from ropa.rules.tia_missing import NEEDS_ASSESSMENT
from ropa.schema import schema

REFERENCE_DATE = date(2026, 11, 1)
ACTIVITIES_PER_FILE = 20
RECIPIENTS_PER_FILE = 50
SCHEMA_COMMENT = "# yaml-language-server: $schema=https://ropa.dev/schemas/ropa.schema.json\n"

# ------------------------------------------------------------------ vocabularies

# (id, en, fr, vulnerable)
DATA_SUBJECTS = [
    ("employees", "Employees", "Salariés", True),
    ("applicants", "Job applicants", "Candidats à l'embauche", False),
    ("interns", "Interns and apprentices", "Stagiaires et apprentis", True),
    ("former-employees", "Former employees", "Anciens salariés", False),
    ("temporary-workers", "Temporary workers", "Intérimaires", True),
    ("customers", "Customers", "Clients", False),
    ("prospects", "Prospects", "Prospects", False),
    ("website-visitors", "Website visitors", "Visiteurs du site", False),
    ("app-users", "Mobile application users", "Utilisateurs de l'application mobile", False),
    (
        "newsletter-subscribers",
        "Newsletter subscribers",
        "Abonnés à la lettre d'information",
        False,
    ),
    ("supplier-contacts", "Supplier contacts", "Contacts chez les fournisseurs", False),
    ("business-partners", "Business partner contacts", "Contacts chez les partenaires", False),
    ("shareholders", "Shareholders", "Actionnaires", False),
    ("visitors", "Visitors to our sites", "Visiteurs de nos sites", False),
    ("drivers", "Vehicle drivers", "Conducteurs de véhicules", False),
    (
        "patients",
        "Patients of the occupational health service",
        "Patients du service de santé au travail",
        True,
    ),
    ("children", "Children of employees", "Enfants des salariés", True),
    ("whistleblowers", "Whistleblowers", "Lanceurs d'alerte", True),
    ("complainants", "People who complain", "Auteurs de réclamations", False),
    ("event-attendees", "Event attendees", "Participants aux événements", False),
]

# (id, en, fr, [examples en], [examples fr], special, criminal)
_CATEGORY_NAMES = [
    ("identity", "Identity", "Identité"),
    ("contact", "Contact details", "Coordonnées"),
    ("postal-address", "Postal address", "Adresse postale"),
    ("email-address", "Email address", "Adresse e-mail"),
    ("phone-number", "Phone number", "Numéro de téléphone"),
    ("date-of-birth", "Date of birth", "Date de naissance"),
    ("family-situation", "Family situation", "Situation familiale"),
    ("national-id", "National identification number", "Numéro d'identification national"),
    ("passport", "Passport and identity documents", "Passeport et pièces d'identité"),
    ("photo", "Photograph", "Photographie"),
    ("signature", "Signature", "Signature"),
    ("employment-contract", "Employment contract", "Contrat de travail"),
    ("job-title", "Job title and grade", "Poste et classification"),
    ("salary", "Salary and benefits", "Rémunération et avantages"),
    ("bank-details", "Bank details", "Coordonnées bancaires"),
    ("tax-data", "Tax information", "Informations fiscales"),
    ("social-security", "Social security number", "Numéro de sécurité sociale"),
    ("working-time", "Working time and absences", "Temps de travail et absences"),
    ("performance", "Performance reviews", "Évaluations professionnelles"),
    ("training", "Training records", "Historique des formations"),
    ("cv", "Curriculum vitae", "Curriculum vitae"),
    ("education", "Education and qualifications", "Formation et diplômes"),
    ("references", "Professional references", "Références professionnelles"),
    ("badge-logs", "Access badge logs", "Journaux des badges d'accès"),
    ("cctv-images", "Video surveillance images", "Images de vidéoprotection"),
    ("vehicle-data", "Vehicle data", "Données du véhicule"),
    ("geolocation", "Geolocation", "Géolocalisation"),
    ("driving-licence", "Driving licence", "Permis de conduire"),
    ("it-logs", "IT usage logs", "Journaux d'utilisation informatique"),
    ("connection-data", "Connection data", "Données de connexion"),
    ("device-identifiers", "Device identifiers", "Identifiants de l'appareil"),
    ("cookies", "Cookie identifiers", "Identifiants de cookies"),
    ("browsing", "Browsing history", "Historique de navigation"),
    ("preferences", "Interests and preferences", "Centres d'intérêt et préférences"),
    ("purchase-history", "Purchase history", "Historique d'achats"),
    ("orders", "Orders and invoices", "Commandes et factures"),
    ("payment-data", "Payment data", "Données de paiement"),
    ("loyalty", "Loyalty programme data", "Données du programme de fidélité"),
    ("interactions", "Interactions with us", "Historique de nos échanges"),
    ("complaints", "Complaints and requests", "Réclamations et demandes"),
    ("call-recordings", "Call recordings", "Enregistrements d'appels"),
    ("survey-answers", "Survey answers", "Réponses aux enquêtes"),
    ("contract-data", "Contract data", "Données contractuelles"),
    ("credit-data", "Creditworthiness", "Solvabilité"),
    ("company-data", "Employer and position", "Employeur et fonction"),
    ("shareholding", "Shareholding", "Participation au capital"),
    ("emergency-contact", "Emergency contact", "Personne à prévenir"),
    ("dietary", "Dietary requirements", "Régime alimentaire"),
    ("travel", "Travel arrangements", "Organisation des déplacements"),
    ("expenses", "Expense claims", "Notes de frais"),
    ("whistleblowing-report", "Content of reports", "Contenu des signalements"),
    ("disciplinary", "Disciplinary measures", "Mesures disciplinaires"),
    ("health", "Health data", "Données de santé"),
    ("disability", "Disability status", "Situation de handicap"),
    ("trade-union", "Trade union membership", "Appartenance syndicale"),
    ("biometric", "Biometric templates", "Gabarits biométriques"),
    ("religion", "Religious beliefs", "Convictions religieuses"),
    (
        "ethnic-origin",
        "Ethnic origin for diversity monitoring",
        "Origine ethnique pour le suivi de la diversité",
    ),
    ("criminal-records", "Criminal record extracts", "Extraits de casier judiciaire"),
    ("offences", "Suspected offences", "Infractions présumées"),
]
SPECIAL = {
    "health": "health",
    "disability": "health",
    "trade-union": "trade-union-membership",
    "biometric": "biometric",
    "religion": "religious-philosophical-beliefs",
    "ethnic-origin": "racial-ethnic-origin",
}
CRIMINAL = {"criminal-records", "offences"}

# (id, en, fr, organisation-wide)
SECURITY_MEASURES = [
    ("tls", "Encryption of data in transit", "Chiffrement des échanges", True),
    ("access-control", "Role-based access control", "Habilitations par profil", True),
    (
        "access-logging",
        "Logging of access to personal data",
        "Journalisation des accès aux données",
        True,
    ),
    (
        "supplier-audits",
        "Security clauses and audits of suppliers",
        "Clauses de sécurité et audits des fournisseurs",
        True,
    ),
    ("encryption-at-rest", "Encryption at rest", "Chiffrement au repos", False),
    ("pseudonymisation", "Pseudonymisation", "Pseudonymisation", False),
    ("mfa", "Multi-factor authentication", "Authentification multifacteur", False),
    ("backups", "Encrypted backups", "Sauvegardes chiffrées", False),
    ("network-segmentation", "Network segmentation", "Cloisonnement du réseau", False),
    (
        "data-minimisation-reviews",
        "Periodic minimisation reviews",
        "Revues périodiques de minimisation",
        False,
    ),
    (
        "physical-security",
        "Physical access control to premises",
        "Contrôle d'accès physique aux locaux",
        False,
    ),
    ("awareness-training", "Staff awareness training", "Sensibilisation du personnel", False),
]

# Business processes: (slug, en, fr, owner, subject ids, category pool, typical bases)
PROCESSES = [
    (
        "payroll",
        "Payroll",
        "Paie",
        "Human resources",
        ["employees", "interns"],
        [
            "identity",
            "contact",
            "bank-details",
            "salary",
            "tax-data",
            "social-security",
            "working-time",
            "employment-contract",
        ],
        ["legal-obligation", "contract"],
    ),
    (
        "recruitment",
        "Recruitment",
        "Recrutement",
        "Human resources",
        ["applicants"],
        ["identity", "contact", "cv", "education", "references"],
        ["contract", "legitimate-interests"],
    ),
    (
        "talent-pool",
        "Talent pool",
        "Vivier de candidats",
        "Human resources",
        ["applicants"],
        ["identity", "contact", "cv", "education"],
        ["consent"],
    ),
    (
        "training",
        "Training management",
        "Gestion des formations",
        "Human resources",
        ["employees", "interns", "temporary-workers"],
        ["identity", "job-title", "training"],
        ["contract", "legal-obligation"],
    ),
    (
        "performance",
        "Annual reviews",
        "Entretiens annuels",
        "Human resources",
        ["employees"],
        ["identity", "job-title", "performance", "training"],
        ["contract", "legitimate-interests"],
    ),
    (
        "occupational-health",
        "Occupational health",
        "Santé au travail",
        "Human resources",
        ["employees", "patients"],
        ["identity", "health", "disability", "working-time"],
        ["legal-obligation"],
    ),
    (
        "union-relations",
        "Employee representation",
        "Représentation du personnel",
        "Human resources",
        ["employees"],
        ["identity", "job-title", "trade-union"],
        ["legal-obligation"],
    ),
    (
        "childcare",
        "Childcare benefits",
        "Prestations de garde d'enfants",
        "Human resources",
        ["employees", "children"],
        ["identity", "family-situation", "date-of-birth"],
        ["contract"],
    ),
    (
        "diversity",
        "Diversity monitoring",
        "Suivi de la diversité",
        "Human resources",
        ["employees", "applicants"],
        ["job-title", "ethnic-origin", "disability"],
        ["consent"],
    ),
    (
        "background-checks",
        "Background checks",
        "Vérifications préalables",
        "Security",
        ["applicants"],
        ["identity", "criminal-records", "references"],
        ["legal-obligation"],
    ),
    (
        "badge-access",
        "Site access control",
        "Contrôle d'accès aux sites",
        "Security",
        ["employees", "visitors", "temporary-workers"],
        ["identity", "photo", "badge-logs"],
        ["legitimate-interests"],
    ),
    (
        "biometric-access",
        "Biometric access to restricted areas",
        "Accès biométrique aux zones sensibles",
        "Security",
        ["employees"],
        ["identity", "biometric", "badge-logs"],
        ["consent"],
    ),
    (
        "cctv",
        "Video surveillance",
        "Vidéoprotection",
        "Security",
        ["employees", "visitors"],
        ["cctv-images"],
        ["legitimate-interests"],
    ),
    (
        "fleet",
        "Company car fleet",
        "Flotte automobile",
        "Facilities",
        ["employees", "drivers"],
        ["identity", "driving-licence", "vehicle-data", "geolocation"],
        ["contract", "legitimate-interests"],
    ),
    (
        "travel",
        "Business travel",
        "Déplacements professionnels",
        "Facilities",
        ["employees"],
        ["identity", "passport", "travel", "dietary", "emergency-contact"],
        ["contract"],
    ),
    (
        "expenses",
        "Expense claims",
        "Notes de frais",
        "Finance",
        ["employees"],
        ["identity", "bank-details", "expenses"],
        ["contract", "legal-obligation"],
    ),
    (
        "it-accounts",
        "IT accounts and support",
        "Comptes informatiques et assistance",
        "IT",
        ["employees", "temporary-workers", "interns"],
        ["identity", "email-address", "it-logs", "device-identifiers"],
        ["contract", "legitimate-interests"],
    ),
    (
        "it-security",
        "IT security monitoring",
        "Supervision de la sécurité informatique",
        "IT",
        ["employees"],
        ["it-logs", "connection-data", "device-identifiers"],
        ["legitimate-interests"],
    ),
    (
        "whistleblowing",
        "Whistleblowing",
        "Dispositif d'alerte",
        "Compliance",
        ["whistleblowers", "employees"],
        ["identity", "whistleblowing-report", "offences"],
        ["legal-obligation"],
    ),
    (
        "sanctions-screening",
        "Sanctions screening",
        "Filtrage des sanctions",
        "Compliance",
        ["supplier-contacts", "business-partners"],
        ["identity", "company-data"],
        ["legal-obligation"],
    ),
    (
        "orders",
        "Order management",
        "Gestion des commandes",
        "Sales",
        ["customers"],
        ["identity", "contact", "postal-address", "orders", "payment-data"],
        ["contract"],
    ),
    (
        "invoicing",
        "Invoicing and collection",
        "Facturation et recouvrement",
        "Finance",
        ["customers"],
        ["identity", "postal-address", "orders", "bank-details", "credit-data"],
        ["contract", "legal-obligation"],
    ),
    (
        "customer-service",
        "Customer service",
        "Service client",
        "Customer service",
        ["customers", "complainants"],
        ["identity", "contact", "complaints", "call-recordings"],
        ["contract", "legitimate-interests"],
    ),
    (
        "loyalty",
        "Loyalty programme",
        "Programme de fidélité",
        "Marketing",
        ["customers"],
        ["identity", "email-address", "loyalty", "purchase-history"],
        ["contract"],
    ),
    (
        "newsletter",
        "Newsletter",
        "Lettre d'information",
        "Marketing",
        ["newsletter-subscribers", "prospects"],
        ["identity", "email-address", "preferences"],
        ["consent"],
    ),
    (
        "prospecting",
        "Business prospecting",
        "Prospection commerciale",
        "Sales",
        ["prospects", "business-partners"],
        ["identity", "contact", "company-data"],
        ["legitimate-interests"],
    ),
    (
        "web-analytics",
        "Website audience measurement",
        "Mesure d'audience du site",
        "Digital",
        ["website-visitors", "app-users"],
        ["connection-data", "cookies", "browsing", "device-identifiers"],
        ["consent"],
    ),
    (
        "personalisation",
        "Personalised offers",
        "Offres personnalisées",
        "Marketing",
        ["customers", "app-users"],
        ["identity", "preferences", "purchase-history", "browsing"],
        ["consent"],
    ),
    (
        "surveys",
        "Satisfaction surveys",
        "Enquêtes de satisfaction",
        "Customer service",
        ["customers"],
        ["identity", "email-address", "survey-answers"],
        ["legitimate-interests"],
    ),
    (
        "events",
        "Events and trade fairs",
        "Événements et salons",
        "Marketing",
        ["event-attendees", "prospects"],
        ["identity", "contact", "dietary", "company-data"],
        ["contract", "consent"],
    ),
    (
        "suppliers",
        "Supplier management",
        "Gestion des fournisseurs",
        "Procurement",
        ["supplier-contacts"],
        ["identity", "contact", "company-data", "contract-data"],
        ["contract", "legitimate-interests"],
    ),
    (
        "shareholders",
        "Shareholder register",
        "Registre des actionnaires",
        "Legal",
        ["shareholders"],
        ["identity", "postal-address", "shareholding", "bank-details", "national-id", "signature"],
        ["legal-obligation"],
    ),
    (
        "litigation",
        "Litigation",
        "Gestion des contentieux",
        "Legal",
        ["customers", "employees", "complainants"],
        ["identity", "contract-data", "complaints"],
        ["legitimate-interests"],
    ),
    (
        "credit-scoring",
        "Credit risk assessment",
        "Évaluation du risque de crédit",
        "Finance",
        ["customers"],
        ["identity", "credit-data", "payment-data", "orders"],
        ["contract"],
    ),
    (
        "connected-services",
        "Connected vehicle services",
        "Services de véhicule connecté",
        "Digital",
        ["customers", "drivers", "app-users"],
        ["identity", "vehicle-data", "geolocation", "device-identifiers"],
        ["contract"],
    ),
    (
        "payroll-services",
        "Payroll services for group companies",
        "Services de paie pour les sociétés du groupe",
        "Shared services",
        ["employees"],
        ["identity", "salary", "bank-details", "social-security"],
        [],
    ),
    (
        "hosting-services",
        "Hosting of client applications",
        "Hébergement des applications clientes",
        "Shared services",
        ["customers", "app-users"],
        ["identity", "connection-data", "it-logs"],
        [],
    ),
    (
        "alumni",
        "Former employee network",
        "Réseau des anciens salariés",
        "Human resources",
        ["former-employees"],
        ["identity", "contact", "phone-number", "job-title"],
        ["consent"],
    ),
    (
        "disciplinary",
        "Disciplinary procedures",
        "Procédures disciplinaires",
        "Human resources",
        ["employees"],
        ["identity", "job-title", "disciplinary"],
        ["legal-obligation"],
    ),
    (
        "religious-leave",
        "Leave for religious holidays",
        "Congés pour fêtes religieuses",
        "Human resources",
        ["employees"],
        ["identity", "working-time", "religion"],
        ["consent"],
    ),
]
OWNERS_FR = {
    "Human resources": "des ressources humaines",
    "Security": "de la sûreté",
    "Facilities": "des services généraux",
    "Finance": "financière",
    "IT": "des systèmes d'information",
    "Compliance": "de la conformité",
    "Sales": "commerciale",
    "Customer service": "du service client",
    "Marketing": "du marketing",
    "Digital": "du numérique",
    "Procurement": "des achats",
    "Legal": "juridique",
    "Shared services": "des services partagés",
}
PURPOSE_WORDING = {
    "consent": ("{} for the people who agreed to it", "{} pour les personnes qui l'ont accepté"),
    "contract": ("{} to perform our contract with you", "{} pour exécuter notre contrat avec vous"),
    "legal-obligation": ("{} as the law requires", "{} comme la loi l'impose"),
    "legitimate-interests": ("{} in our legitimate interests", "{} dans notre intérêt légitime"),
}
PROCESSOR_PROCESSES = {"payroll-services", "hosting-services"}

SITES = [
    ("paris", "Paris head office", "siège de Paris"),
    ("lyon", "Lyon plant", "usine de Lyon"),
    ("lille", "Lille logistics centre", "centre logistique de Lille"),
    ("munich", "Munich office", "bureau de Munich"),
    ("madrid", "Madrid subsidiary", "filiale de Madrid"),
    ("milan", "Milan subsidiary", "filiale de Milan"),
    ("brussels", "Brussels office", "bureau de Bruxelles"),
    ("amsterdam", "Amsterdam subsidiary", "filiale d'Amsterdam"),
    ("warsaw", "Warsaw service centre", "centre de services de Varsovie"),
    ("lisbon", "Lisbon digital hub", "pôle numérique de Lisbonne"),
    ("prague", "Prague plant", "usine de Prague"),
    ("dublin", "Dublin subsidiary", "filiale de Dublin"),
]

SYSTEMS = [
    "SAP SuccessFactors",
    "Workday",
    "Salesforce",
    "ServiceNow",
    "Microsoft 365",
    "Google Workspace",
    "SAP S/4HANA",
    "HubSpot",
    "Zendesk",
    "Okta",
    "Splunk",
    "Genesys Cloud",
    "Qualtrics",
    "Concur",
    "Coupa",
    "Jira",
]

EEA = ["FR", "DE", "IE", "NL", "BE", "ES", "IT", "PL", "PT", "CZ", "SE", "DK", "AT", "FI"]
# The countries whose EU adequacy decision covers every recipient (those of Canada, Japan,
# Korea and the United States cover only some), and third countries without one.
ADEQUATE = [decision.country for decision in adequacy.DECISIONS.values() if decision.full]
THIRD = [
    country
    for country in ("IN", "BR", "SG", "AU", "ZA", "MX", "PH", "MA", "TN", "US")
    if country not in ADEQUATE  # Brazil has had a decision since January 2026
]
# The transfer tools of the EU GDPR, in the schema's order: the record is kept under it.
MECHANISMS = [
    mechanism
    for mechanism in schema()["$defs"]["transfer"]["properties"]["mechanism"]["enum"]
    if mechanism in EU_GDPR.mechanisms
]

# Recipient kinds: (slug, en, fr, category en, category fr)
PROCESSOR_KINDS = [
    (
        "cloud-hosting",
        "Cloud hosting provider",
        "Hébergeur en nuage",
        "Hosting providers",
        "Hébergeurs",
    ),
    (
        "payroll-bureau",
        "Payroll bureau",
        "Prestataire de paie",
        "Payroll providers",
        "Prestataires de paie",
    ),
    (
        "crm-vendor",
        "CRM software vendor",
        "Éditeur du logiciel de relation client",
        "Software providers",
        "Éditeurs de logiciels",
    ),
    (
        "emailing",
        "Email campaign platform",
        "Plateforme d'envoi d'e-mails",
        "Emailing providers",
        "Prestataires d'envoi d'e-mails",
    ),
    (
        "call-centre",
        "Call centre",
        "Centre d'appels",
        "Customer service providers",
        "Prestataires de service client",
    ),
    (
        "analytics",
        "Analytics platform",
        "Plateforme d'analyse",
        "Analytics providers",
        "Prestataires d'analyse",
    ),
    (
        "travel-agency",
        "Travel management company",
        "Agence de voyages d'affaires",
        "Travel agencies",
        "Agences de voyages",
    ),
    (
        "it-support",
        "IT support provider",
        "Prestataire d'assistance informatique",
        "IT service providers",
        "Prestataires informatiques",
    ),
    (
        "archiving",
        "Archiving provider",
        "Prestataire d'archivage",
        "Archiving providers",
        "Prestataires d'archivage",
    ),
    (
        "security-guard",
        "Security company",
        "Société de gardiennage",
        "Security providers",
        "Prestataires de sécurité",
    ),
]
# The contract each role of recipient signs: (type, prefix of its reference).
CONTRACTS = {
    "processor": ("dpa", "DPA"),
    "sub-processor": ("dpa", "DPA"),
    "joint-controller": ("joint-controller-arrangement", "JCA"),
    "controller": ("data-sharing-agreement", "DSA"),
}
CONTROLLER_KINDS = [
    ("insurer", "Insurance company", "Compagnie d'assurance", "Insurers", "Assureurs"),
    ("bank", "Bank", "Banque", "Banks", "Banques"),
    ("pension-fund", "Pension fund", "Caisse de retraite", "Pension funds", "Caisses de retraite"),
    (
        "auditor",
        "Statutory auditor",
        "Commissaire aux comptes",
        "Auditors",
        "Commissaires aux comptes",
    ),
    (
        "hotel",
        "Hotel",
        "Hôtel",
        "Hotels and airlines for your travel",
        "Hôtels et compagnies aériennes pour vos déplacements",
    ),
]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _text(en: str, fr: str) -> dict[str, str]:
    return {"en": en, "fr": fr}


# ------------------------------------------------------------------ YAML writing

_PLAIN = re.compile(r"^[^\W\d_][\w ,.'’()/&+-]*[\w.)]$|^[^\W\d_]$")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _DATE.match(text):
        return text  # written unquoted, as people write dates
    if _PLAIN.match(text) and text.lower() not in _RESERVED:
        return text
    return json.dumps(text, ensure_ascii=False)


def _is_flat(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value)


def _emit(value: Any, indent: int, out: list[str]) -> None:
    """Block style, like the examples: scalars lists in flow style `[a, b]`."""
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if (isinstance(item, dict) and item) or (
                isinstance(item, list) and item and not _is_flat(item)
            ):
                out.append(f"{pad}{key}:\n")
                _emit(item, indent + 2, out)
            elif isinstance(item, list):
                out.append(f"{pad}{key}: [{', '.join(_scalar(v) for v in item)}]\n")
            else:
                out.append(f"{pad}{key}: {_scalar(item)}\n")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                inner: list[str] = []
                _emit(item, indent + 2, inner)
                first = inner[0]
                out.append(f"{pad}- {first[indent + 2 :]}")
                out.extend(inner[1:])
            elif isinstance(item, list):
                out.append(f"{pad}- [{', '.join(_scalar(v) for v in item)}]\n")
            else:
                out.append(f"{pad}- {_scalar(item)}\n")
    else:
        out.append(f"{pad}{_scalar(value)}\n")


def dump(document: dict[str, Any], comment: str = "") -> str:
    out: list[str] = [SCHEMA_COMMENT]
    if comment:
        out.append(f"# {comment}\n")
    for key, value in document.items():
        out.append(f"{key}:\n")
        _emit(value, 2, out)
        out.append("\n")
    return "".join(out).rstrip("\n") + "\n"


# ------------------------------------------------------------------ generation


def _day(rng: random.Random, earliest: int, latest: int) -> str:
    """A date between `earliest` and `latest` days before REFERENCE_DATE."""
    return (REFERENCE_DATE - timedelta(days=rng.randint(latest, earliest))).isoformat()


class Generator:
    def __init__(self, activities: int, seed: int) -> None:
        self.n = activities
        self.rng = random.Random(seed)
        self.recipients: list[dict[str, Any]] = []
        self.clients: list[dict[str, Any]] = []
        self.allowed: list[set[str]] = []
        self.served = 0
        self.joint = 0

    # -- organisation and vocabulary

    def organization(self) -> dict[str, Any]:
        return {
            "name": "Groupe Exemplaire SA",
            "legal_form": "SA",
            "address": "1 place de l'Exemple, 75008 Paris, France",
            "country": "FR",
            "email": "privacy@exemplaire.example",
            "website": "https://www.exemplaire.example",
            "languages": ["en", "fr"],
            "dpo": {
                "name": _text(
                    "Group Data Protection Officer", "Délégué à la protection des données du groupe"
                ),
                "email": "dpo@exemplaire.example",
                "address": "Groupe Exemplaire, DPO, 1 place de l'Exemple, 75008 Paris, France",
            },
            "supervisory_authority": "CNIL",
        }

    def vocabulary(self) -> dict[str, Any]:
        subjects = []
        for sid, en, fr, vulnerable in DATA_SUBJECTS:
            entry: dict[str, Any] = {"id": sid, "name": _text(en, fr)}
            if vulnerable:
                entry["vulnerable"] = True
            subjects.append(entry)
        categories = []
        for cid, en, fr in _CATEGORY_NAMES:
            entry = {"id": cid, "name": _text(en, fr)}
            if cid in SPECIAL:
                entry["special"] = SPECIAL[cid]
            if cid in CRIMINAL:
                entry["criminal"] = True
            categories.append(entry)
        measures = []
        for mid, en, fr, wide in SECURITY_MEASURES:
            entry = {"id": mid, "name": _text(en, fr)}
            if wide:
                entry["scope"] = "organization"
            measures.append(entry)
        self.clients = [
            {
                "id": f"client-{slug}",
                "name": _text(
                    f"Exemplaire {site_en.split()[0]}", f"Exemplaire {site_en.split()[0]}"
                ),
                "contact": {"email": f"privacy-{slug}@exemplaire.example"},
            }
            for slug, site_en, _ in SITES[:3]
        ]
        return {
            "data_subjects": subjects,
            "data_categories": categories,
            "security_measures": measures,
            "clients": self.clients,
        }

    # -- recipients

    def _transfer(self, index: int, role: str) -> tuple[str, dict[str, Any]]:
        """(recipient country, transfer) for the index-th transferring recipient."""
        rng = self.rng
        mechanism = MECHANISMS[index % len(MECHANISMS)]
        if mechanism == "adequacy":
            country = ADEQUATE[(index // len(MECHANISMS)) % len(ADEQUATE)]
        elif mechanism == "dpf":
            country = "US"
        else:
            country = THIRD[(index // len(MECHANISMS) + index) % len(THIRD)]
        transfer: dict[str, Any] = {"country": country, "mechanism": mechanism}
        if mechanism == "scc":
            transfer["scc_module"] = {
                "processor": "controller-to-processor",
                "sub-processor": "processor-to-processor",
            }.get(role, "controller-to-controller")
        if mechanism == "derogation":
            # explicit consent for a third of them; these only serve consent activities
            transfer["derogation"] = (
                "explicit-consent"
                if (index // len(MECHANISMS)) % 3 == 0
                else "contract-with-data-subject"
            )
        if mechanism in NEEDS_ASSESSMENT:  # where ROPA107 asks for an assessment
            transfer["tia"] = {"date": _day(rng, 900, 200), "reference": f"TIA-{index + 1:04d}"}
            transfer["supplementary_measures"] = [
                _text(
                    "Encryption with keys held in the EEA",
                    "Chiffrement avec des clés conservées dans l'EEE",
                )
            ]
        return country, transfer

    def make_recipients(self) -> None:
        count = max(self.n // 5, 12)
        rng = self.rng
        transferring = 0
        for i in range(count):
            # roles: processors dominate; every 10: 6 processors, 1 sub-processor,
            # 1 controller, 1 joint controller, 1 public authority or internal team
            slot = i % 10
            role = (
                "processor"
                if slot < 6
                else "sub-processor"
                if slot == 6
                else "controller"
                if slot == 7
                else "joint-controller"
                if slot == 8
                else "public-authority"
                if (i // 10) % 2 == 0
                else "internal"
            )
            number = i + 1
            if role in ("processor", "sub-processor"):
                kind = PROCESSOR_KINDS[i % len(PROCESSOR_KINDS)]
            elif role in ("controller", "joint-controller"):
                kind = CONTROLLER_KINDS[i % len(CONTROLLER_KINDS)]
            elif role == "public-authority":
                kind = (
                    "authority",
                    "Tax and social security authorities",
                    "Administrations fiscales et sociales",
                    "Public authorities",
                    "Autorités publiques",
                )
            else:
                kind = (
                    "team",
                    "Group internal team",
                    "Équipe interne du groupe",
                    "Our internal teams",
                    "Nos équipes internes",
                )
            slug, en, fr, cat_en, cat_fr = kind
            entry: dict[str, Any] = {
                "id": f"{slug}-{number:05d}",
                "name": _text(f"{en} no. {number}", f"{fr} n° {number}"),
                "category": _text(cat_en, cat_fr),
                "role": role,
            }
            # half of the processors, controllers and sub-processors transfer data
            transfers = role in ("processor", "sub-processor", "controller") and (
                i % 2 == 1 or role != "processor"
            )
            if role == "joint-controller" or role == "public-authority" or role == "internal":
                transfers = False
            if transfers:
                country, transfer = self._transfer(transferring, role)
                transferring += 1
                entry["country"] = country
                entry["transfers"] = [transfer]
            else:
                entry["country"] = EEA[i % len(EEA)]
            if role == "joint-controller":
                entry["contact"] = {
                    "email": f"privacy@partner-{number:05d}.example",
                    "address": f"{number} rue du Partenaire, Lyon, France",
                }
            if role in CONTRACTS:
                kind, prefix = CONTRACTS[role]
                entry["contract"] = {
                    "type": kind,
                    "date": _day(rng, 1500, 100),
                    "reference": f"{prefix}-{number:05d}",
                }
            self.recipients.append(entry)

    def _derogation(self, recipient: dict[str, Any]) -> str | None:
        for transfer in recipient.get("transfers", ()):
            if transfer["mechanism"] == "derogation":
                return str(transfer["derogation"])
        return None

    # -- activities

    def activity(self, i: int) -> dict[str, Any]:
        rng = self.rng
        process = PROCESSES[i % len(PROCESSES)]
        slug, p_en, p_fr, owner, subjects, pool, bases = process
        site = SITES[(i // len(PROCESSES)) % len(SITES)]
        processor = slug in PROCESSOR_PROCESSES
        joint = not processor and i % 23 == 5
        role = "processor" if processor else "joint-controller" if joint else "controller"
        number = i + 1
        activity: dict[str, Any] = {
            "id": f"{slug}-{site[0]}-{number:05d}",
            "name": _text(f"{p_en}, {site[1]} ({number})", f"{p_fr}, {site[2]} ({number})"),
            "description": _text(
                f"{p_en} for the {site[1]}, run by the {owner.lower()} function.",
                f"{p_fr} pour le {site[2]}, sous la responsabilité de la direction "
                f"{OWNERS_FR[owner]}.",
            ),
        }
        if role != "controller":
            activity["role"] = role
        activity["owner"] = owner
        activity["systems"] = sorted(rng.sample(SYSTEMS, rng.randint(1, 3)))

        # data
        categories = list(pool)
        extra = [
            c
            for c in ("contact", "interactions", "it-logs", "email-address")
            if c not in categories
        ]
        categories += rng.sample(extra, rng.randint(0, 2))
        special = sorted({SPECIAL[c] for c in categories if c in SPECIAL})
        criminal = any(c in CRIMINAL for c in categories)

        # purposes and legal bases
        purposes: list[dict[str, Any]] = []
        if processor:
            purposes.append(
                {
                    "description": _text(
                        f"{p_en} on behalf of group companies",
                        f"{p_fr} pour le compte des sociétés du groupe",
                    )
                }
            )
        else:
            for index, basis in enumerate(bases[:2] if rng.random() < 0.5 else bases[:1]):
                wording_en, wording_fr = PURPOSE_WORDING[basis]
                purpose: dict[str, Any] = {
                    "description": _text(
                        _capital(wording_en.format(p_en.lower())),
                        _capital(wording_fr.format(p_fr.lower())),
                    ),
                    "legal_basis": basis,
                }
                if basis == "legitimate-interests":
                    purpose["legitimate_interest"] = _text(
                        f"Running {p_en.lower()} efficiently and securely",
                        f"Assurer {p_fr.lower()} de manière efficace et sûre",
                    )
                    purpose["lia"] = {
                        "date": _day(rng, 700, 200),
                        "reference": f"LIA-{number:05d}-{index + 1}",
                    }
                purposes.append(purpose)
        used_bases = {p.get("legal_basis") for p in purposes}
        has_consent = "consent" in used_bases
        activity["purposes"] = purposes
        activity["data_subjects"] = list(subjects)
        activity["data_categories"] = categories
        if special:
            activity["special_category_condition"] = (
                "explicit-consent"
                if has_consent
                else "employment-social-protection"
                if "employees" in subjects
                else "health-social-care"
            )
            if activity["special_category_condition"] == "explicit-consent":
                has_consent = True
        if criminal:
            activity["criminal_data_authority"] = _text(
                "Article L. 1232-1 of the Labour Code and the applicable sanctions laws",
                "Article L. 1232-1 du code du travail et lois applicables en matière de sanctions",
            )
        sources: list[dict[str, Any]] = [{"type": "data-subject"}]
        if slug in (
            "web-analytics",
            "personalisation",
            "it-security",
            "connected-services",
            "cctv",
            "badge-access",
        ):
            sources.append(
                {
                    "type": "observed",
                    "description": _text(
                        "Collected automatically while you use our services",
                        "Collectées automatiquement lors de l'utilisation de nos services",
                    ),
                }
            )
        if slug in ("background-checks", "sanctions-screening", "credit-scoring", "prospecting"):
            sources.append(
                {
                    "type": "third-party",
                    "description": _text(
                        "Specialised information providers",
                        "Fournisseurs d'informations spécialisés",
                    ),
                }
            )
        activity["sources"] = sources

        # recipients
        activity["recipients"] = self._pick_recipients(
            i, role, has_consent, "contract" in used_bases
        )
        if joint:
            partners = [r["id"] for r in self.recipients if r["role"] == "joint-controller"]
            activity["joint_controllers"] = [partners[self.joint % len(partners)]]
            self.joint += 1
        if processor:
            activity["on_behalf_of"] = [self.clients[self.served % len(self.clients)]["id"]]
            self.served += 1

        years = rng.choice([1, 2, 3, 5, 6, 10])
        activity["retention"] = {
            "period": f"P{years}Y",
            "from": _text("the end of the relationship", "la fin de la relation"),
        }
        if rng.random() < 0.3:
            activity["retention"]["archive"] = _text(
                "Restricted archiving for the limitation period",
                "Archivage intermédiaire pour la durée de prescription",
            )
        local = [m[0] for m in SECURITY_MEASURES if not m[3]]
        activity["security_measures"] = sorted(rng.sample(local, rng.randint(1, 3)))
        if has_consent:
            activity["consent"] = {
                "how": _text(
                    "An unticked box on our forms", "Une case non pré-cochée sur nos formulaires"
                ),
                "withdraw": _text(
                    "The link in every message, or a message to our DPO",
                    "Le lien présent dans chaque message, ou un message à notre DPO",
                ),
                "records": _text("Consent log", "Journal des consentements"),
            }
        profiling = slug in ("personalisation", "credit-scoring")
        if profiling:
            activity["profiling"] = {
                "description": _text(
                    "We predict your interests from your purchases and use of our services",
                    "Nous anticipons vos centres d'intérêt à partir de vos achats et de votre "
                    "utilisation de nos services",
                )
            }
        if slug == "credit-scoring":
            activity["automated_decisions"] = {
                "logic": _text(
                    "A score computed from payment history",
                    "Un score calculé à partir de l'historique de paiement",
                ),
                "significance": _text(
                    "It decides whether deferred payment is offered",
                    "Il détermine si un paiement différé est proposé",
                ),
                "consequences": _text(
                    "Without a sufficient score, payment is due at order",
                    "Sans score suffisant, le paiement est dû à la commande",
                ),
            }
        if not processor:
            requirement = (
                "statutory"
                if "legal-obligation" in used_bases
                else "contractual"
                if "contract" in used_bases
                else "voluntary"
            )
            activity["provision"] = {
                "requirement": requirement,
                "consequences": _text(
                    "Without these data we cannot carry out this purpose",
                    "Sans ces données, nous ne pouvons pas réaliser cette finalité",
                ),
            }
        risk = {
            "large_scale": rng.random() < 0.3,
            "systematic_monitoring": slug in ("cctv", "it-security", "connected-services"),
            "combines_datasets": profiling or rng.random() < 0.15,
            "innovative_technology": slug in ("biometric-access", "connected-services"),
        }
        risk = {k: v for k, v in risk.items() if v}
        if risk:
            activity["risk"] = risk
        # WP248 criteria, counted generously: the screening booleans plus what the data says
        vulnerable = {s[0] for s in DATA_SUBJECTS if s[3]}
        criteria = (
            len(risk)
            + bool(special or criminal)
            + bool(set(subjects) & vulnerable)
            + profiling
            + ("automated_decisions" in activity)
        )
        if criteria >= 2:
            activity["dpia"] = {
                "status": "completed",
                "date": _day(rng, 800, 300),
                "reference": f"DPIA-{number:05d}",
            }
        else:
            activity["dpia"] = {
                "status": "not-required",
                "date": _day(rng, 800, 300),
                "reason": _text("Fewer than two WP248 criteria", "Moins de deux critères WP248"),
            }
        activity["created"] = _day(rng, 1800, 900)
        activity["last_reviewed"] = _day(rng, 120, 0)
        return activity

    def _pick_recipients(self, i: int, role: str, consent: bool, contract: bool) -> list[str]:
        rng = self.rng
        allowed = self._allowed(role, consent, contract)
        self.allowed.append({r["id"] for r in allowed})
        if not allowed:
            return []
        # a window around the activity's index, so every recipient is used somewhere
        start = (i * 7) % len(allowed)
        count = min(len(allowed), rng.randint(1, 4))
        window = [allowed[(start + k * 3) % len(allowed)]["id"] for k in range(count)]
        return list(dict.fromkeys(window))

    def _allowed(self, role: str, consent: bool, contract: bool) -> list[dict[str, Any]]:
        """The recipients an activity may use: sub-processors serve processor activities,
        derogations only fit activities with the matching legal ground."""
        if role == "processor":
            allowed = [r for r in self.recipients if r["role"] in ("sub-processor", "internal")]
        else:
            allowed = []
            for r in self.recipients:
                if r["role"] in ("sub-processor", "joint-controller"):
                    continue
                derogation = self._derogation(r)
                if derogation == "explicit-consent" and not consent:
                    continue
                if derogation == "contract-with-data-subject" and not contract:
                    continue
                allowed.append(r)
        return allowed

    def use_every_recipient(self, activities: list[dict[str, Any]]) -> None:
        """Give each recipient that no activity lists to the first activity that may use it."""
        used = {rid for a in activities for rid in a.get("recipients", ())}
        used |= {rid for a in activities for rid in a.get("joint_controllers", ())}
        for recipient in self.recipients:
            if recipient["id"] in used:
                continue
            for activity, allowed in zip(activities, self.allowed, strict=True):
                if recipient["id"] in allowed:
                    activity["recipients"].append(recipient["id"])
                    used.add(recipient["id"])
                    break

    def notices(self, activities: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Two notices: customers and employees, each covering up to 25 activities."""
        result = []
        for nid, subject, en, fr in (
            (
                "customers",
                "customers",
                "Customer privacy notice",
                "Politique de confidentialité clients",
            ),
            (
                "employees",
                "employees",
                "Employee privacy notice",
                "Notice d'information des salariés",
            ),
        ):
            covered = [
                a["id"]
                for a in activities
                if subject in a["data_subjects"] and a.get("role") != "processor"
            ][:25]
            if not covered:
                continue
            result.append(
                {
                    "id": nid,
                    "title": _text(en, fr),
                    "scope": _text(
                        f"the processing of {subject}' data",
                        f"le traitement des données des {fr.split()[-1]}",
                    ),
                    "intro": _text(
                        "We take the protection of your data seriously.",
                        "Nous prenons la protection de vos données au sérieux.",
                    ),
                    "activities": covered,
                    "languages": ["en", "fr"],
                    "last_updated": REFERENCE_DATE.isoformat(),
                    "rights_contact": {"email": "dpo@exemplaire.example"},
                    "identity_proof": True,
                }
            )
        return result

    # -- files

    def files(self) -> dict[str, str]:
        """Relative path → file content."""
        files: dict[str, str] = {}
        vocabulary = self.vocabulary()
        self.make_recipients()
        activities = [self.activity(i) for i in range(self.n)]
        self.use_every_recipient(activities)
        org: dict[str, Any] = {"organization": self.organization()}
        notices = self.notices(activities)
        if notices:
            org["notices"] = notices
        files["organization.yaml"] = dump(org, "The group and its public privacy notices.")
        files["vocabulary.yaml"] = dump(vocabulary, "Shared vocabulary of the group.")
        for number, chunk in _chunks(self.recipients, RECIPIENTS_PER_FILE):
            files[f"recipients/recipients-{number:03d}.yaml"] = dump({"recipients": chunk})
        for number, chunk in _chunks(activities, ACTIVITIES_PER_FILE):
            files[f"activities/activities-{number:04d}.yaml"] = dump({"activities": chunk})
        return files


def _chunks(entries: list[dict[str, Any]], size: int) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """The entries `size` at a time, each chunk with its number from 1."""
    for start in range(0, len(entries), size):
        yield start // size + 1, entries[start : start + size]


def generate(activities: int, seed: int, out: Path) -> list[Path]:
    """Write the registry into `out` (emptied first) and return the files written."""
    files = Generator(activities, seed).files()
    if out.exists():
        shutil.rmtree(out)
    written = []
    for relative, content in files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8"))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.activities < 1:
        parser.error("--activities must be at least 1")
    written = generate(args.activities, args.seed, args.out)
    sys.stdout.write(f"wrote {len(written)} files, {args.activities} activities, into {args.out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
