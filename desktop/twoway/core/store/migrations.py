"""Upgrading files written by older versions of Twoway, one schema step at a time.

Each kind of file has a list of steps; step N turns a version-N document into a
version N+1 document. The store keeps a copy of every file before it rewrites it in the
new shape (see `Store`), so an upgrade can always be looked at or undone by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from twoway.core.marks import QT_TRANSLATE_NOOP, message
from twoway.core.store.problems import Invalid

Step = Callable[[dict[str, Any]], dict[str, Any]]


def _split_single(data: dict[str, Any], old: str, new: str) -> None:
    """Version 1 held one value as text; version 2 holds a list."""
    single = data.pop(old, None)
    if single is None:
        return
    if not isinstance(single, str):
        raise Invalid(
            message(QT_TRANSLATE_NOOP("Messages", '"%1" must be text in quotes.'), old), (old,)
        )
    values = list(data.get(new, []))
    if single.strip() and single.strip() not in values:
        values.insert(0, single.strip())
    if values:
        data[new] = values


def contact_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Contacts of schema 1 had one `email` and one `phone`; schema 2 keeps lists."""
    data = dict(data)
    _split_single(data, "email", "emails")
    _split_single(data, "phone", "phones")
    return data


def contact_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 adds `keep_in_touch_days` and `talks`; a schema-2 contact has neither,
    which means no reminder and no talks logged, so nothing is rewritten but the number.
    The step exists so that a Twoway that knows only schema 2 leaves new files alone."""
    return dict(data)


def meeting_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 adds the request's `composed` and `decline_message`, and `event_uid` and
    `event_recurrence_id`; a schema-1 meeting has none, which means a message whose origin
    is unknown, no reply declining and no calendar event it was planned from, so nothing
    is rewritten but the number. As for contacts, the step exists so that a
    Twoway that knows only schema 1 leaves new files alone."""
    return dict(data)


STEPS: dict[str, dict[int, Step]] = {
    "contact": {1: contact_1_to_2, 2: contact_2_to_3},
    "meeting": {1: meeting_1_to_2},
}


def schema_of(data: dict[str, Any]) -> int:
    schema = data.get("schema")
    if schema is None:
        raise Invalid(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    'The schema line is missing: every Twoway file starts with one, such as "schema = 1".',
                )
            ),
            (),
        )
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        raise Invalid(
            message(QT_TRANSLATE_NOOP("Messages", '"schema" must be a whole number such as 1.')),
            ("schema",),
        )
    return schema


def upgrade(kind_name: str, data: dict[str, Any], target: int) -> dict[str, Any]:
    """Bring a document from its schema up to `target`; the result carries `schema = target`."""
    version = schema_of(data)
    steps = STEPS.get(kind_name, {})
    while version < target:
        step = steps.get(version)
        if step is None:
            raise Invalid(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Files of schema %1 cannot be upgraded by this version."
                    ),
                    version,
                ),
                ("schema",),
            )
        data = step(data)
        version += 1
        data["schema"] = version
    return data
