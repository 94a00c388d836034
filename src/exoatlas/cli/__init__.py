"""The ``exoatlas`` command line: thin commands over the library.

Errors are one line on stderr starting ``error:``; exit 2 for bad usage or input, 1 otherwise.
``base`` holds the group and shared options; each command module registers its commands on it.
"""

from exoatlas.cli import analysis, browse, reading
from exoatlas.cli.base import cli

__all__ = ["analysis", "browse", "cli", "reading"]
