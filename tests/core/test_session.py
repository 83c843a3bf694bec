"""The meeting engine, driven by a fake clock."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from twoway.core.clock import FakeClock
from twoway.core.formats import Format, Owner, Phase, builtin_formats
from twoway.core.session import (
    SUSPEND_GAP_S,
    EventKind,
    Session,
    State,
    shrink_to_fit,
)


def fmt_by_id(format_id: str) -> Format:
    return next(f for f in builtin_formats() if f.id == format_id)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mini(clock: FakeClock) -> tuple[Session, list]:
    session = Session(fmt_by_id("minimastermind"), clock)
    events: list = []
    session.add_listener(events.append)
    return session, events


def kinds(events) -> list[EventKind]:
    return [e.kind for e in events]


def run_for(session: Session, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    """Let time pass the way the app does: small steps, a tick after each."""
    steps = round(seconds / step)
    for _ in range(steps):
        clock.advance(step)
        session.tick()


def test_not_started_session_reports_full_first_phase(mini, clock):
    session, events = mini
    assert session.state is State.NOT_STARTED
    assert session.status_word() == "idle"
    assert session.phase_remaining() == 5 * 60
    assert session.slot_remaining() == 15 * 60
    clock.advance(100)
    assert session.elapsed() == 0
    assert events == []


def test_start_runs_the_first_phase_with_them_first(mini, clock):
    session, events = mini
    assert session.start()
    assert not session.start()  # a second start does nothing
    assert kinds(events) == [EventKind.STARTED, EventKind.PHASE_CHANGED]
    assert session.phase.owner is Owner.THEM
    run_for(session, clock, 90)
    assert session.phase_remaining() == pytest.approx(210)
    assert session.slot_remaining() == pytest.approx(15 * 60 - 90)
    assert session.status_word() == "running"


def test_warning_and_overrun_fire_exactly_once(mini, clock):
    session, events = mini
    session.start()
    run_for(session, clock, 5 * 60 - 46)
    assert EventKind.WARNING not in kinds(events)
    run_for(session, clock, 2)
    assert kinds(events).count(EventKind.WARNING) == 1
    assert session.is_warning
    run_for(session, clock, 60)
    run_for(session, clock, 60)
    assert kinds(events).count(EventKind.WARNING) == 1
    assert kinds(events).count(EventKind.PHASE_OVERRUN) == 1
    assert session.is_phase_overrun
    assert session.status_word() == "overrun"
    assert session.phase_remaining() == pytest.approx(-76)


def test_pause_time_is_excluded_everywhere(mini, clock):
    session, events = mini
    session.start()
    run_for(session, clock, 60)
    assert session.pause()
    assert not session.pause()
    clock.advance(600)
    session.tick()
    assert session.phase_elapsed() == pytest.approx(60)
    assert session.status_word() == "paused"
    assert session.resume()
    run_for(session, clock, 30)
    assert session.elapsed() == pytest.approx(90)
    record = session.record()
    assert record.paused_s == pytest.approx(600)
    assert EventKind.PHASE_OVERRUN not in kinds(events)
    assert kinds(events)[-2:] == [EventKind.PAUSED, EventKind.RESUMED]


def test_next_and_previous_keep_each_phases_own_time(mini, clock):
    session, events = mini
    session.start()
    run_for(session, clock, 100)
    assert session.next_phase()
    assert session.phase.owner is Owner.ME
    assert session.phase_remaining() == pytest.approx(300)
    run_for(session, clock, 20)
    assert session.previous_phase()
    assert session.index == 0
    assert session.phase_elapsed() == pytest.approx(100)
    assert not session.previous_phase()  # already first
    assert kinds(events).count(EventKind.PHASE_CHANGED) == 3


def test_next_on_the_last_phase_does_nothing(mini, clock):
    session, _ = mini
    session.start()
    for _ in range(3):
        assert session.next_phase()
    assert session.is_last_phase
    assert not session.next_phase()


def test_previous_phase_after_an_overrun_does_not_chime_again(mini, clock):
    session, events = mini
    session.start()
    run_for(session, clock, 5 * 60 + 30)
    assert kinds(events).count(EventKind.PHASE_OVERRUN) == 1
    session.next_phase()
    run_for(session, clock, 10)
    session.previous_phase()
    run_for(session, clock, 10)
    assert session.is_phase_overrun
    assert kinds(events).count(EventKind.PHASE_OVERRUN) == 1


def test_extend_mid_phase_adds_a_minute_to_the_phase_not_the_slot(mini, clock):
    session, events = mini
    session.start()
    run_for(session, clock, 200)
    assert session.extend()
    assert session.phase_remaining() == pytest.approx(160)
    assert session.slot_remaining() == pytest.approx(15 * 60 - 200)
    assert EventKind.EXTENDED in kinds(events)


def test_extend_during_overrun_rearms_warning_and_overrun(mini, clock):
    session, events = mini
    session.start()
    run_for(session, clock, 5 * 60 + 10)
    assert kinds(events).count(EventKind.PHASE_OVERRUN) == 1
    session.extend()
    assert not session.is_phase_overrun
    assert session.phase_remaining() == pytest.approx(50)
    run_for(session, clock, 51)
    assert kinds(events).count(EventKind.PHASE_OVERRUN) == 2


def test_swap_before_start_lets_me_go_first(mini, clock):
    session, _ = mini
    assert session.can_swap
    assert session.swap()
    owners = [run.phase.owner for run in session.runs]
    assert owners == [Owner.ME, Owner.THEM, Owner.ME, Owner.THEM]
    assert session.swapped
    session.start()
    assert session.phase.owner is Owner.ME


def test_swap_mid_phase_keeps_the_slot_position_time(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 20)
    session.swap()
    assert session.phase.owner is Owner.ME
    assert session.phase_elapsed() == pytest.approx(20)
    assert session.phase_remaining() == pytest.approx(280)
    # Swapping again restores the original order.
    session.swap()
    assert [r.phase.owner for r in session.runs] == [Owner.THEM, Owner.ME, Owner.THEM, Owner.ME]


def test_swap_in_second_phase_only_swaps_later_pairs(mini, clock):
    session, _ = mini
    session.start()
    session.next_phase()
    session.swap()
    owners = [run.phase.owner for run in session.runs]
    assert owners == [Owner.THEM, Owner.ME, Owner.ME, Owner.THEM]


def test_swap_is_refused_for_formats_that_are_not_swappable(clock):
    session = Session(fmt_by_id("twenty-minute"), clock)
    assert not session.can_swap
    assert not session.swap()


def test_prep_cues_follow_their_phase_through_a_swap(clock):
    session = Session(fmt_by_id("minimastermind"), clock, cues={0: "Ask about the Lisbon launch"})
    assert session.cue == "Ask about the Lisbon launch"
    assert session.cue_for(1) == fmt_by_id("minimastermind").phases[1].cue
    session.swap()
    assert session.cue_for(1) == "Ask about the Lisbon launch"


def test_slot_overrun_fires_once(mini, clock):
    session, events = mini
    session.start()
    run_for(session, clock, 15 * 60 + 5, step=1)
    assert kinds(events).count(EventKind.SLOT_OVERRUN) == 1
    assert session.is_slot_overrun
    run_for(session, clock, 120, step=1)
    assert kinds(events).count(EventKind.SLOT_OVERRUN) == 1


def test_end_fires_once_and_freezes_time(mini, clock):
    session, events = mini
    session.start()
    run_for(session, clock, 61)
    assert session.end()
    assert not session.end()
    clock.advance(1000)
    assert session.elapsed() == pytest.approx(61)
    assert kinds(events).count(EventKind.ENDED) == 1
    assert session.status_word() == "ended"
    assert not session.next_phase()
    assert not session.extend()


def test_balance_records_time_each_side_had(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 6 * 60)  # them ran a minute over
    session.next_phase()
    run_for(session, clock, 4 * 60)
    session.next_phase()
    run_for(session, clock, 60)
    session.next_phase()
    run_for(session, clock, 30)
    session.end()
    record = session.record()
    assert record.balance["them"] == pytest.approx(7 * 60)
    assert record.balance["me"] == pytest.approx(4 * 60 + 30)
    assert record.their_share == pytest.approx(420 / 690)
    assert record.overrun_s == pytest.approx(60)
    assert [p.actual_s for p in record.phases] == pytest.approx([360, 240, 60, 30])
    assert record.ended_at - record.started_at == timedelta(seconds=6 * 60 + 4 * 60 + 90)
    as_dict = record.to_dict()
    assert as_dict["balance"]["them"] == 420.0
    assert as_dict["phases"][0]["owner"] == "them"


def test_catch_up_plan_uses_the_buffer_first(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 6 * 60)  # one minute over, three minutes of buffer
    plan = session.catch_up_plan()
    assert plan.on_time
    assert not plan.shortened
    assert plan.budgets == (300, 60, 60)
    assert plan.buffer_s == pytest.approx(2 * 60)


def test_catch_up_plan_shrinks_later_phases_proportionally(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 9 * 60)  # four minutes over: 6 min left for 7 min of phases
    plan = session.catch_up_plan()
    assert plan.on_time and plan.shortened
    assert sum(plan.budgets) == pytest.approx(6 * 60)
    # 300:60:60 shrinks to 6/7 each, and no phase below its floor of 30 s.
    assert plan.budgets == pytest.approx((300 * 6 / 7, 60 * 6 / 7, 60 * 6 / 7))
    session.next_phase()
    assert session.phase_remaining() == pytest.approx(300 * 6 / 7)


def test_catch_up_plan_says_when_the_slot_cannot_be_kept(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 13 * 60)  # 2 min left for 7 min of phases
    plan = session.catch_up_plan()
    assert not plan.on_time
    assert plan.budgets == pytest.approx((120, 30, 30))  # the floors
    assert plan.buffer_s == pytest.approx(-60)


def test_shrink_to_fit_respects_floors_while_sharing_the_rest():
    budgets, fits = shrink_to_fit([600, 60], 400)
    assert fits
    assert budgets == pytest.approx([600 * 400 / 660, 60 * 400 / 660])
    # Proportionally the short phase would get 27 s; its floor is 30 s, the long one pays.
    budgets, fits = shrink_to_fit([600, 60], 300)
    assert fits
    assert budgets == pytest.approx([270, 30])


def test_budgets_shrunk_to_fit_stay_as_they_are_when_planned_again():
    # 302 s shared 300:60:60 adds up to 302.00000000000006 in floating point.
    budgets, _ = shrink_to_fit([300, 60, 60], 302)
    assert shrink_to_fit(budgets, 302) == (budgets, True)


def test_shrink_to_fit_with_nothing_to_shrink():
    assert shrink_to_fit([], 10) == ([], True)
    assert shrink_to_fit([], -5) == ([], False)


def test_a_suspend_pauses_the_meeting_at_the_moment_of_sleep(mini, clock):
    session, events = mini
    session.start()
    run_for(session, clock, 120)
    clock.advance(3600)  # the lid was closed for an hour
    session.tick()
    assert session.state is State.PAUSED
    assert kinds(events)[-1] is EventKind.SUSPENDED
    assert session.phase_elapsed() == pytest.approx(120)
    assert EventKind.PHASE_OVERRUN not in kinds(events)
    session.resume()
    run_for(session, clock, 10)
    assert session.phase_elapsed() == pytest.approx(130)
    assert session.record().suspensions == 1


def test_ending_right_after_waking_does_not_count_the_sleep(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 120)
    clock.advance(3600)  # the lid was closed; End is clicked before the next tick
    session.end()
    record = session.record()
    assert record.elapsed_s == pytest.approx(120)
    assert record.paused_s == pytest.approx(3600)
    assert record.suspensions == 1
    assert record.phases[0].actual_s == pytest.approx(120)


def test_a_short_hiccup_is_not_a_suspend(mini, clock):
    session, _ = mini
    session.start()
    clock.advance(SUSPEND_GAP_S - 1)
    session.tick()
    assert session.state is State.RUNNING
    assert session.elapsed() == pytest.approx(SUSPEND_GAP_S - 1)


def test_wall_clock_changes_do_not_move_the_timer(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 30)
    clock.set_wall(clock.wall() - timedelta(hours=5))
    run_for(session, clock, 30)
    clock.set_wall(clock.wall() + timedelta(days=2))
    assert session.phase_elapsed() == pytest.approx(60)


def test_a_day_long_session_does_not_drift(clock):
    long_format = Format(
        id="marathon",
        name="Marathon",
        phases=(Phase("Everything", Owner.BOTH, 24 * 60),),
        slot_minutes=24 * 60,
    )
    session = Session(long_format, clock)
    session.start()
    rng = random.Random(7)
    expected = 0.0
    paused = 0.0
    while expected < 24 * 3600:
        step = rng.uniform(0.05, 0.4)
        clock.advance(step)
        expected += step
        session.tick()
        if rng.random() < 0.0005:
            session.pause()
            clock.advance(42.0)
            paused += 42.0
            session.resume()
    assert session.elapsed() == pytest.approx(expected, abs=1e-6)
    assert session.record().paused_s == pytest.approx(paused, abs=1e-6)


def test_without_rebalancing_next_keeps_planned_phases(clock):
    session = Session(fmt_by_id("minimastermind"), clock, rebalance_on_next=False)
    session.start()
    run_for(session, clock, 12 * 60, step=1)
    session.next_phase()
    assert session.phase_remaining() == pytest.approx(300)


def test_back_then_next_keeps_the_time_left_and_the_advice(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 8 * 60 + 30)  # 3:30 over: 6:30 left for 7 min of phases
    session.next_phase()
    run_for(session, clock, 60)
    left = session.phase_remaining()
    later = [run.allowed_s for run in session.runs[2:]]
    advice = session.catch_up_plan()
    assert left == pytest.approx(300 * 390 / 420 - 60)
    for _ in range(3):  # Back to check something, then straight on; no time passes
        session.previous_phase()
        session.next_phase()
        assert session.phase_remaining() == pytest.approx(left)
        assert [run.allowed_s for run in session.runs[2:]] == pytest.approx(later)
        assert session.catch_up_plan() == advice


def test_back_and_next_keep_what_an_overrun_phase_was_allowed(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 5 * 60)
    session.next_phase()
    run_for(session, clock, 6 * 60 + 40)  # my turn runs 100 s over
    session.next_phase()
    session.previous_phase()
    session.previous_phase()
    run_for(session, clock, 150)  # back in their turn: the later phases must shrink
    session.next_phase()
    assert session.phase_remaining() == pytest.approx(-100)
    session.end()
    record = session.record()
    assert [p.allowed_s for p in record.phases] == pytest.approx([300, 300, 30, 30])
    assert record.overrun_s == pytest.approx(150 + 100)


def one_pair() -> Format:
    """Ten minutes for them and five for me, in either order."""
    return Format(
        id="pair",
        name="Pair",
        phases=(Phase("Them", Owner.THEM, 10), Phase("Me", Owner.ME, 5)),
        slot_minutes=20,
        warning_lead_s=30,
        swappable=True,
    )


def test_each_deadline_chimes_once_through_swaps(clock):
    session = Session(one_pair(), clock)
    events: list = []
    session.add_listener(events.append)
    session.start()
    run_for(session, clock, 6 * 60)
    assert EventKind.WARNING not in kinds(events)
    session.swap()  # me first after all: already a minute past my five
    run_for(session, clock, 60)
    assert kinds(events).count(EventKind.WARNING) == 1
    assert kinds(events).count(EventKind.PHASE_OVERRUN) == 1
    session.swap()  # them first again: their ten minutes have three left
    assert session.phase_remaining() == pytest.approx(3 * 60)
    del events[:]
    run_for(session, clock, 4 * 60)
    assert kinds(events).count(EventKind.WARNING) == 1
    assert kinds(events).count(EventKind.PHASE_OVERRUN) == 1


def test_back_into_a_finished_pair_does_not_swap_it(mini, clock):
    session, _ = mini
    session.start()
    run_for(session, clock, 5 * 60)
    session.next_phase()
    run_for(session, clock, 4 * 60 + 40)  # both halves of the first pair have happened
    session.previous_phase()  # back to check something
    session.swap()  # still swaps the takeaways, which have not begun
    assert [run.phase.owner for run in session.runs] == [Owner.THEM, Owner.ME, Owner.ME, Owner.THEM]
    assert session.phase.owner is Owner.THEM
    assert session.phase_remaining() == pytest.approx(0)
    session.end()
    record = session.record()
    assert record.balance["them"] == pytest.approx(300)
    assert record.balance["me"] == pytest.approx(280)
    assert [p.owner for p in record.phases[:2]] == ["them", "me"]
    assert [p.actual_s for p in record.phases[:2]] == pytest.approx([300, 280])


def test_swap_is_refused_once_back_in_a_pair_both_sides_have_had(clock):
    session = Session(one_pair(), clock)
    session.start()
    run_for(session, clock, 2 * 60)
    session.next_phase()
    run_for(session, clock, 60)
    session.previous_phase()
    assert not session.can_swap
    assert not session.swap()
    assert session.phase.owner is Owner.THEM
    session.end()
    assert session.record().balance == pytest.approx({"them": 120, "me": 60, "both": 0})
