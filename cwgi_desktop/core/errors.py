"""Exception classes of the core; each carries a message fit to show a user on one line."""

from __future__ import annotations

from pathlib import Path


class CwgiError(Exception):
    """Base class of every error the core reports to a user."""


class ImportRejected(CwgiError):
    """A file could not be imported; nothing of it was stored."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotFound(CwgiError):
    """A contribution, annotation, draft or theme named by the user does not exist."""


class Ambiguous(CwgiError):
    """A name (e.g. a base symbol) matches several items."""


class InvalidInput(CwgiError):
    """A value given by the user is not acceptable (bad field, quote not found, ...)."""


class DraftMismatch(CwgiError):
    """A reviewed .docx names blocks of another draft than the one chosen for it; nothing
    was imported (ask the user, then import again with the mismatch confirmed)."""

    def __init__(self, path: Path | str, chosen: tuple[str, str], named: tuple[str, str]
                 ) -> None:
        self.path = str(path)
        (self.chosen_id, self.chosen_title), (self.named_id, self.named_title) = chosen, named
        super().__init__(f"{self.path}: it was exported from the draft “{self.named_title}”, "
                         f"not “{self.chosen_title}”; nothing was imported")


class StoreError(CwgiError):
    """The store file is damaged, too new, or cannot be opened."""
