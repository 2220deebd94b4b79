"""Cells as people type them, read into registry codes."""

from __future__ import annotations

import pytest

from ropa.importer import freetext as ft


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        ("Patients\nStaff", ["Patients", "Staff"]),
        ("Patients; Staff; Visitors", ["Patients", "Staff", "Visitors"]),
        ("Name, email address, phone", ["Name", "email address", "phone"]),
        ("Patients, visitors and staff", ["Patients", "visitors", "staff"]),
        ("- Payroll\n- Pensions", ["Payroll", "Pensions"]),
        ("Cloud hosting (EU, US); Backups", ["Cloud hosting (EU, US)", "Backups"]),
        ("", []),
    ],
)
def test_several_items_in_a_cell(cell: str, items: list[str]) -> None:
    assert ft.split_items(cell) == items


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("Consent - Art 6(1)(a)", ["consent"]),
        ("Legal obligation; Contract", ["legal-obligation", "contract"]),
        ("Art. 6(1)(f)", ["legitimate-interests"]),
        ("Article 6 (1) (e)", ["public-task"]),
        ("Performance of a contract", ["contract"]),
        ("Intérêt légitime", ["legitimate-interests"]),
        ("Obligation légale", ["legal-obligation"]),
        ("Task in the public interest", ["public-task"]),
        ("Vital interests", ["vital-interests"]),
        ("art 6 (b)", ["contract"]),
        ("N/A", []),
    ],
)
def test_lawful_bases_in_words_or_articles(cell: str, codes: list[str]) -> None:
    assert [r.code for r in ft.legal_bases(cell)] == codes


def test_words_and_article_that_disagree_are_a_guess() -> None:
    (reading,) = ft.legal_bases("Consent (Art 6(1)(b))")
    assert reading.code == "contract"
    assert (
        reading.guess
        == "the words and the article number disagree in 'Consent (Art 6(1)(b))'; the article was taken"
    )


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("9(2)(h) provision of health care", "health-social-care"),
        ("Art 9(2)(a)", "explicit-consent"),
        ("Explicit consent", "explicit-consent"),
        ("Employment and social security law", "employment-social-protection"),
        ("Legal claims", "legal-claims"),
        ("Substantial public interest", "substantial-public-interest"),
        ("Archiving, research and statistics", "archiving-research-statistics"),
        ("Médecine préventive", "health-social-care"),
    ],
)
def test_art9_conditions_by_letter_or_words(cell: str, code: str) -> None:
    reading = ft.art9_condition(cell)
    assert reading is not None and reading.code == code


def test_no_art9_condition() -> None:
    assert ft.art9_condition("N/A") is None
    assert ft.art9_condition("") is None


@pytest.mark.parametrize(
    ("cell", "code", "guessed"),
    [
        ("USA", "US", False),
        ("United States", "US", False),
        ("US", "US", False),
        ("Royaume-Uni", "GB", False),
        ("UK", "GB", False),
        ("United Kingdom", "GB", False),
        ("Allemagne", "DE", False),
        ("India", "IN", False),
        ("États-Unis", "US", False),
        ("United States (US)", "US", False),
        ("the Netherlands", "NL", False),
        ("United States of America", "US", True),
        ("Untied Kingdom", "GB", True),
    ],
)
def test_countries_by_name_in_english_or_french(cell: str, code: str, guessed: bool) -> None:
    reading = ft.country(cell)
    assert reading is not None
    assert reading.code == code
    assert (reading.guess is not None) == guessed


def test_not_a_country() -> None:
    assert ft.country("Our cloud") is None


@pytest.mark.parametrize(
    ("cell", "mechanism", "detail"),
    [
        ("SCCs (module 2)", "scc", "controller-to-processor"),
        (
            "Standard contractual clauses, controller to controller",
            "scc",
            "controller-to-controller",
        ),
        ("Data Privacy Framework", "dpf", None),
        ("EU-US DPF", "dpf", None),
        ("adequacy decision", "adequacy", None),
        ("Binding corporate rules", "bcr", None),
        ("Derogation: explicit consent", "derogation", "explicit-consent"),
        ("Art. 49(1)(b)", "derogation", "contract-with-data-subject"),
        ("Clauses contractuelles types", "scc", None),
        ("IDTA", "idta", None),
        ("UK Addendum to the SCCs", "uk-addendum", None),
        ("Data Privacy Framework (UK Extension)", "uk-extension", None),
    ],
)
def test_mechanisms_by_name(cell: str, mechanism: str, detail: str | None) -> None:
    found = ft.safeguard(cell)
    assert found is not None
    assert found.mechanism == mechanism
    assert (found.scc_module or found.derogation) == detail


@pytest.mark.parametrize(
    ("cell", "period", "start", "criteria", "archive"),
    [
        ("8 years after the last appointment", "P8Y", "the last appointment", (), None),
        ("until they unsubscribe", None, None, ("until they unsubscribe",), None),
        (
            "1 year and 6 months from the end of the contract",
            "P1Y6M",
            "the end of the contract",
            (),
            None,
        ),
        ("30 days, then overwritten", "P30D", None, (), "overwritten"),
        ("Six years following the end of employment", "P6Y", "the end of employment", (), None),
        ("90 days", "P90D", None, (), None),
        ("3 ans à compter de la fin du contrat", "P3Y", "la fin du contrat", (), None),
        ("13 mois", "P13M", None, (), None),
        ("2 weeks", "P2W", None, (), None),
        (
            "6 years after the end of the tax year\nthen: archived for audits",
            "P6Y",
            "the end of the tax year",
            (),
            "archived for audits",
        ),
        ("As long as the account is open", None, None, ("As long as the account is open",), None),
        ("Kept for 5 years from the sale", "P5Y", "the sale", (), None),
        (
            "Until you unsubscribe\nAddresses unopened for two years are removed",
            None,
            None,
            ("Until you unsubscribe", "Addresses unopened for two years are removed"),
            None,
        ),
    ],
)
def test_durations_in_words(
    cell: str, period: str | None, start: str | None, criteria: tuple[str, ...], archive: str | None
) -> None:
    found = ft.retention(cell)
    assert (found.period, found.start, found.criteria, found.archive) == (
        period,
        start,
        criteria,
        archive,
    )


@pytest.mark.parametrize(
    ("required", "progress", "status"),
    [
        ("Yes", "Completed", "completed"),
        ("Yes", "In progress", "in-progress"),
        ("Yes", "", "required"),
        ("No", "", "not-required"),
        ("Oui", "Réalisée", "completed"),
        ("N", "", "not-required"),
        ("", "", None),
    ],
)
def test_dpia_answers(required: str, progress: str, status: str | None) -> None:
    reading = ft.dpia_status(required, progress)
    assert (reading.code if reading else None) == status


def test_ids_from_names_are_kebab_case_and_unique() -> None:
    ids = ft.IdMaker()
    assert ids.make("Staff payroll (HR)") == "staff-payroll-hr"
    assert ids.make("Staff payroll – HR") == "staff-payroll-hr-2"
    assert ids.make("Réservation des rendez-vous") == "reservation-des-rendez-vous"
    assert (
        ft.kebab("Paying staff and meeting our duties as an employer of record")
        == "paying-staff-and-meeting-our-duties"
    )
    assert ft.kebab("!!!") == "entry"


def test_names_alike() -> None:
    assert ft.same_name("Contact details") == ft.same_name("contact  details.")
    assert ft.same_name("Données de santé") == ft.same_name("Donnees de sante")


def test_contact_in_one_cell() -> None:
    assert ft.contact_parts("Jane Doe, jane@example.org, +44 113 496 0000, 1 Road, Leeds") == {
        "email": "jane@example.org",
        "phone": "+44 113 496 0000",
        "name": "Jane Doe",
        "address": "1 Road, Leeds",
    }
