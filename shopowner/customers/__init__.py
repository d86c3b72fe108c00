"""The customer book's domain: labels, filters, export, merge and privacy rules (no widgets).

SQL lives in ``shopowner.store.customer_*``; this package turns it into what the owner sees
(translated labels and error messages) and what the GUI and the CLI both call.
"""
