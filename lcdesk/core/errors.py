"""Errors a user can cause, with a message meant for that user.

Every error carries a Vietnamese message (shown in the GUI) and an English one
(printed by the CLI with ``--json`` and used in logs).
"""


class LcdeskError(Exception):
    """Base of the errors the user can cause; never a programming error."""

    def __init__(self, message_vi: str, message_en: str | None = None):
        super().__init__(message_en or message_vi)
        self.message_vi = message_vi
        self.message_en = message_en or message_vi

    def __str__(self) -> str:
        return self.message_en


class CatalogError(LcdeskError):
    """A catalog file or workbook is malformed."""


class EntryError(LcdeskError):
    """A figure entered for an indicator is not acceptable."""


class StoreError(LcdeskError):
    """The local database cannot do what was asked."""


class UnitError(LcdeskError):
    """A reporting unit is unknown or a units file is malformed."""
