"""An ICO-template register as a small dental practice would fill it in (invented content).

Built with openpyxl by the tests, so the workbook is ours: the ICO's column titles, in the
template's order, with the looseness of real use: remarks in parentheses, a merged business
function, blank rows, a note under the table, a missing column, items typed several ways.
"""

from __future__ import annotations

from pathlib import Path

ICO_TITLES = [
    "Business function",
    "Purpose of processing",
    "Name and contact details of joint controller (if applicable)",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
    "Retention schedule (if possible)",
    "General description of technical and organisational security measures (if possible)",
    "Article 6 lawful basis for processing personal data",
    "Article 9 basis for processing special category data",
    "Legitimate interests for the processing (if applicable)",
    "Link to record of legitimate interests assessment (if applicable)",
    "Rights available to individuals",
    "Existence of automated decision-making, including profiling (if applicable)",
    "The source of the personal data (if applicable)",
    "Link to record of consent",
    "Location of personal data",
    "Is a DPIA required?",
    "DPIA progress",
    "Link to DPIA",
    "Has the personal data been breached?",
    "Link to record of personal data breach",
    "Data Protection Act 2018 Schedule condition for processing",
    "Article 6 lawful basis for processing (second)",
    "Link to retention and erasure policy document",
    "Is the personal data retained and erased in accordance with the policy document?",
    "If not, reasons for not adhering to the policy document",
]

# one dict per activity: column number (1-based, in ICO_TITLES) → what the practice typed
ROWS: list[dict[int, str]] = [
    {
        1: "Clinical",
        2: "Booking appointments and keeping dental records",
        4: "Patients\nParents or guardians of child patients",
        5: "Contact details, date of birth, medical history, dental treatment notes",
        6: "Dental laboratory (processor); NHS England",
        7: "Dental laboratory: https://docs.brightwater-dental.example/contracts/lab-dpa.pdf",
        8: "N/A",
        10: "11 years after the last appointment",
        11: "Encrypted practice management system; role-based access; locked filing cabinets",
        12: "Contract - Art 6(1)(b)\nLegal obligation",
        13: "9(2)(h) provision of health care",
        16: "Access, rectification, erasure, restriction",
        17: "No",
        18: "The patient; referral letters from GPs",
        20: "Practice management system (hosted in the UK)",
        21: "Yes",
        22: "Completed",
        23: "DPIA-2025-01",
        24: "No",
        26: "Schedule 1, Part 1, para 2 (health or social care)",
        28: "https://docs.brightwater-dental.example/policies/retention.pdf",
        29: "Yes",
    },
    {
        1: "Clinical",  # merged with the row above in the sheet
        2: "Referring patients to specialists",
        4: "Patients",
        5: "Contact details; Medical history; X-rays",
        6: "Hospital dental departments (controller)",
        8: "None",
        10: "6 years after the referral",
        11: "Encrypted practice management system; NHS secure email",
        12: "Art. 6(1)(e)",
        13: "Health or social care",
        17: "No",
        18: "The patient",
        20: "Practice management system",
        21: "No",
    },
    {
        1: "Reception",
        2: "Appointment reminders by text message and our practice newsletter",
        4: "Patients",
        5: "Name, mobile number, email address",
        6: "Mailchimp (processor), Text Local (processor)",
        7: "Mailchimp: https://mailchimp.com/legal/data-processing-addendum/",
        8: "USA",
        9: "Data Privacy Framework (UK extension)",
        10: "Until they unsubscribe",
        11: "Two-factor authentication on the mailing account",
        12: "Consent - Art 6(1)(a)",
        17: "No",
        18: "The patient, on the registration form",
        19: "Consent tick box on the registration form, kept in the practice management system",
        20: "Mailchimp (United States); Text Local (United Kingdom)",
        21: "No",
    },
    {
        1: "HR",
        2: "Paying staff and meeting our duties as an employer",
        4: "Employees; Locum dentists",
        5: "Bank details; National Insurance number; Sickness records",
        6: "Payroll bureau (processor); HMRC",
        7: "Payroll bureau: contract PB-2023 signed 1 April 2023",
        8: "India",
        9: "International Data Transfer Agreement (IDTA)",
        10: "6 years after employment ends",
        11: "Access limited to the practice manager; encrypted laptop",
        12: "Legal obligation; Contract",
        13: "Art 9(2)(b) employment and social security",
        17: "No",
        18: "Employees themselves",
        20: "Payroll software (cloud)",
        21: "No",
    },
    {
        1: "Management",
        2: "CCTV at reception and the car park",
        4: "Patients, visitors and staff",
        5: "CCTV footage",
        6: "Police (on request)",
        8: "None",
        10: "30 days, then overwritten",
        11: "Recorder in a locked cupboard; viewing logged",
        12: "Legitimate interests",
        14: "Protecting staff, patients and the premises from crime",
        15: "LIA-CCTV-2025",
        17: "No",
        18: "Cameras at reception and in the car park",
        20: "CCTV recorder on site",
        21: "Yes",
        22: "In progress",
    },
]


def build(target: Path, *, drop_column: int | None = 25) -> Path:
    """Write the practice's register to `target`; one column (by default "Link to record of
    personal data breach") is left out, as people delete columns they never use."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    cover = book.active
    cover.title = "Guidance"
    cover["A1"] = "How to fill in this register: one row per processing activity."
    sheet = book.create_sheet("Controller")
    sheet["A1"] = "Documentation of processing activities – controller"
    sheet["A1"].font = Font(bold=True, size=14)
    for column, label in enumerate(["", "Name", "Address", "Email", "Telephone"], 1):
        if label:
            sheet.cell(row=3, column=column, value=label)
    contacts = [
        (
            "Controller",
            "Brightwater Dental Practice Ltd",
            "14 Harbour Street, Whitby YO21 3PU, United Kingdom",
            "info@brightwater-dental.example",
            "01947 600 123",
        ),
        (
            "Data Protection Officer",
            "Priya Shah",
            "14 Harbour Street, Whitby YO21 3PU",
            "dpo@brightwater-dental.example",
            "01947 600 124",
        ),
        ("Representative", "", "", "", ""),
    ]
    for row, values in enumerate(contacts, 4):
        for column, value in enumerate(values, 1):
            if value:
                sheet.cell(row=row, column=column, value=value)
    titles = [t for i, t in enumerate(ICO_TITLES, 1) if i != drop_column]
    columns = [i for i in range(1, len(ICO_TITLES) + 1) if i != drop_column]
    header_row = 8
    for position, title in enumerate(titles, 1):
        sheet.cell(row=header_row, column=position, value=title).font = Font(bold=True)
    row = header_row + 1
    for index, activity in enumerate(ROWS):
        if index == 3:
            row += 1  # a blank row left between teams
        for position, column in enumerate(columns, 1):
            value = activity.get(column)
            if value and not (index == 1 and column == 1):
                sheet.cell(row=row, column=position, value=value)
        row += 1
    sheet.merge_cells(
        start_row=header_row + 1, start_column=1, end_row=header_row + 2, end_column=1
    )
    row += 1
    sheet.cell(
        row=row,
        column=1,
        value="Reviewed by the practice manager in March 2026; next review March 2027.",
    )
    book.save(target)
    return target
