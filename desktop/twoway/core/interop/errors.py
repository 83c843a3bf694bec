"""The one kind of problem the import and export code reports to people."""

from __future__ import annotations


class InteropError(Exception):
    """A file could not be imported or exported; the message is a plain sentence for the user.

    It is usually a twoway.core.marks.Message, kept as it is so the UI can translate it;
    str(error) gives only its English text.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ImportFileError(InteropError):
    """The file to import cannot be used as it is; nothing was imported."""


class ExportFileError(InteropError):
    """The export could not be written; nothing was left half-written."""
