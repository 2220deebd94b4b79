"""Our words in the sub-processor list and the register's revision history, as message
ids: `N_` marks them for the catalog; they are translated where used, strictly, and the
law's tokens (`{law}`, `{cite:28(1)}`) are filled by the record's jurisdiction."""

from __future__ import annotations

from ropa.i18n.marks import N_

TITLE = N_("Sub-processors of %(organization)s")
TITLE_FOR_CLIENT = N_("Sub-processors of %(organization)s for %(client)s")
INTRO = N_(
    "This list is drawn from the record of processing activities of %(organization)s "
    "({cite:30}) as it stood on %(date)s."
)
SUB_PROCESSORS = N_("Sub-processors engaged for our clients ({cite:28(2) and (4)})")
PROCESSORS = N_("Processors engaged for our own processing ({cite:28(1)})")
NAME = N_("Name")
SERVICE = N_("Service")
COUNTRY = N_("Country")
TRANSFERS = N_("Transfers and safeguards")
CLIENTS = N_("Clients")
ACTIVITIES = N_("Processing activities")
SINCE = N_("Since")
NO_TRANSFER = N_("No transfer recorded")
TRANSFER = N_("%(country)s: %(safeguard)s")
DEROGATION = N_("A derogation for a specific situation ({cite:49}).")
NOTHING = N_("No sub-processor or processor is recorded.")
LABELLED = N_("%(label)s: %(value)s")
ADDED = N_("Added: %(name)s")
REMOVED = N_("Removed: %(name)s")
CHANGED = N_("Changed: %(name)s")

# the register's revision history
REVISION_HISTORY = N_("Revision history")
DATE = N_("Date")
COMMIT = N_("Commit")
CHANGES = N_("Changes")
ENTRY_ADDED = N_("%(entry)s added")
ENTRY_REMOVED = N_("%(entry)s removed")
ENTRY_CHANGED = N_("%(entry)s changed: %(fields)s")
KINDS = {
    "activity": N_("Activity %(id)s"),
    "recipient": N_("Recipient %(id)s"),
    "data_category": N_("Data category %(id)s"),
    "data_subject": N_("Data subject %(id)s"),
    "security_measure": N_("Security measure %(id)s"),
    "client": N_("Client %(id)s"),
    "notice": N_("Notice %(id)s"),
    "organization": N_("The organisation"),
}
