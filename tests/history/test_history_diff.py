"""`ropa diff` on repositories built by the tests: changes of meaning and their impacts."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from gitrepo import GitRepo, run

REG = "registry/registry.yaml"


def changes(repo: GitRepo, *argv: str) -> list[dict[str, Any]]:
    code, out, err = run(repo.root, "diff", "registry", "--format", "json", *argv)
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"from", "to", "changes"}
    result: list[dict[str, Any]] = data["changes"]
    return result


def find(
    found: list[dict[str, Any]], kind: str, id_: str, field: str | None = None
) -> dict[str, Any]:
    matches = [c for c in found if c["kind"] == kind and c["id"] == id_ and c["field"] == field]
    assert len(matches) == 1, (kind, id_, field, found)
    return matches[0]


# ---------------------------------------------------------------------------- no change


def test_unchanged_working_tree_is_no_change(lohnwerk: GitRepo) -> None:
    code, out, _ = run(lohnwerk.root, "diff", "registry")
    assert code == 0
    assert out == "HEAD → working tree: no change of meaning\n"
    assert changes(lohnwerk) == []


def test_moving_an_entry_to_another_file_and_reordering_lists_is_no_change(
    ampere: GitRepo,
) -> None:
    newsletter = ampere.read("registry/activities/newsletter.yaml")
    ampere.path("registry/activities/newsletter.yaml").unlink()
    # the activity now sits after another one, in another file, with its lists reordered
    other = ampere.read("registry/activities/business-reporting.yaml")
    body = newsletter.replace("activities:\n", "", 1)
    body = body.replace(
        "[identity, contact, preferences, interactions]",
        "[interactions, preferences, contact, identity]",
    )
    body = body.replace(
        "[marketing-team, web-hosting, emailing-platform, authorities]",
        "[authorities, emailing-platform, web-hosting, marketing-team]",
    )
    ampere.write("registry/activities/reporting-and-newsletter.yaml", other + body)
    ampere.path("registry/activities/business-reporting.yaml").unlink()
    assert changes(ampere) == []
    ampere.commit("Group two activities in one file", "2026-01-06T10:00:00+00:00")
    code, out, _ = run(ampere.root, "history", "registry")
    assert code == 0
    assert "Group two activities in one file\n    no change of meaning" in out


def test_a_short_authority_id_written_out_in_full_is_no_change(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(
        REG,
        "supervisory_authority: BLNBDI",
        "supervisory_authority:\n    name: Berliner Beauftragte für Datenschutz und Informationsfreiheit\n"
        "    url: https://www.datenschutz-berlin.de",
    )
    found = changes(lohnwerk)
    # only the id is gone: name and site are what the short id named
    assert [(c["field"], c["before"], c["after"]) for c in found] == [
        ("supervisory_authority.id", "BLNBDI", None)
    ]


# ---------------------------------------------------------------------------- every kind


EDITS: list[tuple[str, str, str, str, str | None, Any, Any]] = [
    # (kind, id, old text, new text, field, before, after)
    ("activity", "recruitment", "period: P6M", "period: P3M", "retention.period", "P6M", "P3M"),
    (
        "recipient",
        "support-desk",
        "contract: {type: dpa, date: 2023-09-01}",
        "contract: {type: dpa, date: 2025-09-01}",
        "contract.date",
        "2023-09-01",
        "2025-09-01",
    ),
    (
        "data_category",
        "bank-details",
        "examples: [IBAN]",
        "examples: [IBAN, BIC]",
        "examples",
        {"en": ["IBAN"]},
        {"en": ["BIC", "IBAN"]},
    ),
    (
        "data_subject",
        "candidates",
        "name: Job applicants",
        "name: Job candidates",
        "name",
        {"en": "Job applicants"},
        {"en": "Job candidates"},
    ),
    (
        "security_measure",
        "four-eyes",
        "name: Four-eyes principle for changes to pay data",
        "name: Four-eyes principle for every change to pay data",
        "name",
        {"en": "Four-eyes principle for changes to pay data"},
        {"en": "Four-eyes principle for every change to pay data"},
    ),
    (
        "client",
        "stadtwerke-nordheim",
        "email: datenschutz@stadtwerke-nordheim.example",
        "email: dsb@stadtwerke-nordheim.example",
        "dpo.email",
        "datenschutz@stadtwerke-nordheim.example",
        "dsb@stadtwerke-nordheim.example",
    ),
    (
        "notice",
        "careers",
        "title: Privacy notice for job applicants",
        "title: Privacy notice for candidates",
        "title",
        {"en": "Privacy notice for job applicants"},
        {"en": "Privacy notice for candidates"},
    ),
    (
        "organization",
        "organization",
        'phone: "+49 30 1234 5600"',
        'phone: "+49 30 1234 5699"',
        "phone",
        "+49 30 1234 5600",
        "+49 30 1234 5699",
    ),
]


@pytest.mark.parametrize(
    "kind, id_, old, new, field, before, after", EDITS, ids=[e[0] for e in EDITS]
)
def test_a_changed_field_of_every_kind(
    lohnwerk: GitRepo, kind: str, id_: str, old: str, new: str, field: str, before: Any, after: Any
) -> None:
    lohnwerk.edit(REG, old, new)
    found = changes(lohnwerk)
    assert len(found) == 1, found
    change = find(found, kind, id_, field)
    assert (change["change"], change["before"], change["after"]) == ("changed", before, after)
    assert ("register" in change["impacts"]) is (kind != "notice")


ADDED = {
    "activity": (
        "activities:\n",
        "activities:\n  - id: whistleblowing\n    name: Whistleblowing channel\n    purposes:\n"
        "      - description: Receiving and following up reports of wrongdoing\n"
        "        legal_basis: legal-obligation\n    data_subjects: [staff]\n"
        "    data_categories: [identity]\n    retention: {period: P3Y}\n\n",
    ),
    "recipient": (
        "recipients:\n",
        "recipients:\n  - id: auditor\n    name: Audit firm\n    role: controller\n    country: DE\n",
    ),
    "data_category": (
        "data_categories:\n",
        "data_categories:\n  - id: photo\n    name: Photograph\n",
    ),
    "data_subject": (
        "data_subjects:\n",
        "data_subjects:\n  - id: visitors\n    name: Visitors to our offices\n",
    ),
    "security_measure": (
        "security_measures:\n",
        "security_measures:\n  - id: clean-desk\n    name: Clean desk policy\n    scope: organization\n",
    ),
    "client": (
        "clients:\n",
        "clients:\n  - id: hotel-am-see\n    name: Hotel am See GmbH\n"
        "    contact: {email: office@hotel.example}\n",
    ),
    "notice": (
        "notices:\n",
        "notices:\n  - id: staff\n    title: Privacy notice for staff\n    activities: [security-logging]\n"
        "    last_updated: 2026-01-06\n",
    ),
}


@pytest.mark.parametrize("kind", list(ADDED))
def test_an_added_entry_of_every_kind(lohnwerk: GitRepo, kind: str) -> None:
    old, new = ADDED[kind]
    lohnwerk.edit(REG, old, new)
    found = [c for c in changes(lohnwerk) if c["kind"] == kind and c["change"] == "added"]
    assert len(found) == 1
    assert found[0]["before"] is None and found[0]["field"] is None
    assert "name" in found[0]["after"] or "title" in found[0]["after"]


@pytest.mark.parametrize("kind", list(ADDED))
def test_a_removed_entry_of_every_kind(lohnwerk: GitRepo, kind: str) -> None:
    old, new = ADDED[kind]
    lohnwerk.edit(REG, old, new)
    lohnwerk.commit(f"Add a {kind}", "2026-01-06T10:00:00+00:00")
    lohnwerk.edit(REG, new, old)
    found = changes(lohnwerk)
    removed = [c for c in found if c["change"] == "removed"]
    assert [(c["kind"], c["change"]) for c in removed] == [(kind, "removed")]
    assert removed[0]["after"] is None and removed[0]["before"]


def test_the_organization_added_and_a_folder_compared(lohnwerk: GitRepo, tmp_path: Path) -> None:
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "registry.yaml").write_text("data_subjects: []\n", encoding="utf-8")
    code, _, err = run(lohnwerk.root, "diff", "registry", "--from", str(empty), "--format", "json")
    assert code == 1  # that folder has no organization: it does not validate
    assert "ROPA022" in err and f"the registry at {empty} has errors" in err


# ---------------------------------------------------------------------------- impacts


def test_a_notice_is_impacted_only_by_what_it_shows(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "period: P6M", "period: P3M")  # careers shows retention
    lohnwerk.edit(REG, "owner: HR", "owner: People team")  # no notice shows the owner
    found = changes(lohnwerk)
    assert find(found, "activity", "recruitment", "retention.period")["impacts"] == [
        "register",
        "notice:careers",
    ]
    assert find(found, "activity", "recruitment", "owner")["impacts"] == ["register"]


def test_a_field_no_notice_shows_has_no_notice_impact(lohnwerk: GitRepo) -> None:
    # 'identity' is listed by both notices, but neither shows its DPV concept
    lohnwerk.edit(REG, "name: Identity\n", "name: Identity\n    dpv: pd:Name\n")
    change = find(changes(lohnwerk), "data_category", "identity", "dpv")
    assert change["impacts"] == ["register"]
    # its examples, which both notices list, impact both
    lohnwerk.edit(REG, "examples: [name, date of birth, employee number]", "examples: [name]")
    change = find(changes(lohnwerk), "data_category", "identity", "examples")
    assert change["impacts"] == ["register", "notice:careers", "notice:customers"]


def test_a_notice_change_impacts_the_notice_not_the_register(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "scope: applications to jobs at Lohnwerk", "scope: applications to Lohnwerk")
    assert find(changes(lohnwerk), "notice", "careers", "scope")["impacts"] == ["notice:careers"]


SUBPROCESSOR = (
    "  - id: print-mail\n",
    "  - id: e-sign\n    name: Signly SAS\n    category: Electronic signature services\n"
    "    role: sub-processor\n    country: FR\n    contract: {type: dpa, date: 2026-01-02}\n"
    "  - id: print-mail\n",
)


def test_a_sub_processor_added_to_a_processor_activity_impacts_its_clients(
    lohnwerk: GitRepo,
) -> None:
    lohnwerk.edit(REG, *SUBPROCESSOR)
    lohnwerk.edit(REG, "print-mail, tax-office", "print-mail, e-sign, tax-office")
    found = changes(lohnwerk)
    clients = ["client:baeckerei-sonnenschein", "client:stadtwerke-nordheim"]
    assert find(found, "recipient", "e-sign")["impacts"] == ["register", *clients]
    assert find(found, "activity", "payroll-processing", "recipients")["impacts"] == [
        "register",
        *clients,
    ]
    code, out, _ = run(lohnwerk.root, "diff", "registry")
    assert code == 0
    assert (
        "Clients to inform\n  baeckerei-sonnenschein\n    activity payroll-processing: recipients\n"
        "    recipient e-sign: added\n  stadtwerke-nordheim\n" in out
    )


def test_a_sub_processor_changing_mechanism_or_country_impacts_clients(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(
        REG,
        "    transfers:\n      - country: US\n        mechanism: dpf\n  - id: dev-team-india",
        "    transfers:\n      - country: US\n        mechanism: bcr\n"
        "        tia: {date: 2026-01-02}\n  - id: dev-team-india",
    )
    change = find(changes(lohnwerk), "recipient", "support-desk", "transfers")
    assert "client:baeckerei-sonnenschein" in change["impacts"]
    assert "client:stadtwerke-nordheim" in change["impacts"]


def test_a_sub_processor_removed_impacts_clients_but_a_contract_date_does_not(
    lohnwerk: GitRepo,
) -> None:
    lohnwerk.edit(REG, "print-mail, tax-office", "tax-office")
    lohnwerk.edit(
        REG, "contract: {type: dpa, date: 2021-06-30}", "contract: {type: dpa, date: 2025-06-30}"
    )
    found = changes(lohnwerk)
    assert (
        "client:stadtwerke-nordheim"
        in find(found, "activity", "payroll-processing", "recipients")["impacts"]
    )
    assert find(found, "recipient", "print-mail", "contract.date")["impacts"] == ["register"]


def test_a_processor_of_a_controller_activity_does_not_impact_clients(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "country: GB\n    contract", "country: IE\n    contract")
    change = find(changes(lohnwerk), "recipient", "applicant-tracking", "country")
    assert not [i for i in change["impacts"] if i.startswith("client:")]


def test_a_special_category_appearing_impacts_the_dpia_screening(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(
        REG,
        "data_categories: [identity, contact]\n    sources",
        "data_categories: [identity, contact, sick-leave]\n"
        "    special_category_condition: legal-claims\n    sources",
    )
    change = find(changes(lohnwerk), "activity", "customer-accounts", "data_categories")
    assert "dpia:customer-accounts" in change["impacts"]
    code, out, _ = run(lohnwerk.root, "diff", "registry")
    assert code == 0
    assert "DPIA screening to revisit\n  customer-accounts\n    now: " in out
    assert "special category: health" in out


def test_profiling_and_a_transfer_appearing_impact_the_dpia_screening(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(
        REG,
        "    data_subjects: [candidates]\n",
        "    data_subjects: [candidates]\n    profiling:\n      description: Ranking applications by fit\n",
    )
    lohnwerk.edit(
        REG, "recipients: [cloud-hosting]\n", "recipients: [cloud-hosting, support-desk]\n"
    )
    found = changes(lohnwerk)
    assert "dpia:recruitment" in find(found, "activity", "recruitment", "profiling")["impacts"]
    assert (
        "dpia:security-logging"
        in find(found, "activity", "security-logging", "recipients")["impacts"]
    )


def test_what_disappears_does_not_impact_the_dpia_screening(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "    risk:\n      systematic_monitoring: true\n", "")
    found = changes(lohnwerk)
    assert find(found, "activity", "security-logging", "risk.systematic_monitoring")["impacts"] == [
        "register"
    ]


def test_a_data_category_becoming_special_impacts_the_activities_using_it(
    lohnwerk: GitRepo,
) -> None:
    lohnwerk.edit(
        REG,
        "name: CV and application documents\n",
        "name: CV and application documents\n    special: health\n",
    )
    lohnwerk.edit(
        REG,
        "    data_subjects: [candidates]\n",
        "    data_subjects: [candidates]\n    special_category_condition: employment-social-protection\n",
    )
    found = changes(lohnwerk)
    assert find(found, "data_category", "cv", "special")["impacts"] == [
        "register",
        "notice:careers",
        "dpia:recruitment",
    ]


# ---------------------------------------------------------------------------- formats


def test_text_and_markdown_put_what_to_do_first(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "period: P6M", "period: P3M")
    lohnwerk.edit(REG, *SUBPROCESSOR)
    lohnwerk.edit(REG, "print-mail, tax-office", "print-mail, e-sign, tax-office")
    code, out, _ = run(lohnwerk.root, "diff", "registry")
    order = [out.index(h) for h in ("Notices to update", "Clients to inform", "Changes by entry")]
    assert order == sorted(order)
    assert "    retention.period: P6M → P3M  [register, notice:careers]" in out
    code, md, _ = run(lohnwerk.root, "diff", "registry", "--format", "md")
    assert code == 0
    assert md.startswith("## Registry changes: HEAD → working tree\n")
    assert "### Notices to update\n\n- `careers`: activity recruitment: retention.period\n" in md
    assert "### Clients to inform" in md and "### Changes by entry" in md
    assert "  - `retention.period`: P6M → P3M (`register`, `notice:careers`)" in md


def test_json_follows_the_published_schema(lohnwerk: GitRepo) -> None:
    import jsonschema

    schema = json.loads(
        (Path(__file__).resolve().parents[2] / "docs" / "diff.schema.json").read_text("utf-8")
    )
    lohnwerk.edit(REG, "period: P6M", "period: P3M")
    lohnwerk.edit(REG, *SUBPROCESSOR)
    code, out, _ = run(lohnwerk.root, "diff", "registry", "--format", "json")
    data = json.loads(out)
    assert data["changes"]
    jsonschema.validate(data, {"$defs": schema["$defs"], "$ref": "#/$defs/diff"})
    code, out, _ = run(lohnwerk.root, "history", "registry", "--format", "json")
    assert code == 0
    jsonschema.validate(json.loads(out), {"$defs": schema["$defs"], "$ref": "#/$defs/history"})


# ---------------------------------------------------------------------------- --check


def test_check_fails_when_a_notice_text_changes_under_the_same_date(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "period: P6M", "period: P3M")
    code, out, err = run(lohnwerk.root, "diff", "registry", "--check")
    assert code == 1
    line = next(
        n
        for n, text in enumerate(lohnwerk.read(REG).splitlines(), 1)
        if "2025-10-01" in text and "last_updated" in text
    )
    assert out == (
        f"registry/registry.yaml:{line}:19: notice 'careers' has a new text but its "
        "last_updated is still 2025-10-01: set it to the date the new text is published\n"
    )
    assert "1 notice(s) changed their text but not their last_updated date" in err


def test_check_passes_once_the_date_moves(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "period: P6M", "period: P3M")
    lohnwerk.edit(REG, "last_updated: 2025-10-01", "last_updated: 2026-01-06")
    code, out, _ = run(lohnwerk.root, "diff", "registry", "--check")
    assert code == 0
    assert out.startswith("ok: every notice whose text changed since HEAD has a new last_updated")


def test_check_ignores_changes_no_notice_shows(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "owner: HR", "owner: People team")
    assert run(lohnwerk.root, "diff", "registry", "--check")[0] == 0


def test_check_between_two_revisions(lohnwerk: GitRepo) -> None:
    lohnwerk.git("tag", "v1")
    lohnwerk.edit(REG, "period: P6M", "period: P3M")
    lohnwerk.commit("Shorter retention for applications", "2026-01-07T10:00:00+00:00")
    code, out, _ = run(lohnwerk.root, "diff", "registry", "--check", "--from", "v1", "--to", "HEAD")
    assert code == 1
    assert re.match(r"HEAD:registry/registry\.yaml:\d+:19: notice 'careers' has a new text", out)


# ---------------------------------------------------------------------------- bad input


def test_outside_git_says_so_and_suggests_a_folder(tmp_path: Path) -> None:
    import shutil

    from gitrepo import FIXTURES

    shutil.copytree(FIXTURES / "lohnwerk", tmp_path / "registry")
    code, out, err = run(tmp_path, "diff", "registry")
    assert code == 2 and out == ""
    assert "is not in a git repository, so --from HEAD cannot be read" in err
    assert "--from DIR" in err
    code, _, err = run(tmp_path, "history", "registry")
    assert code == 2 and "not in a git repository" in err and "--from DIR" in err
    # two folders compare without git
    code, out, _ = run(tmp_path, "diff", "registry", "--from", "registry")
    assert code == 0 and out == "registry → working tree: no change of meaning\n"


def test_an_unknown_revision_is_named(lohnwerk: GitRepo) -> None:
    code, _, err = run(lohnwerk.root, "diff", "registry", "--from", "v9")
    assert code == 2
    assert "unknown revision 'v9'" in err


@pytest.mark.parametrize("name", ["--output=OUT", "-p", "HEAD\nmain", "a b", ""])
def test_a_revision_name_is_never_an_option(lohnwerk: GitRepo, tmp_path: Path, name: str) -> None:
    written = tmp_path / "written"
    code, _, err = run(
        lohnwerk.root, "diff", "registry", "--from", name.replace("OUT", str(written))
    )
    assert code == 2
    assert "is not a revision name: give a branch, tag or commit" in err
    assert not written.exists()


def test_a_revision_that_does_not_validate_shows_its_findings(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "data_categories: [access-logs]", "data_categories: [access-log]")
    lohnwerk.commit("Broken reference", "2026-01-06T10:00:00+00:00")
    lohnwerk.git("tag", "v1")
    lohnwerk.edit(REG, "data_categories: [access-log]", "data_categories: [access-logs]")
    code, out, err = run(lohnwerk.root, "diff", "registry", "--from", "v1")
    assert code == 1 and out == ""
    line = next(n for n, t in enumerate(lohnwerk.read(REG).splitlines(), 1) if "[access-logs]" in t)
    assert re.search(rf"^v1:registry/registry\.yaml:{line}:\d+: error\[ROPA021\] ", err, re.M)
    assert "the registry at v1 has errors" in err


def test_a_revision_without_the_registry_is_an_empty_one(lohnwerk: GitRepo) -> None:
    first = lohnwerk.commits[0]
    lohnwerk.git("mv", "registry", "record")
    lohnwerk.commit("Rename the folder", "2026-01-06T10:00:00+00:00")
    code, out, _ = run(lohnwerk.root, "diff", "record", "--from", first, "--format", "json")
    assert code == 0
    found = json.loads(out)["changes"]
    assert found and {c["change"] for c in found} == {"added"}
