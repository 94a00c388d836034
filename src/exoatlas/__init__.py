"""exoatlas: an open evidence engine for MSC-derived extracellular vesicles."""

from exoatlas.atlas import Atlas
from exoatlas.errors import ExoatlasError, InputError
from exoatlas.model import Claim, Entity, Evidence, Finding

__all__ = ["Atlas", "Claim", "Entity", "Evidence", "ExoatlasError", "Finding", "InputError"]
__version__ = "0.1.0"
