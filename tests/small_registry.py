"""The small clean registry that the rule, configuration and validation tests start from:
an organisation, a vocabulary, and entries (one processor, one activity) that every rule
accepts. A test changes one thing in them and looks at what is found."""

ORGANIZATION = """\
organization:
  name: Example SAS
  address: 1 rue de la Paix, 75002 Paris, France
  country: FR
  dpo: {email: dpo@example.org}
  supervisory_authority: CNIL
"""

VOCABULARY = """\
data_subjects:
  - id: customers
    name: Customers
data_categories:
  - id: contact
    name: Contact details
security_measures:
  - id: encryption
    name: Encryption in transit and at rest
    scope: organization
"""

# Entries that every rule accepts: tests start from these and change one thing.
CLEAN = """\
recipients:
  - id: hosting
    name: Hosting provider
    role: processor
    country: FR
    contract: {type: dpa, date: 2024-01-01}
activities:
  - id: orders
    name: Orders
    purposes:
      - description: Delivering orders
        legal_basis: contract
    data_subjects: [customers]
    data_categories: [contact]
    recipients: [hosting]
    retention: {period: P3Y}
    last_reviewed: 2026-01-10
"""
