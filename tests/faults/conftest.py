"""The drills use the cards tests' shop (the demo, its QR set, nothing printed yet)."""

from tests.cards.conftest import card_shop  # noqa: F401 - a fixture
