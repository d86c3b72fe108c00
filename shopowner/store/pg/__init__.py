"""The hub back end: the shop's book on a PostgreSQL server, shared by several PCs (team mode).

Only this package imports psycopg (the team steps and the window reach it through ``server``,
``address`` and ``hub``).
"""
