"""Every finding id ropa can report, with its default severity and documentation.

Ids are stable: ROPA0xx for the format (YAML, schema, references), ROPA1xx for the
GDPR rules in `ropa.rules`. Reporters (SARIF in particular) and `ropa rules` read here.
"""

from __future__ import annotations

from ropa.findings import RuleInfo, Severity


def _core(id_: str, name: str, summary: str, doc: str) -> RuleInfo:
    return RuleInfo(id_, name, Severity.ERROR, summary, doc)


CORE_RULES: dict[str, RuleInfo] = {
    info.id: info
    for info in (
        _core(
            "ROPA001",
            "yaml-syntax",
            "The file is not valid YAML.",
            "The file could not be parsed as YAML: a syntax error, a tab used for "
            "indentation, an unknown alias, or several documents in one file. The position "
            "is where the parser stopped.",
        ),
        _core(
            "ROPA002",
            "unreadable-file",
            "The file cannot be read as UTF-8 text.",
            "Registry files are UTF-8 text. A file in another encoding, with NUL bytes, or "
            "that cannot be opened is reported here; save it as UTF-8.",
        ),
        _core(
            "ROPA003",
            "duplicate-key",
            "A mapping holds the same key twice.",
            "YAML keeps only one of two equal keys, silently. ropa reports the second one "
            "so that no value is lost without anyone noticing.",
        ),
        _core(
            "ROPA004",
            "not-a-mapping",
            "A file is empty or its top level is not a mapping.",
            "Every registry file is a mapping of top-level keys (organization, activities, "
            "recipients...). An empty file, or one holding a list or a single value, is "
            "reported.",
        ),
        _core(
            "ROPA005",
            "resource-limit",
            "A file exceeds a safety limit.",
            "Files over 8 MiB, nesting deeper than 64 levels and aliases that expand to "
            "more than 100,000 values are refused before they can exhaust memory.",
        ),
        _core(
            "ROPA006",
            "unsafe-tag",
            "A YAML tag asks for something other than plain data.",
            "Tags such as !!python/object are refused: a registry holds strings, numbers, "
            "booleans, lists and mappings, and nothing in it is ever run.",
        ),
        _core(
            "ROPA007",
            "symlink-loop",
            "A symbolic link makes the registry folder loop.",
            "A link inside the registry leads back into a folder that contains it. The "
            "loop is skipped and reported.",
        ),
        _core(
            "ROPA010",
            "unknown-key",
            "A key that the format does not define.",
            "Every mapping in the registry has a fixed set of keys (see the JSON Schema). "
            "A misspelled or unknown key is reported with the closest known key.",
        ),
        _core(
            "ROPA011",
            "missing-key",
            "A required key is missing.",
            "The format requires some keys, such as an id and a name on every entry, at "
            "least one purpose per activity, or a country on every transfer.",
        ),
        _core(
            "ROPA012",
            "invalid-value",
            "A value has the wrong type or form.",
            "A value does not fit the format: a wrong type, a value outside a closed list, "
            "an id that is not kebab-case, a country that is not an ISO code, a date that "
            "is not YYYY-MM-DD, a duration that is not ISO 8601.",
        ),
        _core(
            "ROPA020",
            "duplicate-id",
            "Two entries of one kind share an id.",
            "Ids are unique within their kind across all files. Both places are reported.",
        ),
        _core(
            "ROPA021",
            "unknown-reference",
            "A reference names an id that does not exist.",
            "Activities refer to data subjects, data categories, recipients, clients and "
            "security measures by id; notices refer to activities. A reference that does not "
            "resolve is reported where it is written, with the closest existing id.",
        ),
        _core(
            "ROPA022",
            "missing-organization",
            "The registry has no organization.",
            "Exactly one file of the registry holds 'organization': the controller or "
            "processor keeping the record (Art. 30(1)(a), 30(2)(a)).",
        ),
        _core(
            "ROPA023",
            "second-organization",
            "The organization is defined more than once.",
            "Exactly one 'organization' per registry. The second definition is reported.",
        ),
        _core(
            "ROPA024",
            "undeclared-language",
            "A text uses a language the registry does not list.",
            "organization.languages lists the registry's languages, the first being the "
            "default. A translation in another language is reported at its key.",
        ),
        _core(
            "ROPA025",
            "wrong-reference-role",
            "A joint controller reference names a recipient of another role.",
            "An activity's joint_controllers must name recipients whose role is "
            "joint-controller (Art. 26).",
        ),
        RuleInfo(
            "ROPA026",
            "unchecked-references",
            Severity.INFO,
            "References that could not be checked because a file did not parse.",
            "When a file cannot be read (a YAML syntax error, an encoding problem, a safety "
            "limit, a refused tag), the ids it defines are unknown, so references that do "
            "not resolve elsewhere are not reported as errors: one mistake gives one error. "
            "This note lists them; fix the file and validate again to check them.",
        ),
        _core(
            "ROPA030",
            "missing-translation",
            "An output needs a text in a language the text lacks.",
            "The register is written in every language of organization.languages and each "
            "notice in each of its languages, never mixing them: every registry text they "
            "use must exist in that language. `ropa validate` builds them all and reports "
            "every missing text in one run, at the text's own place, naming the language "
            "and the outputs that need it; `ropa export` refuses the same texts and writes "
            "nothing until they are translated. Ids, owner, systems, addresses, emails, "
            "phone numbers and URLs are never missing, nor a plain string in a proper-name "
            "field (the name of the organisation, a client, a recipient or a contact).",
        ),
        _core(
            "ROPA090",
            "config",
            "The ropa configuration is invalid.",
            "ropa.toml or [tool.ropa] names an unknown rule, an unknown severity or a "
            "malformed value.",
        ),
    )
}


def all_rules() -> dict[str, RuleInfo]:
    """Core ids and GDPR rules together, in id order."""
    from ropa.rules import RULES

    combined = dict(CORE_RULES)
    for rule in RULES.values():
        combined[rule.INFO.id] = rule.INFO
    return dict(sorted(combined.items()))
