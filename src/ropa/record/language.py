"""Strict text resolution: a registry text in one language, or a ROPA030 finding.

There is one rule for every output (register and notices alike): a text reads in a
language only if it was written in that language, or if it is neutral (a plain string in
a proper-name field such as a recipient's `name`, or in a field that is no language at
all, such as an address or a URL). A missing language is never filled from another one:
it becomes a finding at the text's own `file:line:col`, and the resolver carries on, so
one run reports every missing text at once. (`Text.get` states the rule; `Strict` is the
one place outputs resolve texts through.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ropa.findings import Finding, Location, Severity
from ropa.model import Text, TextList

RULE = "ROPA030"


@dataclass(frozen=True)
class MissingTranslation:
    """Texts an output needs have no version in the output's language: every one of them,
    in file order, ready to print as `file:line:col: error[ROPA030] message`."""

    findings: tuple[Finding, ...]

    @property
    def location(self) -> Location:
        return self.findings[0].location

    def lines(self) -> list[str]:
        return [f"{f.location}: {f.severity.value}[{f.rule}] {f.message}" for f in self.findings]

    def line(self) -> str:
        return "\n".join(self.lines())


@dataclass
class Strict:
    """Resolves texts in `lang` for one output (`needed_by`, such as "notice 'website'"),
    keeping every missing one as a finding instead of stopping at the first."""

    lang: str
    needed_by: str
    prefix: str = ""
    _missing: dict[Location, Finding] = field(default_factory=dict)

    def _lack(self, location: Location) -> None:
        if location in self._missing:
            return
        from ropa.i18n.format import language

        self._missing[location] = Finding(
            RULE,
            Severity.ERROR,
            f"{self.prefix}text has no '{self.lang}' translation, needed by "
            f"{self.needed_by} in {language(self.lang)}",
            location,
        )

    def text(self, value: Text | None) -> str | None:
        """The text in the language; "" (and a finding) when it lacks it; None when absent."""
        if value is None:
            return None
        found = value.get(self.lang)
        if found is None:
            self._lack(value.origin.loc())
            return ""
        return found

    def texts(self, value: TextList | None) -> tuple[str, ...]:
        if value is None:
            return ()
        found = value.get(self.lang)
        if found is None:
            self._lack(value.origin.loc())
            return ()
        return found

    @property
    def missing(self) -> MissingTranslation | None:
        """Every missing text met so far, in file order; None when there is none."""
        if not self._missing:
            return None
        return MissingTranslation(tuple(sorted(self._missing.values(), key=Finding.sort_key)))


@dataclass
class Probe(Strict):
    """Resolves like `Strict`, in the first of `languages`, and notes for each of them
    every text it lacks: one build of an output tells which texts each language needs
    (what `ropa validate` checks, ahead of the exports, without building every output in
    every language). A text missing in the first language reads as ""."""

    languages: tuple[str, ...] = ()
    _lacking: dict[str, dict[Location, None]] = field(default_factory=dict)

    def _probe(self, value: Text | TextList) -> None:
        for lang in self.languages:
            if value.get(lang) is None:
                self._lacking.setdefault(lang, {})[value.origin.loc()] = None

    def text(self, value: Text | None) -> str | None:
        if value is None:
            return None
        self._probe(value)
        return value.get(self.lang) or ""

    def texts(self, value: TextList | None) -> tuple[str, ...]:
        if value is None:
            return ()
        self._probe(value)
        return value.get(self.lang) or ()

    def lacking(self, lang: str) -> list[Location]:
        """The places of the texts the output needs and `lang` lacks, in the order met."""
        return list(self._lacking.get(lang, {}))
