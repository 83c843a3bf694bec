"""The tray icon: the meeting's state at a glance, a menu to steer it, and reminders.

The icon is painted at run time: a ring whose arc shows how far the current phase has
come, in the color of whose turn it is. The menu is rebuilt each time it opens, so it
always matches the meeting. Where the desktop has no tray, `create_tray` returns None
and Twoway's window becomes its home (see AppContext.finish_startup).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon

from twoway.core.formats import OVERRUN_COLOR, Format
from twoway.core.reminders import Reminders
from twoway.core.session import State
from twoway.paths import resource
from twoway.ui import autostart
from twoway.ui.i18n import filled, translated_format_text
from twoway.ui.meeting import MeetingController, MeetingInfo
from twoway.ui.overlay_view import phase_line

log = logging.getLogger(__name__)

ICON_SIZES = (16, 22, 24, 32, 48, 64)
PROGRESS_STEPS = 32  # the arc moves in 1/32 turns: smooth to the eye, few icon updates
REMINDER_CHECK_MS = 30_000
CARD = QColor(24, 25, 28)
TRACK = QColor(255, 255, 255, 70)
PAUSED_ARC = QColor(170, 172, 178)
MARK = QColor(236, 236, 238)


@dataclass(frozen=True)
class TrayLook:
    """What the icon shows; the icon is repainted only when this changes."""

    state: str = "idle"  # idle | running | paused | overrun (ended shows as idle)
    color: str = ""
    step: int = 0  # progress of the current phase, 0..PROGRESS_STEPS


def look_of(meeting: MeetingController) -> TrayLook:
    session = meeting.session
    if session is None:
        return TrayLook()
    state = session.status_word()
    if state not in ("running", "paused", "overrun"):
        return TrayLook()
    allowed = session.current.allowed_s
    done = session.phase_elapsed() / allowed if allowed > 0 else 1.0
    step = round(min(1.0, max(0.0, done)) * PROGRESS_STEPS)
    return TrayLook(state, session.phase.display_color, step)


def _pen(color: QColor, width: float, cap: Qt.PenCapStyle) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(cap)
    return pen


def paint_icon(look: TrayLook, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(CARD)
    p.drawEllipse(QRectF(0, 0, size, size))  # a dark disc reads on light and dark panels
    width = max(2.0, size * 0.17)
    inset = width / 2 + size * 0.06
    ring = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(TRACK, width))
    p.drawEllipse(ring)
    centre = size / 2
    if look.state == "overrun":
        # A full ring and a plus, as in the overlay's "+1:20": over time, told by shape too.
        p.setPen(QPen(QColor(OVERRUN_COLOR), width))
        p.drawEllipse(ring)
        p.setPen(_pen(MARK, max(1.5, size * 0.1), Qt.PenCapStyle.RoundCap))
        arm = size * 0.16
        p.drawLine(round(centre - arm), round(centre), round(centre + arm), round(centre))
        p.drawLine(round(centre), round(centre - arm), round(centre), round(centre + arm))
    else:
        color = PAUSED_ARC if look.state == "paused" else QColor(look.color or MARK)
        p.setPen(_pen(color, width, Qt.PenCapStyle.FlatCap))
        span = round(-360 * 16 * look.step / PROGRESS_STEPS)  # clockwise from 12 o'clock
        p.drawArc(ring, 90 * 16, span)
        if look.state == "paused":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(MARK)
            bar_w, bar_h = size * 0.09, size * 0.3
            for x in (centre - size * 0.1 - bar_w / 2, centre + size * 0.1 - bar_w / 2):
                p.drawRect(QRectF(x, centre - bar_h / 2, bar_w, bar_h))
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            radius = size * 0.13
            p.drawEllipse(QRectF(centre - radius, centre - radius, 2 * radius, 2 * radius))
    p.end()
    return pixmap


def state_icon(look: TrayLook) -> QIcon:
    if look.state == "idle":
        app_icon = QIcon(str(resource("icons/twoway.svg")))
        if not app_icon.isNull():
            return app_icon
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(paint_icon(look, size))
    return icon


def ask_to_end_meeting(contact: str) -> bool:
    """Quitting from the tray mid-meeting: the user decides. Tests replace this."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Tray", "Quit Twoway?"),
        (
            filled(
                QCoreApplication.translate("Tray", "Your meeting with %1 is still running."),
                contact,
            )
            if contact
            else QCoreApplication.translate("Tray", "A meeting is still running.")
        )
        + " "
        + QCoreApplication.translate(
            "Tray", "Quitting ends it; its times are kept so you can write the debrief later."
        ),
    )
    end = box.addButton(
        QCoreApplication.translate("Tray", "End meeting and quit"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Tray", "Keep meeting running"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    return box.clickedButton() is end


class Tray(QObject):
    def __init__(self, context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingController = context.meeting
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.actions: dict[str, QAction] = {}
        self._look: TrayLook | None = None
        self._tooltip = ""
        self.reminders = Reminders()
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(REMINDER_CHECK_MS)
        self._reminder_timer.timeout.connect(self.check_reminders)
        self.meeting.ticked.connect(self.refresh)
        self.meeting.changed.connect(self.refresh)
        self.rebuild_menu()
        self.refresh()

    def show(self) -> None:
        self.icon.show()
        self._reminder_timer.start()
        QTimer.singleShot(0, self.check_reminders)

    def hide(self) -> None:
        self._reminder_timer.stop()
        self.icon.hide()

    # --- the icon and tooltip ---------------------------------------------------------

    def refresh(self) -> None:
        look = look_of(self.meeting)
        if look != self._look:
            self._look = look
            self.icon.setIcon(state_icon(look))
        tooltip = self.tooltip_text()
        if tooltip != self._tooltip:
            self._tooltip = tooltip
            self.icon.setToolTip(tooltip)

    @property
    def look(self) -> TrayLook:
        return self._look or TrayLook()

    def tooltip_text(self) -> str:
        status = self.meeting.status()
        state = status["state"]
        if state == "idle":
            return self.tr("Twoway: no meeting running")
        if state == "ended":
            return self.tr("Twoway: the meeting has ended")
        text = phase_line(self.meeting.session)
        if state == "paused":
            text = filled(self.tr("Twoway, paused: %1"), text)
        else:
            text = filled(self.tr("Twoway: %1"), text)
        share = getattr(self.context.calls, "screen_share", None)
        if share is not None and share.hiding:
            # The overlay stepped aside for the shared screen: the tray still keeps time.
            text += "\n" + self.tr("The overlay is out of the shared screen.")
        return text

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.context.toggle_main_window()

    # --- the menu ---------------------------------------------------------------------

    def _add(self, key: str, text: str, slot, *, enabled: bool = True, menu=None) -> QAction:
        action = (menu or self.menu).addAction(text)
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        self.actions[key] = action
        return action

    def rebuild_menu(self) -> None:
        """Called as the menu opens: every entry matches the moment."""
        self.menu.clear()
        self.actions = {}
        context = self.context
        session = self.meeting.session
        active = self.meeting.active
        paused = active and session.state is State.PAUSED

        self._add("open", self.tr("Open Twoway"), context.show_main_window)
        self.menu.setDefaultAction(self.actions["open"])
        self.menu.addSeparator()
        upcoming = context.meetings.next_planned()
        if upcoming is not None and not active:
            meeting, contact_name = upcoming
            label = filled(self.tr("Start meeting with %1"), contact_name or "…")
            self._add("start-next", label, lambda: context.start_planned_meeting(meeting))
        quick = self.menu.addMenu(self.tr("Quick start"))
        quick.setEnabled(not active)
        for fmt in context.formats.formats.values():
            self._add(
                f"quick:{fmt.id}",
                filled(
                    self.tr("%1 (%2 min)"),
                    translated_format_text(fmt.name),
                    f"{fmt.slot_minutes:g}",
                ),
                lambda _=False, f=fmt: self._quick_start(f),
                enabled=not active,
                menu=quick,
            )
        self.menu.addSeparator()
        self._add(
            "pause",
            self.tr("Resume") if paused else self.tr("Pause"),
            self.meeting.toggle_pause,
            enabled=active,
        )
        self._add(
            "next",
            self.tr("Next phase"),
            self.meeting.next_phase,
            enabled=active and not session.is_last_phase,
        )
        self._add("extend", self.tr("One more minute"), self.meeting.extend, enabled=active)
        self._add("end", self.tr("End meeting"), self.meeting.end, enabled=active)
        ended = context.overlay.ended_meeting_id
        if ended:
            self._add("debrief", self.tr("Write the debrief"), lambda: context.open_debrief(ended))
        self.menu.addSeparator()
        if context.overlay.isVisible():
            self._add("overlay", self.tr("Hide overlay"), context.placement.hide)
        else:
            self._add("overlay", self.tr("Show overlay"), context.placement.show)
        click_through = self._add(
            "click-through",
            self.tr("Let clicks pass through the overlay"),
            context.overlay.set_click_through,
        )
        click_through.setCheckable(True)
        click_through.setChecked(context.overlay.click_through)
        due = context.meetings.followups_due(self.check_reminders)
        if due:
            self._add(
                "followups",
                filled(self.tr("Follow-ups due: %1"), str(len(due))),
                context.show_followups,
            )
        reconnect = self._reconnect_due()
        if reconnect:
            self._add(
                "reconnect",
                filled(self.tr("Due to reconnect: %1"), str(len(reconnect))),
                self._show_today,
            )
        self.menu.addSeparator()
        self._add("settings", self.tr("Settings…"), context.show_settings)
        login = self._add(
            "autostart",
            self.tr("Start Twoway at login"),
            self._set_autostart,
        )
        login.setCheckable(True)
        login.setChecked(autostart.for_paths(context.paths).is_enabled())
        self._add("quit", self.tr("Quit Twoway"), self.quit)

    def _reconnect_due(self) -> list:
        from twoway.core.workflow.keep_in_touch import due_to_reconnect

        today = self.context.clock.wall().astimezone().date()
        tag_cadences = self.context.preferences.values.keep_in_touch.tags
        return due_to_reconnect(self.context.records.open().contacts.values(), today, tag_cadences)

    def _show_today(self) -> None:
        self.context.show_main_window()
        self.context.main_window.show_view("today")

    def _quick_start(self, fmt: Format) -> None:
        self.context.meetings.start(fmt, MeetingInfo())

    def _set_autostart(self, enabled: bool) -> None:
        entry = autostart.for_paths(self.context.paths)
        try:
            entry.enable() if enabled else entry.disable()
        except OSError as exc:
            log.warning("Start at login could not be changed: %s", exc)
            self.notify(
                self.tr("Start at login"),
                filled(self.tr("Twoway could not change this: %1"), str(exc)),
            )

    def quit(self) -> None:
        """Quit from the menu: a running meeting is the user's to end, so ask first."""
        if self.meeting.active and not ask_to_end_meeting(self.meeting.info.contact_name):
            return
        self.context.request_quit()

    # --- notifications ----------------------------------------------------------------

    def notify(self, title: str, text: str) -> None:
        """Say something: through the notices, which wait while a call is on."""
        self.context.notices.say(title, text)

    def balloon(self, notice) -> None:
        """The tray's own bubble, for desktops without a notification service."""
        self.icon.showMessage(
            notice.title, notice.text, QSystemTrayIcon.MessageIcon.Information, 10_000
        )

    def check_reminders(self) -> None:
        if self.context.notices.must_wait():
            return  # reminders wait until the call is over; they are checked again then
        now: datetime = self.context.clock.wall()
        today: date = now.astimezone().date()
        for soon in self.reminders.meetings_starting(self.context.meetings.planned(), now):
            contact = self.context.meetings.contact_name(soon.meeting.contact_id)
            minutes = soon.minutes_left
            if contact:
                body = filled(
                    self.tr("Your meeting with %1 starts in %n min.", "", minutes), contact
                )
            else:
                body = self.tr("Your next meeting starts in %n min.", "", minutes)
            self.notify(self.tr("Meeting soon"), body)
        due = self.reminders.followups_due(
            self.context.meetings.followups_due(self.check_reminders), today
        )
        if due is not None:
            lines = [f"• {f.text}" for f in due.new[:3]]
            if len(due.new) > 3:
                lines.append(self.tr("and %n more", "", len(due.new) - 3))
            # One due follow-up gets a sentence of its own, without the number.
            title = (
                self.tr("A follow-up is due")
                if due.total == 1
                else self.tr("%n follow-ups are due", "", due.total)
            )
            self.notify(title, "\n".join(lines))


def create_tray(context) -> Tray | None:
    """The tray icon, or None where the desktop has no tray to put it in."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = Tray(context, parent=context.app)
    tray.show()
    # Where the desktop has no notification service, the tray's bubble says things.
    context.notices.tray_balloon = tray.balloon
    return tray
