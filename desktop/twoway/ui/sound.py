"""The chime: one gentle sound at an overrun, never a flood of them.

QtMultimedia is imported only when the first chime is loaded, after the overlay is
on screen, so it costs nothing at start-up.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QUrl

from twoway.core.clock import Clock
from twoway.core.session import Event, EventKind

log = logging.getLogger(__name__)

# Two alerts closer than this are one chime (a phase and the slot running over together).
COALESCE_S = 3.0


class SoundOutput(Protocol):
    def play(self, volume: float) -> bool:
        """Play the chime once; False when no sound could be played."""


class QtSoundOutput(QObject):
    """Plays the chime file with QSoundEffect on the current default audio output."""

    def __init__(self, wav: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wav = wav
        self._effect = None

    def _ensure_effect(self):
        if self._effect is None:
            from PySide6.QtMultimedia import QSoundEffect

            self._effect = QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(self._wav)))
        return self._effect

    def play(self, volume: float) -> bool:
        from PySide6.QtMultimedia import QMediaDevices

        # The output can change or vanish (headset unplugged, after sleep): ask each time.
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            log.info("No audio output; the chime is shown, not heard.")
            return False
        effect = self._ensure_effect()
        effect.setAudioDevice(device)
        effect.setVolume(max(0.0, min(1.0, volume)))
        effect.play()
        return True


class Chime(QObject):
    """Decides when to chime: once per overrun event, at the user's volume."""

    def __init__(
        self,
        output: SoundOutput,
        clock: Clock,
        *,
        enabled: bool = True,
        volume: float = 0.6,
        phase_tones: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.output = output
        self._clock = clock
        self.enabled = enabled
        self.volume = volume
        self.phase_tones = phase_tones
        self._last_played: float | None = None

    def on_event(self, event: Event) -> None:
        wanted = event.kind in (EventKind.PHASE_OVERRUN, EventKind.SLOT_OVERRUN) or (
            self.phase_tones and event.kind is EventKind.PHASE_CHANGED
        )
        if wanted and self.enabled:
            self._play(
                self.volume if event.kind is not EventKind.PHASE_CHANGED else self.volume / 2
            )

    def test(self) -> bool:
        """The settings' test button: play now, whatever the mute setting."""
        return self.output.play(self.volume)

    def _play(self, volume: float) -> None:
        now = self._clock.monotonic()
        if self._last_played is not None and now - self._last_played < COALESCE_S:
            return
        self._last_played = now
        self.output.play(volume)
