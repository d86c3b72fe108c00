"""Storage: the only package that writes SQL. One SQLite file per shop, opened per thread.

The rest of the app knows a shop connection only as :data:`Database` and the database's errors
only by the names in :mod:`shopowner.store.errors`; nothing outside this package imports
``sqlite3`` or ``sqlite_utils`` (tests/unit/test_layers.py checks).
"""

# The shop connection every domain function takes. Today the SQLite back end's sqlite-utils
# Database; a second back end (issue: team mode on PostgreSQL) will provide the same interface.
from sqlite_utils import Database  # noqa: F401

from shopowner.store.db import (  # noqa: F401
    StoreError,
    connect,
    open_database,
    own_connection,
)
