"""The main window: Today, contacts, the meeting workflow, follow-ups, agenda, formats,
insights and settings, over the store."""

from twoway.ui.main.window import MainWindow

__all__ = ["MainWindow"]
