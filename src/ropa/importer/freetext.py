"""Reading a register cell as people write it: pure functions from text to registry codes.

Spreadsheet registers are typed by hand: several items in one cell, lawful bases in words
or as article numbers, countries by name, durations in words. Each function here takes one
cell's text and returns what it could read, and whether that reading was a guess (a guess
is reported and commented in the written YAML so a reviewer checks it in place).

English and French wordings are understood; country names come from Babel's CLDR data in
both languages (and every ISO alpha-2 and alpha-3 code), never from a hand-written table.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

# ---------------------------------------------------------------------------- basics


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces, spaces collapsed: for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    plain = plain.replace("'", " ").replace("’", " ")
    return " ".join(re.sub(r"[^a-z0-9()]+", " ", plain).split())


_BULLET = re.compile(r"^\s*(?:[-•*·–—]|\d{1,2}[.)]|\(?[a-z]\))\s+")
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+")


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip()


def split_lines(text: str) -> list[str]:
    """The non-empty lines of a cell, bullets and numbering removed."""
    return [item for item in (strip_bullet(line) for line in text.splitlines()) if item]


def split_items(text: str, commas: bool = True) -> list[str]:
    """The items of a cell: one a line, or separated by semicolons (and commas, for lists of
    short names). A comma inside parentheses does not separate ("Cloud (EU, US)")."""
    items: list[str] = []
    for line in split_lines(text):
        for part in _split_outside_parens(line, ";,|" if commas else ";|"):
            part = part.strip().strip(".").strip()
            if part:
                items.append(part)
    if commas and len(items) > 1:
        items = _rejoin_and(items)
    return items


def _split_outside_parens(line: str, separators: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in line:
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        if char in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _rejoin_and(items: list[str]) -> list[str]:
    """ "Names, emails and phone numbers": the last item split on " and " as well."""
    last = items[-1]
    match = re.match(r"^(?:and|et)\s+(.+)$", last, re.IGNORECASE)
    if match:
        return [*items[:-1], match.group(1)]
    pieces = re.split(r"\s+(?:and|et)\s+", last)
    if len(pieces) == 2 and all(len(p.split()) <= 4 for p in pieces):
        return [*items[:-1], *pieces]
    return items


def numbered_lines(text: str) -> dict[int, str] | None:
    """`1. Consent / 2. Contract` → {1: "Consent", 2: "Contract"}, or None when not numbered."""
    found: dict[int, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _NUMBERED.match(line)
        if not match:
            return None
        found[int(match.group(1))] = line[match.end() :].strip()
    return found or None


def kebab(name: str, limit: int = 48) -> str:
    """A kebab-case id made from a name: `Staff payroll (HR)` → `staff-payroll-hr`."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(name)).split()
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > limit and kept:
            break
        kept.append(word[:limit])
    if len(kept) < len(words):
        # a cut name does not end on "of", "and", "the"...
        while len(kept) > 1 and kept[-1] in _TRAILING:
            kept.pop()
    return "-".join(kept) or "entry"


_TRAILING = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "or",
    "our",
    "the",
    "to",
    "with",
    "de",
    "des",
    "du",
    "et",
    "la",
    "le",
    "les",
    "pour",
    "un",
    "une",
}


class IdMaker:
    """Unique kebab-case ids within one kind: a repeated name gets `-2`, `-3`..."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, wanted: str) -> str:
        self._taken.add(wanted)
        return wanted

    def make(self, name: str) -> str:
        base = kebab(name)
        candidate, number = base, 2
        while candidate in self._taken:
            candidate = f"{base}-{number}"
            number += 1
        self._taken.add(candidate)
        return candidate


def same_name(name: str) -> str:
    """The key under which entries named alike in several rows become one entry."""
    return fold(name).replace("(", " ").replace(")", " ").strip()


# ---------------------------------------------------------------------------- readings


@dataclass(frozen=True)
class Reading:
    """A code read from text, and whether the reading was a guess (and why)."""

    code: str
    guess: str | None = None


_ART6 = re.compile(r"6\s*\(?\s*1\s*\)?\s*\(?\s*([a-f])\s*\)?")
_ART6_SHORT = re.compile(r"(?:^|\s)\(([a-f])\)(?:\s|$)")
LEGAL_BASIS_LETTERS = {
    "a": "consent",
    "b": "contract",
    "c": "legal-obligation",
    "d": "vital-interests",
    "e": "public-task",
    "f": "legitimate-interests",
}
# words that name a basis, folded (see `fold`), English and French
_LEGAL_BASIS_WORDS: tuple[tuple[str, str], ...] = (
    ("legitimate interest", "legitimate-interests"),
    ("interet legitime", "legitimate-interests"),
    ("interets legitimes", "legitimate-interests"),
    ("legal obligation", "legal-obligation"),
    ("statutory obligation", "legal-obligation"),
    ("required by law", "legal-obligation"),
    ("obligation legale", "legal-obligation"),
    ("obligations legales", "legal-obligation"),
    ("vital interest", "vital-interests"),
    ("interets vitaux", "vital-interests"),
    ("interet vital", "vital-interests"),
    ("public task", "public-task"),
    ("official authority", "public-task"),
    ("public interest", "public-task"),
    ("mission d interet public", "public-task"),
    ("interet public", "public-task"),
    ("consent", "consent"),
    ("consentement", "consent"),
    ("contract", "contract"),
    ("contrat", "contract"),
    ("contractuel", "contract"),
)


def legal_bases(text: str) -> list[Reading]:
    """Art. 6(1) bases named in a cell, in words ("Legal obligation; Contract") or as
    article numbers ("Art 6(1)(a)"), in the order written, each once."""
    found: dict[str, Reading] = {}
    for item in split_items(text, commas=True):
        for reading in _bases_in(item):
            found.setdefault(reading.code, reading)
    return list(found.values())


def _bases_in(item: str) -> list[Reading]:
    folded = fold(item)
    by_article = [LEGAL_BASIS_LETTERS[m.group(1)] for m in _ART6.finditer(folded)]
    if not by_article and re.search(r"\b(art|article)\b", folded):
        by_article = [LEGAL_BASIS_LETTERS[m.group(1)] for m in _ART6_SHORT.finditer(folded)]
    by_words: list[str] = []
    rest = f" {folded} "
    for words, code in _LEGAL_BASIS_WORDS:
        if f" {words}" in rest:
            if code not in by_words:
                by_words.append(code)
            rest = rest.replace(f" {words}", " ")
    if by_article and by_words and set(by_article) != set(by_words):
        return [
            Reading(
                code,
                f"the words and the article number disagree in '{item}'; the article was taken",
            )
            for code in by_article
        ]
    return [Reading(code) for code in dict.fromkeys(by_article or by_words)]


ART9_LETTERS = {
    "a": "explicit-consent",
    "b": "employment-social-protection",
    "c": "vital-interests",
    "d": "not-for-profit-body",
    "e": "made-public",
    "f": "legal-claims",
    "g": "substantial-public-interest",
    "h": "health-social-care",
    "i": "public-health",
    "j": "archiving-research-statistics",
}
_ART9 = re.compile(r"9\s*\(?\s*2\s*\)?\s*\(?\s*([a-j])\s*\)?")
_ART9_WORDS: tuple[tuple[str, str], ...] = (
    ("explicit consent", "explicit-consent"),
    ("consentement explicite", "explicit-consent"),
    ("employment", "employment-social-protection"),
    ("social security", "employment-social-protection"),
    ("social protection", "employment-social-protection"),
    ("droit du travail", "employment-social-protection"),
    ("protection sociale", "employment-social-protection"),
    ("securite sociale", "employment-social-protection"),
    ("vital interest", "vital-interests"),
    ("interets vitaux", "vital-interests"),
    ("not for profit", "not-for-profit-body"),
    ("non profit", "not-for-profit-body"),
    ("but non lucratif", "not-for-profit-body"),
    ("made public", "made-public"),
    ("manifestly public", "made-public"),
    ("rendues publiques", "made-public"),
    ("legal claim", "legal-claims"),
    ("defence of legal", "legal-claims"),
    ("droit en justice", "legal-claims"),
    ("substantial public interest", "substantial-public-interest"),
    ("interet public important", "substantial-public-interest"),
    ("public health", "public-health"),
    ("sante publique", "public-health"),
    ("health or social care", "health-social-care"),
    ("health and social care", "health-social-care"),
    ("social care", "health-social-care"),
    ("medical diagnosis", "health-social-care"),
    ("preventive or occupational medicine", "health-social-care"),
    ("occupational medicine", "health-social-care"),
    ("provision of health", "health-social-care"),
    ("healthcare", "health-social-care"),
    ("health care", "health-social-care"),
    ("medecine preventive", "health-social-care"),
    ("diagnostics medicaux", "health-social-care"),
    ("prise en charge sanitaire", "health-social-care"),
    ("archiving", "archiving-research-statistics"),
    ("scientific", "archiving-research-statistics"),
    ("research", "archiving-research-statistics"),
    ("statistic", "archiving-research-statistics"),
    ("archivage", "archiving-research-statistics"),
    ("recherche", "archiving-research-statistics"),
)


def art9_condition(text: str) -> Reading | None:
    """The Art. 9(2) condition named in a cell, by its letter ("9(2)(h)") or its words
    ("Health or social care"); None when the cell names none. Several conditions in one
    cell: the first is taken, as a guess."""
    folded = fold(text)
    if not folded or folded in ("n a", "na", "none", "aucune", "aucun", "no", "non"):
        return None
    codes = [ART9_LETTERS[m.group(1)] for m in _ART9.finditer(folded)]
    if not codes:
        for words, code in _ART9_WORDS:
            if words in folded and code not in codes:
                codes.append(code)
    if not codes:
        return None
    codes = list(dict.fromkeys(codes))
    if len(codes) > 1:
        return Reading(
            codes[0], f"several Art. 9(2) conditions are named; the first, {codes[0]}, was taken"
        )
    return Reading(codes[0])


# ---------------------------------------------------------------------------- countries


@cache
def _country_names() -> dict[str, str]:
    """Folded country name or code → ISO 3166-1 alpha-2, from Babel in English and French."""
    from babel import Locale
    from babel.core import get_global

    names: dict[str, str] = {}
    for lang in ("en", "fr"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "ZZ", "QO"):
                names.setdefault(fold(name), code)
                names.setdefault(fold(name.replace("&", "and")), code)
    for code in list(names.values()):
        names.setdefault(code.lower(), code)
    for alias, targets in get_global("territory_aliases").items():
        if alias.isalpha() and len(alias) in (2, 3) and targets and len(targets[0]) == 2:
            names.setdefault(alias.lower(), targets[0])
    return names


def country(text: str) -> Reading | None:
    """An ISO code from a country's name in English or French ("United States", "USA",
    "Royaume-Uni") or its code; a near name is a guess; None when nothing is close."""
    coded = re.search(r"\(([A-Z]{2})\)\s*$", text.strip())
    if coded and coded.group(1) in _country_names().values():
        return Reading(coded.group(1))
    folded = fold(text).replace("(", " ").replace(")", " ").strip()
    folded = re.sub(r"^(the|l|la|le|les)\s+", "", folded)
    if not folded:
        return None
    names = _country_names()
    if folded in names:
        return Reading(names[folded])
    compact = folded.replace(" ", "")
    if compact in names and len(compact) <= 3:
        return Reading(names[compact])
    # "United States of America", "Republic of India": a known name the text begins with
    longest = max(
        (name for name in names if len(name) > 3 and folded.startswith(name + " ")),
        key=len,
        default=None,
    )
    if longest is not None:
        code = names[longest]
        return Reading(code, f"'{text}' read as {code}")
    close = difflib.get_close_matches(folded, [n for n in names if len(n) > 3], n=1, cutoff=0.85)
    if close:
        code = names[close[0]]
        return Reading(code, f"'{text}' read as {code} (nearest country name)")
    return None


# ---------------------------------------------------------------------------- transfers


@dataclass(frozen=True)
class Safeguard:
    mechanism: str
    scc_module: str | None = None
    derogation: str | None = None
    guess: str | None = None


SCC_MODULES = {
    "1": "controller-to-controller",
    "2": "controller-to-processor",
    "3": "processor-to-processor",
    "4": "processor-to-controller",
}
_MODULE_WORDS = (
    ("controller to controller", "controller-to-controller"),
    ("controller to processor", "controller-to-processor"),
    ("processor to processor", "processor-to-processor"),
    ("processor to controller", "processor-to-controller"),
    ("responsable de traitement a responsable", "controller-to-controller"),
    ("responsable de traitement a sous traitant", "controller-to-processor"),
    ("sous traitant a sous traitant", "processor-to-processor"),
    ("sous traitant a responsable", "processor-to-controller"),
    ("c2c", "controller-to-controller"),
    ("c2p", "controller-to-processor"),
    ("p2p", "processor-to-processor"),
    ("p2c", "processor-to-controller"),
)
_DEROGATION_WORDS = (
    ("explicit consent", "explicit-consent"),
    ("consentement explicite", "explicit-consent"),
    ("contract with the data subject", "contract-with-data-subject"),
    ("contract with the person", "contract-with-data-subject"),
    ("in the interest of the data subject", "contract-in-data-subject-interest"),
    ("in the data subject s interest", "contract-in-data-subject-interest"),
    ("public interest", "public-interest"),
    ("legal claim", "legal-claims"),
    ("vital interest", "vital-interests"),
    ("public register", "public-register"),
    ("compelling legitimate", "compelling-legitimate-interests"),
)
_DEROGATION_LETTERS = {
    "a": "explicit-consent",
    "b": "contract-with-data-subject",
    "c": "contract-in-data-subject-interest",
    "d": "public-interest",
    "e": "legal-claims",
    "f": "vital-interests",
    "g": "public-register",
}
_MECHANISM_WORDS: tuple[tuple[str, str], ...] = (
    # the UK GDPR's own tools first: "DPF (UK Extension)" is the UK Extension
    ("uk extension", "uk-extension"),
    ("international data transfer agreement", "idta"),
    ("idta", "idta"),
    ("uk addendum", "uk-addendum"),
    ("international data transfer addendum", "uk-addendum"),
    ("data privacy framework", "dpf"),
    ("dpf", "dpf"),
    ("privacy shield", "dpf"),
    ("standard contractual clauses", "scc"),
    ("standard contract clauses", "scc"),
    ("model clauses", "scc"),
    ("clauses contractuelles types", "scc"),
    ("sccs", "scc"),
    ("scc", "scc"),
    ("cct", "scc"),
    ("binding corporate rules", "bcr"),
    ("regles d entreprise contraignantes", "bcr"),
    ("bcrs", "bcr"),
    ("bcr", "bcr"),
    ("code of conduct", "code-of-conduct"),
    ("code de conduite", "code-of-conduct"),
    ("certification", "certification"),
    ("ad hoc", "ad-hoc-clauses"),
    ("administrative arrangement", "administrative-arrangement"),
    ("arrangement administratif", "administrative-arrangement"),
    ("between public authorities", "public-authority-instrument"),
    ("public authority instrument", "public-authority-instrument"),
    ("adequacy", "adequacy"),
    ("adequate", "adequacy"),
    ("adequation", "adequacy"),
    ("derogation", "derogation"),
    ("article 49", "derogation"),
    ("art 49", "derogation"),
)


def safeguard(text: str, extra_mechanisms: Iterable[tuple[str, str]] = ()) -> Safeguard | None:
    """A transfer mechanism by name ("SCCs (module 2)", "Data Privacy Framework",
    "adequacy decision", "derogation: explicit consent"); None when none is named."""
    folded = f" {fold(text)} "
    mechanism = None
    for words, code in (*extra_mechanisms, *_MECHANISM_WORDS):
        if f" {words} " in folded or (len(words) > 5 and words in folded):
            mechanism = code
            break
    if mechanism is None:
        if re.search(r"\b49\s*\(?\s*1\s*\)?", folded):
            mechanism = "derogation"
        else:
            return None
    if mechanism == "scc":
        module = re.search(r"module\s*(\d)", folded)
        if module and module.group(1) in SCC_MODULES:
            return Safeguard("scc", scc_module=SCC_MODULES[module.group(1)])
        for words, code in _MODULE_WORDS:
            if words in folded:
                return Safeguard("scc", scc_module=code)
        return Safeguard("scc")
    if mechanism == "derogation":
        letter = re.search(r"49\s*\(?\s*1\s*\)?\s*\(?\s*([a-g])\s*\)?", folded)
        if letter:
            return Safeguard("derogation", derogation=_DEROGATION_LETTERS[letter.group(1)])
        for words, code in _DEROGATION_WORDS:
            if words in folded:
                return Safeguard("derogation", derogation=code)
        return Safeguard("derogation")
    return Safeguard(mechanism)


# ---------------------------------------------------------------------------- durations

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
}
_UNITS = {
    "year": "Y",
    "years": "Y",
    "yr": "Y",
    "yrs": "Y",
    "y": "Y",
    "an": "Y",
    "ans": "Y",
    "annee": "Y",
    "annees": "Y",
    "month": "M",
    "months": "M",
    "mois": "M",
    "week": "W",
    "weeks": "W",
    "semaine": "W",
    "semaines": "W",
    "day": "D",
    "days": "D",
    "jour": "D",
    "jours": "D",
}
_NUMBER = r"(\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_AMOUNT = re.compile(rf"(?:^|\s){_NUMBER}\s*{_UNIT}(?=\s|$|[.,;)])", re.IGNORECASE)
_JOINER = re.compile(r"^\s*(?:,|and|et|plus)?\s*$", re.IGNORECASE)
_START = re.compile(
    r"^\s*(?:,\s*)?(?:starting\s+)?(?:after|from|following|since|of|beyond|à compter de|a compter de|"
    r"à partir de|a partir de|après|apres|suivant|depuis|from the date of)\s+(.+)$",
    re.IGNORECASE,
)
_CRITERION = re.compile(
    r"^\s*(?:until|till|as long as|for as long as|for the duration of|while|during|"
    r"for the life of|jusqu|tant que|pendant|pour la durée|pour la duree|le temps)",
    re.IGNORECASE,
)
_ARCHIVE = re.compile(
    r"^\s*(?:then|thereafter|afterwards|ensuite|puis)\s*[:,]?\s*(.+)$", re.IGNORECASE
)


@dataclass(frozen=True)
class Retention:
    period: str | None = None
    start: str | None = None
    criteria: tuple[str, ...] = ()
    archive: str | None = None
    guess: str | None = None


def _amounts(line: str) -> tuple[dict[str, int], int, int] | None:
    """The duration at the start of `line` ("1 year and 6 months ..."): units, and the
    span of text it took."""
    units: dict[str, int] = {}
    start = end = -1
    position = 0
    for match in _AMOUNT.finditer(line):
        between = line[position : match.start()]
        if units and not _JOINER.match(between):
            break
        if not units:
            prefix = fold(line[: match.start()])
            lead = re.fullmatch(
                r"((kept|retained|stored|keep|held|conserve|conservee?s?|gardee?s?)( for)?|for|"
                r"pendant|durant|up to|jusqu a|within|period|duree|retention|retention period)",
                prefix,
            )
            # "Addresses unopened for two years are removed": the amount is inside a
            # criterion, not the period
            if prefix and not lead:
                return None
            start = match.start()
        raw_number, raw_unit = match.group(1).lower(), match.group(2).lower()
        number = int(raw_number) if raw_number.isdigit() else _NUMBER_WORDS[raw_number]
        unit = _UNITS[fold(raw_unit)]
        if unit in units:
            break
        units[unit] = number
        end = match.end()
        position = end
    if not units:
        return None
    return units, start, end


def iso_period(units: dict[str, int]) -> str:
    """{"Y": 1, "M": 6} → "P1Y6M" (weeks alone as weeks, otherwise as days)."""
    if "W" in units and len(units) > 1:
        units = dict(units)
        units["D"] = units.get("D", 0) + 7 * units.pop("W")
    return "P" + "".join(f"{units[u]}{u}" for u in "YMWD" if units.get(u))


def retention(text: str) -> Retention:
    """A retention cell: "8 years after the last appointment" → period P8Y from "the last
    appointment"; "until they unsubscribe" → a criterion; "then: archived..." → archive.
    Lines that are none of these become criteria."""
    period = start = archive = guess = None
    criteria: list[str] = []
    for line in split_lines(text):
        archived = _ARCHIVE.match(line)
        if archived and period is not None:
            archive = archived.group(1).strip()
            continue
        found = _amounts(line) if period is None else None
        if found is None:
            criteria.append(line.rstrip("."))
            continue
        units, at, end = found
        period = iso_period(units)
        before = line[:at].strip(" ,:")
        after = line[end:].strip(" ,.")
        starts = _START.match(after)
        archived = _ARCHIVE.match(after.lstrip(" ,;"))
        if archived:
            archive = archived.group(1).strip().rstrip(".")
        elif starts:
            start = starts.group(1).strip().rstrip(".")
        elif after:
            if _CRITERION.match(after):
                criteria.append(after)
            else:
                start = after
                guess = f"'{after}' taken as the start of the period"
        if before and fold(before) not in ("kept for", "retained for", "keep for", "for"):
            criteria.append(line.rstrip("."))
    return Retention(period, start, tuple(criteria), archive, guess)


# ---------------------------------------------------------------------------- answers

_YES = {"yes", "y", "oui", "o", "true", "x", "required", "requis", "obligatoire", "needed"}
_NO = {"no", "n", "non", "false", "not required", "non requis", "none", "n a", "na", "not needed"}


def yes_no(text: str) -> bool | None:
    """A yes/no answer in English or French ("Yes", "N", "Oui - see DPIA"), else None."""
    folded = fold(text)
    if not folded:
        return None
    if folded in _YES or folded.split()[0] in ("yes", "oui"):
        return True
    if folded in _NO or folded.split()[0] in ("no", "non"):
        return False
    return None


def dpia_status(required: str, progress: str) -> Reading | None:
    """The DPIA state from the "DPIA required?" and "DPIA progress" answers."""
    needed = yes_no(required)
    folded = fold(progress)
    if any(
        w in folded
        for w in ("complete", "done", "finished", "signed off", "termine", "realise", "approved")
    ):
        return Reading("completed")
    if any(
        w in folded for w in ("progress", "ongoing", "underway", "draft", "en cours", "started")
    ):
        return Reading("in-progress")
    if needed is False:
        return Reading("not-required")
    if needed is True:
        return Reading("required")
    if folded:
        return Reading("required", f"DPIA progress '{progress}' read as: required, not started")
    return None


_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?:(?:tel|tél|phone|téléphone)\s*[:.]?\s*)?(\+?\d[\d ().-]{6,}\d)", re.IGNORECASE
)
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)


def contact_parts(text: str) -> dict[str, str]:
    """A contact written in one cell ("Jane Doe, jane@x.example, 0113 496 0000, 1 Road,
    Leeds"): name (first part), email, phone, website and the rest as the address."""
    found: dict[str, str] = {}
    rest = text
    if email := _EMAIL.search(rest):
        found["email"] = email.group(0)
        rest = rest.replace(email.group(0), " ")
    if url := _URL.search(rest):
        found["website"] = url.group(0).rstrip(".,;")
        rest = rest.replace(url.group(0), " ")
    if phone := _PHONE.search(rest):
        found["phone"] = " ".join(phone.group(1).split())
        rest = rest.replace(phone.group(0), " ")
    parts = [
        p.strip(" .:-")
        for p in re.split(r"[,\n;]", rest)
        if p.strip(" .:-") and fold(p) not in ("email", "e mail", "tel", "phone", "mail")
    ]
    parts = [
        re.sub(r"^(email|e-mail|tel|phone|address|adresse)\s*:\s*", "", p, flags=re.IGNORECASE)
        for p in parts
    ]
    if parts:
        found["name"] = parts[0]
    if len(parts) > 1:
        found["address"] = ", ".join(parts[1:])
    return found


def is_link(text: str) -> bool:
    return bool(_URL.search(text))
