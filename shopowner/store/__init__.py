"""Storage: the only package that writes SQL. One SQLite file per shop, opened per thread."""

from shopowner.store.db import (  # noqa: F401
    StoreError,
    connect,
    open_database,
    own_connection,
)
