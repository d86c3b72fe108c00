"""The house plan, checked over the source: front ends → domain → store → base words (the
import-linter contracts in pyproject.toml, also run by .ci/run), Qt's widgets and painting only in
the window, SQL only in the store, transactions not opened by the front ends."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "shopowner"
GUI_QT = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "PySide6.QtPdf",
          "PySide6.QtPdfWidgets")
STATEMENT = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WITH|REPLACE)\b")
CLAUSE = re.compile(r"\b(FROM|INTO|SET|TABLE|INDEX|TRIGGER|WHERE|VALUES)\b")
COMMAND = re.compile(r"^\s*(PRAGMA|VACUUM|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|ATTACH|ANALYZE)\b")
# sqlite-utils' and sqlite3's ways of speaking to the file
STORE_CALLS = {"execute", "executemany", "executescript", "query", "insert_all", "upsert_all",
               "insert", "upsert", "delete_where", "create_table", "create_index", "table"}


def _modules(folder: Path = PACKAGE):
    for path in sorted(folder.rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _imports(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def test_the_import_contracts_are_kept():
    """``lint-imports`` (import-linter) with the contracts in pyproject.toml, in this process."""
    from importlinter import configuration
    from importlinter.application.use_cases import lint_imports

    configuration.configure()  # what the lint-imports command sets up first

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_logo=True), \
        "an import runs against the layers: run `.venv/bin/lint-imports` to see which"


def test_only_the_window_imports_qt_widgets_painting_and_printing():
    found = [f"{path}:{line} {name}" for path, tree in _modules() if not path.startswith("shopowner/ui/")
             for line, name in _imports(tree) if name.startswith(GUI_QT)]
    assert found == []


# The database driver's modules, named only inside shopowner/store/: the rest of the app knows the
# shop connection as store.Database and its errors by store/errors.py's names (the seam a second back
# end fills). No exceptions are allowed today. The hub's driver (psycopg) only in shopowner/store/pg/.
DRIVERS = ("sqlite3", "sqlite_utils", "psycopg")


def test_only_the_store_imports_the_database_driver():
    found = [f"{path}:{line} {name}" for path, tree in _modules() if not path.startswith("shopowner/store/")
             for line, name in _imports(tree) if name.split(".")[0] in DRIVERS]
    assert found == []
    hub_driver = [f"{path}:{line}" for path, tree in _modules() if not path.startswith("shopowner/store/pg/")
                  for line, name in _imports(tree) if name.split(".")[0] == "psycopg"]
    assert hub_driver == []


def test_sql_is_written_only_in_the_store():
    found = []
    for path, tree in _modules():
        if path.startswith("shopowner/store/"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _is_sql(node.value):
                found.append(f"{path}:{node.lineno} {node.value[:60]!r}")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in STORE_CALLS and _looks_like_db(node.func.value):
                found.append(f"{path}:{node.lineno} .{node.func.attr}()")
            elif isinstance(node, ast.Subscript) and _looks_like_db(node.value) \
                    and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
                found.append(f"{path}:{node.lineno} db[{node.slice.value!r}]")
            elif isinstance(node, ast.Attribute) and node.attr == "conn" and _looks_like_db(node.value):
                found.append(f"{path}:{node.lineno} .conn")
    assert found == []


def test_the_front_ends_do_not_open_transactions():
    """A write of several rows is one domain function that opens its own transaction; the window
    and the CLI call it (so both write the same way, and a second back end can serve both)."""
    found = [f"{path}:{node.lineno}"
             for folder in ("ui", "cli") for path, tree in _modules(PACKAGE / folder)
             for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr == "atomic"]
    assert found == []


def _is_sql(text: str) -> bool:
    return bool(STATEMENT.match(text) and CLAUSE.search(text) or COMMAND.match(text))


def _looks_like_db(node: ast.AST) -> bool:
    """``db``, ``self.db``, ``window.db``, ``self.window_.db``, ``ctx.db``, ``conn``…"""
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return name in ("db", "conn", "database", "_db")


@pytest.mark.parametrize("text, is_sql", [
    ("SELECT id FROM customers WHERE x = ?", True),
    ("INSERT INTO cards (code) VALUES (?)", True),
    ("Select the customers to tag", False),
    ("Update the app, then try again.", False),
    ("PRAGMA quick_check", True),
    ("UPDATE (the shop's words)", False),
])
def test_the_sql_check_tells_sql_from_words(text, is_sql):
    assert _is_sql(text) is is_sql
