"""The store's SQL, written for SQLite, as PostgreSQL reads it.

The store keeps one text per statement; on the hub :func:`to_pg` rewrites what differs in form
(parameters, ``LIKE``, ``INSERT OR IGNORE``, ``rowid``) and the hub's ``hub_compat`` functions
(``schema_p0001_compat``) supply what differs in name (``group_concat``, ``ifnull``, ``instr``,
a ``sum`` of comparisons…). What neither covers is written portably in the store itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BRACKETED = re.compile(r"\[([A-Za-z_][A-Za-z0-9_]*)\]")
_WORD_REWRITES = {"LIKE": "ILIKE", "rowid": "id",  # SQLite's LIKE ignores ASCII case
                  "json_array": "json_build_array", "json_group_array": "json_agg"}
# after these, a "+" before a column is SQLite's "do not use an index for this" (a no-op here)
_BEFORE_UNARY = {"BY", "WHERE", "AND", "OR", "ON", "SELECT", "NOT", "WHEN", "THEN", "ELSE"}
_MATCH = re.compile(r"SELECT\s+rowid\s+FROM\s+(customer_search|order_search|customer_bigrams)\s+"
                    r"WHERE\s+\1\s+MATCH\s+\?", re.IGNORECASE)
_TABLE_REWRITES = {"customer_phones": "hub_phones"}  # the same columns on the hub
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_IS_PARAM = re.compile(r"\bIS\s+(NOT\s+)?(?=\?|:[A-Za-z_])", re.IGNORECASE)
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+\"?(\w+)\"?", re.IGNORECASE)


@lru_cache(maxsize=2048)
def to_pg(sql: str, never_null: frozenset[str] = frozenset()) -> str:
    """``sql`` with ``?`` → ``%s``, ``:name`` → ``%(name)s``, a literal ``%`` doubled, ``LIKE`` →
    ``ILIKE``, ``rowid`` → ``id``, ``[name]`` → ``"name"``, ``INSERT OR IGNORE`` →
    ``INSERT … ON CONFLICT DO NOTHING``, and the search's FTS5 ``MATCH`` on its tables → the hub's
    ``hub_match_<table>(phrase)`` (``customer_phones`` → ``hub_phones``), and every ``ORDER BY``
    term given SQLite's place for NULLs (:func:`_nulls_as_in_sqlite`)."""
    sql = _MATCH.sub(lambda m: f"SELECT * FROM hub_match_{m.group(1)}(?)", sql)  # the search's FTS5 tables
    # SQLite's "x IS ?" compares NULLs as values: PostgreSQL's IS [NOT] DISTINCT FROM
    sql = _IS_PARAM.sub(lambda m: "IS DISTINCT FROM " if m.group(1) else "IS NOT DISTINCT FROM ", sql)
    ignore = bool(_OR_IGNORE.match(sql))
    if ignore:
        sql = _OR_IGNORE.sub("INSERT INTO", sql, count=1)
    text = _nulls_as_in_sqlite(_rewrite(sql), never_null)
    if ignore:
        text = text.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return text


def _closing(sql: str, start: int) -> int:
    """The index of the ")" closing the "(" at ``start`` (strings skipped)."""
    depth, i, quote = 0, start, ""
    while i < len(sql):
        ch = sql[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced parentheses in {sql!r}")


def _rewrite(sql: str) -> str:
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":  # a string or a quoted name: copied as it is, its % doubled
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i:end + 1].replace("%", "%%"))
            i = end + 1
        elif ch == "-" and sql.startswith("--", i):  # a comment, to the end of its line
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "[" and (bracketed := _BRACKETED.match(sql, i)):  # SQLite's [name]
            out.append(f'"{bracketed.group(1)}"')
            i = bracketed.end()
        elif ch == "?":
            out.append("%s")
            i += 1
        elif ch == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_") \
                and (i == 0 or sql[i - 1] != ":"):
            name = _NAME.match(sql, i + 1)
            assert name is not None
            out.append(f"%({name.group()})s")
            i = name.end()
        elif ch == "%":
            out.append("%%")
            i += 1
        elif ch == "+" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] in "_(") and _unary(out):
            i += 1
        elif ch.isalpha() or ch == "_":
            name = _NAME.match(sql, i)
            assert name is not None
            word = name.group()
            before = sql[i - 1] if i else " "
            if word == "json_object" and sql.startswith("(", name.end()):  # compact, keys in order
                end = _closing(sql, name.end())
                out.append(f"hub_compact_json(json_build_object({_rewrite(sql[name.end() + 1:end])}))")
                i = end + 1
                continue
            word = _TABLE_REWRITES.get(word, word)
            out.append(_WORD_REWRITES.get(word if word != "like" else "LIKE", word) if before != "." else word)
            i = name.end()
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_.]*|\s+|.", re.DOTALL)
_CLAUSE_ENDS = {"LIMIT", "OFFSET", "FOR", "UNION", "EXCEPT", "INTERSECT", "WINDOW", "ROWS", "RANGE",
                "GROUPS", "FETCH"}


def _nulls_as_in_sqlite(text: str, never_null: frozenset[str] = frozenset()) -> str:
    """Each ``ORDER BY`` term with ``NULLS FIRST`` going up and ``NULLS LAST`` going down: SQLite
    sorts NULL below every value, PostgreSQL above, and the store's lists (their paging too)
    rely on SQLite's. A term that is a column never NULL (``id``, or one of ``never_null``, with
    or without its table's alias) is left as it is, so its index still serves the order."""
    if "ORDER BY" not in text.upper():
        return text
    tokens = _TOKEN.findall(text)
    out: list[str] = []
    depth = 0
    clauses: list[int] = []  # the depths at which an ORDER BY list is open
    term: list[str] = []

    def close_term() -> None:
        body = "".join(term)
        words = body.split()
        if words and "NULLS" not in (w.upper() for w in words):
            last = words[-1].upper()
            bare = words[:-1] if last in ("ASC", "DESC") else words
            column = bare[0].rsplit(".", 1)[-1].strip('"') if len(bare) == 1 else ""
            if not (column == "id" or column in never_null):
                kept = body.rstrip()
                body = kept + (" NULLS LAST" if last == "DESC" else " NULLS FIRST") + body[len(kept):]
        out.append(body)
        term.clear()

    for token in tokens:
        upper = token.upper()
        if clauses and depth == clauses[-1] and (token in (",", ")", ";") or upper in _CLAUSE_ENDS):
            close_term()
            if token != ",":
                clauses.pop()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        if clauses and depth >= clauses[-1] and not (token == "," and depth == clauses[-1]):
            term.append(token)
            continue
        out.append(token)
        if upper == "BY" and [t for t in out if not t.isspace()][-2:-1] == ["ORDER"]:
            clauses.append(depth)
    if clauses:
        close_term()
    return "".join(out)


_LIMIT_PARAM = re.compile(r"\b(LIMIT|OFFSET)\s+(\?|:[A-Za-z_]\w*)", re.IGNORECASE)


@lru_cache(maxsize=2048)
def limit_params(sql: str) -> tuple:
    """Which parameters give a ``LIMIT`` (positions of ``?`` counted from 0, or ``:names``): SQLite
    reads a negative limit as none, which the hub must be sent as NULL."""
    found = []
    for match in _LIMIT_PARAM.finditer(sql):
        if match.group(1).upper() != "LIMIT":
            continue
        marker = match.group(2)
        found.append(marker[1:] if marker.startswith(":") else sql.count("?", 0, match.start(2)))
    return tuple(found)


def _unary(out: list[str]) -> bool:
    """True when a "+" now would be unary (what was written before it ends an operand's start)."""
    text = "".join(out[-8:]).rstrip()
    if not text or text[-1] in "(,=<>":
        return True
    word = _LAST_WORD.search(text)
    return word is not None and word.group(1).upper() in _BEFORE_UNARY


_LAST_WORD = re.compile(r"([A-Za-z]+)$")


def inserts_into(sql: str) -> str | None:
    """The table an ``INSERT`` statement writes to (None for any other statement)."""
    found = _INSERT.match(sql)
    return found.group(1) if found else None
