"""Staff (员工, team mode's "who did what"): the people who sign in on the shop's PCs, and what
each may do.

- :mod:`.people`: add, edit and remove people (only the founder, once anyone was added: the
  first person added is the founder), optional PINs, and signing a person in on this PC
  (:mod:`shopowner.actor` then holds them; the store records them on the rows they write).
- :mod:`.permissions`: what a staff member may not do unless the founder allowed it — export
  the book (customer exports, export all, backups written outside the data folder), erase or
  delete customers, see full phone numbers. Checked here, in the domain, so the window and the
  CLI refuse alike; the founder, and a shop without staff, may do everything.

Neither is a lock against someone who has the shop file or the hub's password: they keep honest
people to their part and say who did what (the README's "Team mode" says so).
"""
