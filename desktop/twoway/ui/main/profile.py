"""Settings ▸ About you: your name, a one-line introduction and your sign-off.

The request message signs with them, and the prep page offers the introduction.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit

from twoway.ui.main.common import hint, tr

PROFILE_KEYS = ("profile.name", "profile.introduction", "profile.sign_off")


def profile_values(context) -> dict[str, str]:
    """The three values ("" where the user wrote none)."""
    return {key: str(context.preferences.get(key)) for key in PROFILE_KEYS}


class AboutYouBox(QGroupBox):
    def __init__(self, access, parent=None) -> None:
        super().__init__(tr("About you"), parent)
        self.access = access
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        # No shortcut letters: the settings page has used up the free ones in some languages.
        for key, label, placeholder in (
            ("profile.name", tr("Your name:"), tr("As you sign your messages")),
            (
                "profile.introduction",
                tr("Introduction:"),
                tr("One line: who you are and what you are working on"),
            ),
            ("profile.sign_off", tr("Sign-off:"), tr("Thank you,")),
        ):
            field = QLineEdit(self)
            field.setPlaceholderText(placeholder)
            field.setText(str(access.get(key)))
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            field.editingFinished.connect(lambda k=key, f=field: self._save(k, f))
            form.addRow(label, field)
            self.fields[key] = field
        form.addRow(
            "",
            hint(tr("Used to sign the request message and offered for your introduction."), self),
        )

    def _save(self, key: str, field: QLineEdit) -> None:
        value = field.text().strip()
        if value != self.access.get(key):
            self.access.set(key, value)


def long_datetime_text(value) -> str:
    """A planned time as a message says it: "Tuesday, 8 December 2026, 14:05"; "" for none."""
    if value is None:
        return ""
    from PySide6.QtCore import QLocale

    from twoway.ui.main.common import to_qdatetime

    local = to_qdatetime(value)
    locale = QLocale()
    return (
        locale.toString(local.date(), QLocale.FormatType.LongFormat)
        + ", "
        + locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    )
