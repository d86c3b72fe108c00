"""p0004: the customer book's sort indexes in SQLite's order of NULLs (no SQLite twin: the file
sorts that way already).

The store's sorts expect NULL below every value; on the hub every ``ORDER BY`` term that may be
NULL is asked for that way (``dialect._nulls_as_in_sqlite``): ``x NULLS FIRST`` going up, ``x
DESC NULLS LAST`` going down. A plain index (``NULLS LAST``) serves neither, so each page of the
book sorted every customer (110 ms on 200,000 against 2 ms in the file, ``hub_bench.py``). An
index built ``NULLS FIRST`` serves both directions. Only the sorts that are a nullable column or
an expression are rebuilt: the others are asked for in their plain order and keep their index.
"""

SORTS_NULLS_FIRST = """
DROP INDEX idx_customers_last_order;
CREATE INDEX idx_customers_last_order ON customers(last_order_at NULLS FIRST);
DROP INDEX idx_customers_first_order;
CREATE INDEX idx_customers_first_order ON customers(first_order_at NULLS FIRST);
DROP INDEX idx_customers_name_sort;
CREATE INDEX idx_customers_name_sort ON customers((CASE WHEN name <> '' THEN name ELSE nickname END)
    NULLS FIRST);
DROP INDEX idx_customers_wechat_sort;
CREATE INDEX idx_customers_wechat_sort ON customers((wechat_status || wechat_name) NULLS FIRST);
DROP INDEX idx_customers_stage_sort;
CREATE INDEX idx_customers_stage_sort ON customers((CASE stage WHEN 'new' THEN 0 WHEN 'added' THEN 1
    WHEN 'repeat' THEN 2 WHEN 'loyal' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END) NULLS FIRST);
"""
