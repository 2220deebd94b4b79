"""The register of processing activities (Art. 30) for a supervisory authority.

`tables` turns the resolved record into the register's rows and headings; `xlsx`, `pdf`
and `json` each write one format from those tables.
"""
