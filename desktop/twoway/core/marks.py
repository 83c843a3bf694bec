"""Marks strings kept in data (built-in format names, default cues) for translation.

pyside6-lupdate finds calls to a function with this name; the UI translates the
marked text with QCoreApplication.translate(context, text). The core stays Qt-free.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text
