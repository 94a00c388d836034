"""SQLite storage: the only package that speaks SQL.

``schema`` holds the numbered migrations, connections and FTS query building; ``core`` the
``Store`` with its transactional, document-keyed writes and typed reads.
"""

from exoatlas.store.core import ClaimFilter, Record, Store
from exoatlas.store.schema import MIGRATIONS, connect, fts_query

__all__ = ["MIGRATIONS", "ClaimFilter", "Record", "Store", "connect", "fts_query"]
