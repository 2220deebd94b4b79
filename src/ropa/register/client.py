"""One client's processor register (Art. 30(2)): `ropa export pdf|xlsx --client ID`.

The register narrowed to the processing done on behalf of that client: its processor
activities, each naming that client only, and only the recipients, data categories, data
subjects and security measures those activities use. Nothing of the organisation's own
(controller) activities or of its other clients remains, so the file can be handed to that
client or to its supervisory authority.
"""

from __future__ import annotations

from dataclasses import replace

from ropa.register.document import Register


def client_ids(register: Register) -> list[str]:
    return [client.id for client in register.clients]


def for_client(register: Register, client_id: str) -> Register:
    """The register of what is processed for `client_id` (a known client's id)."""
    activities = tuple(
        replace(activity, on_behalf_of=tuple(c for c in activity.on_behalf_of if c.id == client_id))
        for activity in register.processor_activities
        if any(c.id == client_id for c in activity.on_behalf_of)
    )
    recipients = {r.id for a in activities for r in (*a.recipients, *a.joint_controllers)}
    categories = {c.id for a in activities for c in a.data_categories}
    subjects = {s.id for a in activities for s in a.data_subjects}
    measures = {m.id for a in activities for m in a.security_measures}
    return replace(
        register,
        activities=activities,
        recipients=tuple(r for r in register.recipients if r.id in recipients),
        clients=tuple(c for c in register.clients if c.id == client_id),
        data_categories=tuple(c for c in register.data_categories if c.id in categories),
        data_subjects=tuple(s for s in register.data_subjects if s.id in subjects),
        security_measures=tuple(m for m in register.security_measures if m.id in measures),
    )
