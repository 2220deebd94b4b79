"""`ropa export subprocessors`: the public list, in every language, and its Atom feed."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from gitrepo import FIXTURES, GitRepo, run

REG = "registry/registry.yaml"
ATOM = "{http://www.w3.org/2005/Atom}"
E_SIGN = (
    "  - id: print-mail\n",
    "  - id: e-sign\n    name: Signly SAS\n    category: Electronic signature services\n"
    "    role: sub-processor\n    country: FR\n    contract: {type: dpa, date: 2026-01-02}\n"
    "  - id: print-mail\n",
)
# an activity for one client only, through the new sub-processor
CONTRACTS = (
    "  - id: customer-accounts\n",
    "  - id: employment-contracts\n    name: Drafting employment contracts for one client\n"
    "    role: processor\n    on_behalf_of: [baeckerei-sonnenschein]\n    purposes:\n"
    "      - description: Preparing employment contracts for signature\n"
    "    data_subjects: [client-employees]\n    data_categories: [identity, contact]\n"
    "    recipients: [e-sign]\n    retention: {period: P1Y}\n    dpia: {status: not-required}\n\n"
    "  - id: customer-accounts\n",
)


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772323200")  # 2026-03-01


def history_of_changes(repo: GitRepo) -> None:
    """Lohnwerk committed on 5 January; Signly added on 1 February for one client; the
    Indian contractor moved to BCRs on 15 February; the printer removed on 20 February."""
    repo.edit(REG, *E_SIGN)
    repo.edit(REG, *CONTRACTS)
    repo.commit("Signly for Bäckerei Sonnenschein's contracts", "2026-02-01T08:00:00+00:00")
    repo.edit(
        REG,
        "        mechanism: scc\n        scc_module: processor-to-processor\n",
        "        mechanism: bcr\n",
    )
    repo.commit("Bengaluru now under BCRs", "2026-02-15T08:00:00+00:00")
    repo.edit(REG, "print-mail, tax-office", "tax-office")
    repo.commit("Payslips by email only", "2026-02-20T08:00:00+00:00")


def export(repo: GitRepo, *argv: str) -> tuple[int, str, str]:
    return run(repo.root, "export", "subprocessors", "registry", "-o", "out", *argv)


def test_json_lists_both_tables_with_the_date_each_entry_was_added(lohnwerk: GitRepo) -> None:
    history_of_changes(lohnwerk)
    code, out, err = export(lohnwerk, "--format", "json")
    assert code == 0, err
    assert out == "out/subprocessors.en.json\n"
    data: dict[str, Any] = json.loads(lohnwerk.read("out/subprocessors.en.json"))
    assert data["organization"] == "Lohnwerk GmbH" and data["as_of"] == "2026-03-01"
    subs = {entry["id"]: entry for entry in data["sub_processors"]}
    assert sorted(subs) == ["cloud-hosting", "dev-team-india", "e-sign", "support-desk"]
    signly = subs["e-sign"]
    assert signly == {
        "id": "e-sign",
        "name": "Signly SAS",
        "service": "Electronic signature services",
        "country": "FR",
        "country_name": "France",
        "transfers": [],
        "clients": [{"id": "baeckerei-sonnenschein", "name": "Bäckerei Sonnenschein KG"}],
        "since": "2026-02-01",
    }
    assert subs["cloud-hosting"]["since"] == "2026-01-05"
    india = subs["dev-team-india"]["transfers"]
    assert india == [
        {
            "country": "IN",
            "mechanism": "bcr",
            "derogation": None,
            "safeguard": "The recipient applies binding corporate rules approved by a "
            "supervisory authority.",
        }
    ]
    processors = {entry["id"]: entry for entry in data["processors"]}
    assert processors["crm-provider"]["activities"] == [
        {"id": "customer-accounts", "name": "Customer contracts and billing"}
    ]
    assert "tax-office" not in processors  # a public authority is no processor


def test_client_limits_the_list_to_what_its_data_goes_through(lohnwerk: GitRepo) -> None:
    history_of_changes(lohnwerk)
    code, _, err = export(lohnwerk, "--format", "json", "--client", "stadtwerke-nordheim")
    assert code == 0, err
    data = json.loads(lohnwerk.read("out/subprocessors-stadtwerke-nordheim.en.json"))
    assert data["client"] == "stadtwerke-nordheim"
    assert sorted(e["id"] for e in data["sub_processors"]) == [
        "cloud-hosting",
        "dev-team-india",
        "support-desk",
    ]
    assert data["processors"] == []  # the organisation's own processing is not theirs
    code, _, err = export(lohnwerk, "--client", "nobody")
    assert code == 2 and "--client nobody: no such client" in err


def test_markdown_table(lohnwerk: GitRepo) -> None:
    history_of_changes(lohnwerk)
    code, _, _ = export(lohnwerk, "--format", "md")
    assert code == 0
    md = lohnwerk.read("out/subprocessors.en.md")
    assert md.startswith("# Sub-processors of Lohnwerk GmbH\n\nThis list is drawn from the record")
    assert "## Sub-processors engaged for our clients (Art. 28(2) and (4) GDPR)\n" in md
    assert (
        "| Signly SAS | Electronic signature services | France | No transfer recorded | "
        "Bäckerei Sonnenschein KG | 1 February 2026 |\n" in md
    )
    # A tool reads as the notice's sentence, never as its code ("United States: dpf").
    assert (
        "| United States: The transfer relies on the EU-US Data Privacy Framework, under "
        "which the European Commission has recognised as adequate the protection given by "
        "US organisations certified to it. |" in md
    )
    assert ": dpf |" not in md


def test_html_in_every_registry_language(ampere: GitRepo) -> None:
    code, out, err = run(ampere.root, "export", "subprocessors", "registry", "-o", "out")
    assert code == 0, err
    assert out == "out/subprocessors.en.html\nout/subprocessors.fr.html\n"
    french = ampere.read("out/subprocessors.fr.html")
    assert '<html lang="fr">' in french
    assert "<h1>Sous-traitants ultérieurs\u00a0: " in french
    assert (
        "Sous-traitants auxquels nous recourons pour nos propres traitements (art. 28.1 du RGPD)"
        in french
    )
    assert '<th scope="col">Transferts et garanties</th>' in french
    # French sets a narrow no-break space before the semicolon between what a processor serves
    assert "information\u202f; Prospection personnalisée" in french
    assert "5 janvier 2026" in french
    # Ampere processes for no client: no sub-processor table
    assert "Sous-traitants ultérieurs auxquels" not in french


def test_registry_text_is_escaped(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "name: Druckzentrum Spree GmbH", "name: <script>alert(1)</script> & Co")
    code, _, _ = export(lohnwerk, "--format", "html")
    assert code == 0
    page = lohnwerk.read("out/subprocessors.en.html")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in page


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs headless chromium")
def test_html_as_a_browser_shows_it(lohnwerk: GitRepo) -> None:
    history_of_changes(lohnwerk)
    assert export(lohnwerk, "--format", "html")[0] == 0
    page = lohnwerk.path("out/subprocessors.en.html")
    shot = lohnwerk.root / "list.png"
    common = [
        "chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run",
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            [*common, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120, check=True,
        ).stdout  # fmt: skip
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [*common, f"--user-data-dir={profile}", f"--screenshot={shot}",
             "--window-size=1300,1100", page.as_uri()],
            capture_output=True, timeout=120, check=True,
        )  # fmt: skip
    assert "<td>Signly SAS</td>" in dom and "<td>1 February 2026</td>" in dom
    assert shot.stat().st_size > 20_000  # a page with tables, not a blank one


def _atom(repo: GitRepo, *argv: str) -> bytes:
    code, _, err = export(repo, "--format", "atom", *argv)
    assert code == 0, err
    name = "subprocessors-" + argv[-1] if argv else "subprocessors"
    return repo.path(f"out/{name}.en.atom").read_bytes()


def test_atom_feed_structure(lohnwerk: GitRepo) -> None:
    history_of_changes(lohnwerk)
    feed = ElementTree.fromstring(_atom(lohnwerk))
    assert feed.tag == f"{ATOM}feed"
    # RFC 4287 4.1.1: a feed has exactly one id, title and updated, and an author
    for tag in ("id", "title", "updated", "author"):
        assert len(feed.findall(f"{ATOM}{tag}")) == 1, tag
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Lohnwerk GmbH"
    assert feed.findtext(f"{ATOM}updated") == "2026-02-20T08:00:00+00:00"
    entries = feed.findall(f"{ATOM}entry")
    for entry in entries:
        for tag in ("id", "title", "updated", "content"):
            assert len(entry.findall(f"{ATOM}{tag}")) == 1, tag
        assert entry.findtext(f"{ATOM}id", "").startswith("urn:uuid:")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    subs = [
        (e.findtext(f"{ATOM}title"), e.findtext(f"{ATOM}updated"))
        for e in entries
        if any(c.get("term") == "sub-processor" for c in e.findall(f"{ATOM}category"))
    ]
    assert subs[:3] == [
        ("Removed: Druckzentrum Spree GmbH", "2026-02-20T08:00:00+00:00"),
        ("Changed: Softwarepartner Bengaluru Pvt. Ltd.", "2026-02-15T08:00:00+00:00"),
        ("Added: Signly SAS", "2026-02-01T08:00:00+00:00"),
    ]


def test_atom_feed_parsed_by_feedparser_with_stable_ids(lohnwerk: GitRepo) -> None:
    feedparser = pytest.importorskip("feedparser")
    history_of_changes(lohnwerk)
    first = feedparser.parse(_atom(lohnwerk))
    assert not first.bozo, first.get("bozo_exception")
    assert first.version == "atom10"
    assert first.feed.title == "Sub-processors of Lohnwerk GmbH"
    titles = [entry.title for entry in first.entries]
    assert "Added: Signly SAS" in titles
    signly = next(e for e in first.entries if e.title == "Added: Signly SAS")
    assert signly.updated_parsed[:3] == (2026, 2, 1)
    assert "Service: Electronic signature services. Country: France." in signly.summary
    # exported again after another commit: the earlier entries keep their ids
    lohnwerk.edit(REG, "name: Signly SAS", "name: Signly SA")
    lohnwerk.commit("Signly's legal form", "2026-02-25T08:00:00+00:00")
    again = feedparser.parse(_atom(lohnwerk))
    assert {e.id for e in first.entries} <= {e.id for e in again.entries}
    assert again.entries[0].title == "Changed: Signly SA"


def test_atom_feed_for_one_client(lohnwerk: GitRepo) -> None:
    feedparser = pytest.importorskip("feedparser")
    history_of_changes(lohnwerk)
    parsed = feedparser.parse(_atom(lohnwerk, "--client", "stadtwerke-nordheim"))
    titles = [entry.title for entry in parsed.entries]
    assert "Added: Signly SAS" not in titles  # not in this client's processing
    assert "Removed: Druckzentrum Spree GmbH" in titles
    assert parsed.feed.title == "Sub-processors of Lohnwerk GmbH for Stadtwerke Nordheim GmbH"


def test_outside_git_the_list_has_no_dates_and_the_feed_is_refused(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "lohnwerk", tmp_path / "registry")
    code, _, err = run(
        tmp_path, "export", "subprocessors", "registry", "-o", "out", "--format", "json"
    )
    assert code == 0, err
    data = json.loads((tmp_path / "out" / "subprocessors.en.json").read_text("utf-8"))
    assert {e["since"] for e in data["sub_processors"]} == {None}
    code, _, err = run(tmp_path, "export", "subprocessors", "registry", "--format", "atom")
    assert code == 2
    assert "the Atom feed is built from the registry's git history" in err


def test_unknown_format_and_meaningless_options(lohnwerk: GitRepo) -> None:
    code, _, err = export(lohnwerk, "--format", "docx")
    assert code == 2 and "--format docx: the sub-processor list is html, md, json, atom" in err
    code, _, err = export(lohnwerk, "--fragment")
    assert code == 2 and "mean nothing for the sub-processor list" in err


def test_a_uk_record_cites_the_uk_gdpr_and_its_transfer_tools(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "uk-shop", tmp_path / "registry")
    code, _, err = run(
        tmp_path, "export", "subprocessors", "registry", "-o", "out", "--format", "md"
    )
    assert code == 0, err
    md = next((tmp_path / "out").glob("subprocessors.*.md")).read_text("utf-8")
    assert "(Art. 30 UK GDPR)" in md and "(Art. 28(1) UK GDPR)" in md
    assert "(Art. 30 GDPR)" not in md
    assert "relies on the UK Extension to the EU-US Data Privacy Framework" in md
    assert "International Data Transfer Agreement" in md


def test_a_text_lacking_the_language_is_refused_at_its_place(lohnwerk: GitRepo) -> None:
    """Every text the list needs in French and lacks is a ROPA030 at its place, in one run;
    a proper name written as a plain string (a recipient's or a client's) lacks nothing."""
    lohnwerk.edit(REG, "  languages: [en]\n", "  languages: [en, fr]\n")
    code, _out, err = export(lohnwerk)
    lines = err.splitlines()
    assert code == 1
    assert lines[-1] == ("ropa: the sub-processor list lacks texts in 'fr', so nothing was written")
    written = (lohnwerk.root / REG).read_text("utf-8").splitlines()
    missing = lines[:-1]
    assert len(missing) == 9
    for line in missing:
        where, message = line.split(": ", 1)
        assert message == (
            "error[ROPA030] text has no 'fr' translation, needed by the sub-processor list "
            "in French"
        )
        _path, row, column = where.rsplit(":", 2)
        key = written[int(row) - 1][: int(column) - 1].strip(" -")
        # the services of recipients and the names of activities, never a proper name
        section = next(t for t in reversed(written[: int(row)]) if t[:1].isalpha())
        assert (key, section) in (("category:", "recipients:"), ("name:", "activities:")), line
    assert not (lohnwerk.root / "out").exists()
