"""Typed errors. The CLI turns InputError into one ``error:`` line and exit code 2."""


class ExoatlasError(Exception):
    """Base class of every error exoatlas raises on purpose."""


class InputError(ExoatlasError):
    """Bad input or bad usage: a missing file, an unreadable atlas, a malformed record.

    The message is always one line: parser messages quoted into it (lxml's, pypdf's) sometimes
    hold line breaks, which are folded into spaces here.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


class DataError(ExoatlasError):
    """Bundled data failed an integrity check (a bug in the package, not the user's fault)."""
