"""p0006: the date indexes of the feedback list and of the orders in SQLite's order of NULLs (no
SQLite twin: the file sorts that way already), as p0004 rebuilt the customer book's.

A column is asked for in its plain order only when it is NOT NULL in every table that has one of
its name (``HubBook.never_null``): ``created_at`` may be NULL in ``orders``, so ``feedback``'s is
asked for ``DESC NULLS LAST`` too, and neither plain index served its list. On a hub book of
100,000 feedback rows and 400,000 orders (20,000 private) each first page sorted them all: the
feedback list 136 ms, the private orders list 174 ms, the print names' recent titles (a keyset
page) 346 ms, each a page read from the index after this in 0.1–1.1 ms. Each index also takes
``id``, the tie in those sorts: SQLite's index holds the rowid already, and so the titles' next
page, ``(created_at, id) < (?, ?)``, is read from the index alone, as in the file.

Building them locks the two tables against writes for as long as that takes (seconds on a big
book), once, when the first PC of the new version connects.
"""

DATES_NULLS_FIRST = """
DROP INDEX idx_feedback_created;
CREATE INDEX idx_feedback_created ON feedback(created_at NULLS FIRST, id);
DROP INDEX idx_orders_created;
CREATE INDEX idx_orders_created ON orders(created_at NULLS FIRST, id);
"""
