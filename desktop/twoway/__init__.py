"""Twoway: short, structured one-to-one networking calls."""

__version__ = "0.1.0"

APP_NAME = "Twoway"
APP_ID = "org.twoway.Twoway"
