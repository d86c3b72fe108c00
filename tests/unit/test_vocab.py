"""One vocabulary per concept (``shopowner/vocab``): the keys the schema allows, the words in both
languages, and a customer's name said the same way in Python and in SQL."""

from __future__ import annotations

import re

import pytest

from shopowner.store.db import is_hub
from shopowner.vocab import feedback_kinds, followup_kinds, names, order_statuses, paid_via, platforms, stages

CJK = re.compile(r"[\u4e00-\u9fff]")


def _check_list(db, table: str, column: str) -> tuple[str, ...]:
    """The values a table's CHECK constraint allows for ``column``, as the shop file (or the hub:
    PostgreSQL words it ``column = ANY (ARRAY['a'::text, …])``) says."""
    if is_hub(db):
        checks = [r[0] for r in db.execute("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                                           "WHERE conrelid = CAST(? AS regclass) AND contype = 'c'", [table])]
        lists = [m.group(1) for c in checks
                 for m in [re.search(rf"\b{column} = ANY \(ARRAY\[([^\]]*)\]\)", c)] if m]
        assert len(lists) == 1, f"no CHECK on {table}.{column}: {checks}"
        return tuple(re.findall(r"'([^']*)'::text", lists[0]))
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                     [table]).fetchone()[0]
    found = re.search(rf"CHECK \((?:{column} IS NULL OR )?{column} IN \(([^)]*)\)\)", sql)
    assert found, f"no CHECK on {table}.{column}"
    return tuple(v.strip().strip("'") for v in found.group(1).split(","))


def test_the_schema_allows_exactly_the_vocabularys_keys(db):
    from shopowner.store.customer_query import SORTS
    from shopowner.store.customers import stage_rule

    assert set(_check_list(db, "followups", "kind")) == set(followup_kinds.KINDS)
    assert set(_check_list(db, "orders", "status")) == set(order_statuses.STATUSES)
    assert set(_check_list(db, "orders", "paid_via")) == {"", *paid_via.PAID_VIA}
    assert set(_check_list(db, "followups", "direction")) == set(followup_kinds.DIRECTIONS)
    assert set(_check_list(db, "feedback", "kind")) == set(feedback_kinds.KINDS)
    assert set(_check_list(db, "feedback", "status")) == set(feedback_kinds.STATUSES)
    # stages have no CHECK: the rule that sets them and the list's sort must name the same ones
    assert set(re.findall(r"(?:THEN|ELSE) '(\w+)'", stage_rule())) == set(stages.STAGES)
    assert set(re.findall(r"WHEN '(\w+)'", SORTS["stage"])) == set(stages.STAGES)


def test_every_platform_an_order_can_come_from_has_a_name_and_a_printed_name():
    from shopowner.imports.order_mapping import PLATFORM_CHOICES
    from shopowner.imports.platforms import LAYOUTS

    stored = {layout.key for layout in LAYOUTS} | set(PLATFORM_CHOICES) | {"manual"}
    assert stored <= set(platforms.PLATFORM_KEYS)
    assert set(platforms.PRINTED_NAMES) == set(platforms.PLATFORM_KEYS)
    for key in platforms.PLATFORM_KEYS:
        printed = platforms.printed_platform_name(key)
        assert printed == "" or CJK.search(printed), key  # cards print Chinese, or nothing
    assert platforms.platforms_label("taobao,jd") == "Taobao, JD"  # the language's own list separator (中文：、)


VOCABULARIES = [
    (platforms.PLATFORM_KEYS, platforms.platform_name),
    (stages.STAGES, stages.stage_label),
    (feedback_kinds.KINDS, feedback_kinds.kind_label),
    (feedback_kinds.STATUSES, feedback_kinds.status_label),
    (followup_kinds.KINDS, followup_kinds.kind_label),
    (followup_kinds.DIRECTIONS, followup_kinds.direction_label),
    (order_statuses.STATUSES, order_statuses.status_label),
    (paid_via.PAID_VIA, paid_via.paid_via_label),
]


def test_every_key_has_english_words(qapp):
    for keys, label in VOCABULARIES:
        words = [label(k) for k in keys]
        assert all(w and w != k and not CJK.search(w) for k, w in zip(keys, words)), words
        assert len(set(words)) == len(words), words  # two keys never read the same


def test_every_key_has_chinese_words(zh_translators):
    for keys, label in VOCABULARIES:
        words = [label(k) for k in keys]
        assert all(CJK.search(w) for w in words), words
        assert len(set(words)) == len(words), words


AWKWARD = [  # name, nickname, WeChat name, erased
    ("张三", "小张", "三哥", False),
    ("张三", "张三", "", False),
    ("", "小花", "花花", False),
    ("", "", "花花", False),
    ("", "", "", False),
    (" ", "小花", "", False),       # a name of spaces is a name (names are stored trimmed)
    ("", "", "", True),            # erased: every name blanked
]


def test_the_sql_name_and_the_python_name_agree(db):
    from shopowner.store.customers import add_customer
    from shopowner.store.names import CUSTOMER_NAME

    ids = [add_customer(db, name=n, nickname=k, wechat_name=w) for n, k, w, _ in AWKWARD]
    db.execute("UPDATE customers SET erased_at = '2024-06-01 10:00:00' WHERE id = ?", [ids[-1]])
    in_sql = dict(db.execute(f"SELECT c.id, {CUSTOMER_NAME} FROM customers c").fetchall())
    for cid, (n, k, w, _) in zip(ids, AWKWARD):
        assert in_sql[cid] == names.name_of(n, k, w), (n, k, w)
    assert [in_sql[i] for i in ids] == ["张三", "张三", "小花", "花花", "", " ", ""]


def test_one_rule_for_the_name_a_screen_shows(qapp):
    shown = [names.display_name(n, k, w, erased) for n, k, w, erased in AWKWARD]
    assert shown == ["张三", "张三", "小花", "花花", "(anonymous)", " ", "(personal data erased)"]
    title = names.title_of({"name": "张三", "nickname": "小张", "wechat_name": "", "erased_at": None})
    assert title == "张三（小张）"
    assert names.title_of({"name": "", "nickname": "", "wechat_name": "花花", "erased_at": None}) == "花花"
    assert names.shown_name("", 12) == "customer #12" and names.shown_name("", None) == ""
    assert names.shown_name("小花", 12) == "小花"


@pytest.mark.parametrize("module", ["customers.labels", "followups.feedback", "followups.log",
                                    "cards.batch"])
def test_no_module_keeps_its_own_copy_of_a_vocabulary(module):
    import importlib

    mod = importlib.import_module(f"shopowner.{module}")
    own = {n for n, v in vars(mod).items() if getattr(v, "__module__", mod.__name__) == mod.__name__}
    assert not own & {"stage_label", "platform_label", "platforms_label", "display_name", "kind_label",
                      "status_label", "direction_label", "feedback_kind_label", "followup_kind_label",
                      "PLATFORM_LABELS"}
