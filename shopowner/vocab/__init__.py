"""The shop's vocabularies, one module each: the keys the store keeps, the words a screen shows
(translated) and, where a card prints them, the printed words.

- :mod:`.platforms`: where an order came from (淘宝, 拼多多…), shown and printed.
- :mod:`.stages`: a customer's stage (新客, 已加微…).
- :mod:`.feedback_kinds`: feedback kinds and complaint statuses.
- :mod:`.followup_kinds`: how a follow-up happened and who reached out.
- :mod:`.names`: the name a customer goes by (one rule; ``store.names`` says it in SQL).

A leaf package beside ``shopowner.i18n``: it imports nothing else of the shop, so the store,
the domain packages, the CLI and the window can all use it. ``tests/unit/test_vocab.py`` fails
when a key the schema allows has no words, or the words are missing in a language.
"""
