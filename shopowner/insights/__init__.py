"""Growth figures: how big and how valuable the private domain is, and what feeds it."""
