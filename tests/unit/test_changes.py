"""Change notices: what a write names, what a listener can ask, how hidden areas merge them."""

from __future__ import annotations

import pytest

from shopowner.changes import (
    CARDS, CUSTOMERS, FOLLOWUPS, ORDERS, SETTINGS, TOPICS, Change, customers_added,
    customers_edited, orders_imported,
)


def test_a_notice_names_topics_and_customers():
    change = customers_edited([3, 4], FOLLOWUPS, source="followups")
    assert change.touches(CUSTOMERS) and change.touches(FOLLOWUPS, CARDS)
    assert not change.touches(ORDERS, SETTINGS)
    assert change.touches_customer(3) and not change.touches_customer(5)
    assert not change.touches_customer(None) and not change.membership


def test_unknown_customers_concern_everyone_and_membership_says_query_again():
    imported = orders_imported()
    assert imported.touches_customer(12345) and imported.membership
    assert customers_added([7]).membership
    assert Change.everything().topics == TOPICS


def test_merging_what_a_hidden_area_missed():
    a = customers_edited([1])
    b = Change.of(CARDS, customer_ids=[2])
    both = a.merge(b)
    assert both.topics == {CUSTOMERS, CARDS} and both.customer_ids == {1, 2}
    assert not both.membership
    assert a.merge(orders_imported()).customer_ids is None
    assert a.merge(orders_imported()).membership


def test_a_misspelt_topic_is_refused():
    with pytest.raises(ValueError):
        Change.of("customer")
