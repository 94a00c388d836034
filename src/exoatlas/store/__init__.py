"""Storage: the only package that speaks SQL.

``schema`` holds the numbered migrations (the one schema source), SQLite connections and FTS
query building; ``dialect`` what differs on PostgreSQL; ``postgres`` server connections; ``core``
the ``Store`` with its transactional, document-keyed writes and typed reads.
"""

from exoatlas.model import Record
from exoatlas.store.core import Store, open_store
from exoatlas.store.derived import ConflictFilter
from exoatlas.store.postgres import is_postgres_url, redact
from exoatlas.store.query import ClaimFilter
from exoatlas.store.schema import MIGRATIONS, connect, fts_query

__all__ = [
    "MIGRATIONS",
    "ClaimFilter",
    "ConflictFilter",
    "Record",
    "Store",
    "connect",
    "fts_query",
    "is_postgres_url",
    "open_store",
    "redact",
]
