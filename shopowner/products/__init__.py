"""Products (商品): the list built from the imported order items, with each one's print name, cost,
private price and private-only (私域特供) flag, and what it sold. See :mod:`.catalogue`."""
