"""The CLI's in-process runner and small shop (``tests/cli/conftest.py``) for the products commands."""

from tests.cli.conftest import book, cli  # noqa: F401  (fixtures, found by name)
