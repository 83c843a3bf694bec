"""The "from your calendar" list in the running app: an event planned as a meeting on
another computer sharing the data folder is no longer offered, and planning it there
again gives that meeting, not a second one."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta

from twoway.core.records import Meeting
from twoway.core.sync.accounts import SUBSCRIPTION, Account, save_accounts
from twoway.core.sync.calendar_in import Suggestion
from twoway.core.sync.state import load_state, save_state


def test_an_event_planned_on_another_computer_is_no_longer_offered(build_context, tmp_path):
    context = build_context()
    service = context.sync_service()
    account = Account(url=str(tmp_path / "work.ics"), kind=SUBSCRIPTION)
    save_accounts(service.folder, [account])
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    suggestion = Suggestion(
        key="call@other",
        uid="call@other",
        href=account.url,
        start=start.isoformat(),
        minutes=30,
        title="Coffee",
        name="Grace Hopper",
        email="grace@example.org",
        call_link="",
        format_id="coffee-chat",
        account_id=account.id,
    )
    state = load_state(service.folder, account.id)
    state["calendar_in"]["suggestions"][suggestion.key] = asdict(suggestion)
    save_state(service.folder, account.id, state)
    assert [s.key for s in service.suggestions()] == ["call@other"]

    # The other computer planned it; its meeting arrived through the data folder.
    store = context.records.open()
    elsewhere = Meeting(
        contact_id="", format_id="coffee-chat", scheduled=start, event_uid="call@other"
    )
    store.put_meeting(elsewhere)
    assert service.suggestions() == []
    planned = service.plan(suggestion)  # a list shown before that
    assert planned is not None and planned.id == elsewhere.id
    assert list(context.records.open().meetings) == [elsewhere.id]
    assert context.records.open().contacts == {}  # nor a contact made for it
