"""Marks text for translation while the core stays Qt-free.

Strings kept in data (built-in format names, default cues) are marked with
QT_TRANSLATE_NOOP and translated by the UI when shown. Sentences the core says to people
(a broken file, a refused import) are Messages: English text that remembers its marked
source and arguments, so the command line prints it as it is and the UI shows it in the
user's language (twoway.ui.i18n.translated).

pyside6-lupdate finds QT_TRANSLATE_NOOP("Context", "text") calls with exactly two string
literals, also inside another call, so a message is written
    message(QT_TRANSLATE_NOOP("Messages", "“%1” is a folder, not a file."), name)
Placeholders are %1 to %9, as in Qt, so translators can reorder them. There are no plural
forms here (lupdate cannot see a count in these calls): word sentences so that they read
well whatever the number.
"""

from __future__ import annotations

import re

MESSAGES = "Messages"  # the translation context of every Message
_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


class Message(str):
    """A sentence for people: its English text, plus the source and arguments it came from.

    It is a str, so it can be printed, logged and compared as plain text; its arguments
    may be Messages themselves (a field's name inside a sentence about the field).
    """

    source: str
    args: tuple[object, ...]

    def __new__(cls, source: str, *args: object) -> Message:
        self = super().__new__(cls, fill(source, tuple(_english(arg) for arg in args)))
        self.source = source
        self.args = args
        return self


def message(source: str, *args: object) -> Message:
    """The sentence `source` (marked in the Messages context) with %1, %2... filled in."""
    return Message(source, *args)


def _english(value: object) -> str:
    # 600.0 reads as 600, 12.5 as 12.5, as the English sentence would write them.
    return f"{value:g}" if isinstance(value, float) else str(value)


def fill(template: str, values: tuple[str, ...]) -> str:
    """`template` with %1... replaced by values, in one pass (a value may contain %2)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
