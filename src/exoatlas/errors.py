"""Typed errors. The CLI turns InputError into one ``error:`` line and exit code 2."""


class ExoatlasError(Exception):
    """Base class of every error exoatlas raises on purpose."""


class InputError(ExoatlasError):
    """Bad input or bad usage: a missing file, an unreadable atlas, a malformed record."""


class DataError(ExoatlasError):
    """Bundled data failed an integrity check (a bug in the package, not the user's fault)."""
