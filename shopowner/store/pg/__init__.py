"""The hub back end: the shop's book on a PostgreSQL server, shared by several PCs (team mode).

Only ``shopowner.store`` imports this package, and only this package imports psycopg.
"""
