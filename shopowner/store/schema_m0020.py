"""m0020_staff (frozen DDL; hub twin ``store/pg/schema_p0003.py``): who works in the shop, and who
did what.

``staff``: one row per person who signs in (name unique, ``founder`` or ``staff``; what a staff
member may do besides the everyday work: export the book, erase people, see full phone numbers;
an optional PIN, kept as a salted hash; ``active`` 0 for someone who left — kept, so the rows they
wrote still say who). ``staff_id`` on the rows that record work says who did it (empty in a shop
without staff, and for everything written before): follow-ups, feedback, WeChat adds (a redeemed
card code is one), card print runs, imports; ``customers.edited_by`` who last edited a customer.
"""

STAFF_SCHEMA = """
CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('founder', 'staff')),
    may_export INTEGER NOT NULL DEFAULT 0,
    may_erase INTEGER NOT NULL DEFAULT 0,
    may_see_phones INTEGER NOT NULL DEFAULT 0,
    pin_hash TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
ALTER TABLE followups ADD COLUMN staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL;
ALTER TABLE feedback ADD COLUMN staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL;
ALTER TABLE wechat_adds ADD COLUMN staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL;
ALTER TABLE card_batches ADD COLUMN staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL;
ALTER TABLE imports ADD COLUMN staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL;
ALTER TABLE customers ADD COLUMN edited_by INTEGER REFERENCES staff(id) ON DELETE SET NULL
"""
