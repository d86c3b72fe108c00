"""p0001, continued: the hub's customer search, kept by triggers as the shop file's FTS5 index is.

The same documents as ``store/customer_search.py`` builds in SQLite, so a word finds the same
customers on both back ends (tests/hub/test_search.py compares them):

- ``hub_customer_docs``: per customer its names, contacts, address and notes, one per line, under
  one ``pg_trgm`` GIN index (a word of 3+ characters is a substring of one of them, any case: a
  word never holds a line break, so it cannot span two), and ``pairs``,
  the tokens SQLite's 2-character piece index holds (each 2-character piece of the names, address
  and notes not starting with a space, split where FTS5's ``ascii`` tokenizer splits, i.e. at
  ASCII punctuation; plus ``^c`` for each token's first character, for one-character words);
- ``hub_order_docs``: per order its number, receiver and phone, and address, the same way;
- ``hub_phones``: every phone of a customer (identities and orders' receivers) with its last 4.

The triggers skip their work while ``shopowner.bulk_load`` is ``on`` (``SET LOCAL``, a bulk
load's transaction), which then calls ``hub_index_customers`` once for what it wrote.
"""

SEARCH = r"""
CREATE TABLE hub_customer_docs (
    customer_id BIGINT PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    doc TEXT NOT NULL,  -- names, contacts, address, notes: one per line
    pairs TEXT[] NOT NULL
);
CREATE INDEX hub_customer_docs_doc ON hub_customer_docs USING gin (doc gin_trgm_ops);
CREATE INDEX hub_customer_docs_pairs ON hub_customer_docs USING gin (pairs);

CREATE TABLE hub_order_docs (
    order_id BIGINT PRIMARY KEY REFERENCES orders(id) ON DELETE CASCADE,
    customer_id BIGINT NOT NULL,
    doc TEXT NOT NULL  -- number, receiver and phone, address: one per line
);
CREATE INDEX hub_order_docs_customer ON hub_order_docs (customer_id);
CREATE INDEX hub_order_docs_doc ON hub_order_docs USING gin (doc gin_trgm_ops);

CREATE TABLE hub_phones (
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    phone TEXT NOT NULL,
    tail TEXT NOT NULL,
    PRIMARY KEY (customer_id, phone)
);
CREATE INDEX hub_phones_tail ON hub_phones (tail);
CREATE INDEX hub_phones_phone ON hub_phones (phone);

-- SQLite's lower() folds ASCII letters only
CREATE FUNCTION hub_ascii_lower(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
$$;

CREATE FUNCTION hub_phone(v TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(replace(replace(v, ' ', ''), '-', ''), '+86', ''), '(', '')
$$;

-- a character FTS5's ascii tokenizer keeps in a token: ASCII letters and digits, anything not ASCII
CREATE FUNCTION hub_word_char(c TEXT) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT c <> '' AND (ascii(c) >= 128 OR ascii(c) BETWEEN 48 AND 57 OR ascii(c) BETWEEN 65 AND 90
                        OR ascii(c) BETWEEN 97 AND 122)
$$;

-- the tokens of the 2-character pieces of ``t`` not starting with a space (the first 1,000
-- positions, as SQLite's search_seq), each with ``^`` and its first character
CREATE FUNCTION hub_pairs(t TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH pieces AS (
        SELECT substr(t, i, 1) AS a, substr(t, i + 1, 1) AS b
        FROM generate_series(1, least(length(t) - 1, 1000)) AS i),
    kept AS (SELECT a, b, hub_word_char(a) AS wa, hub_word_char(b) AS wb FROM pieces WHERE a <> ' '),
    tokens AS (SELECT CASE WHEN wa AND wb THEN a || b WHEN wa THEN a ELSE b END AS token
               FROM kept WHERE wa OR wb)
    SELECT coalesce(array_agg(DISTINCT x), '{}') FROM (
        SELECT token AS x FROM tokens UNION ALL SELECT '^' || left(token, 1) FROM tokens) AS both_kinds
$$;

CREATE FUNCTION hub_index_customers(ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM hub_customer_docs WHERE customer_id IN (SELECT unnest(ids));
    DELETE FROM hub_order_docs WHERE customer_id IN (SELECT unnest(ids));
    DELETE FROM hub_phones WHERE customer_id IN (SELECT unnest(ids));
    INSERT INTO hub_customer_docs (customer_id, doc, pairs)
    SELECT c.id, c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark || E'\n'
        || coalesce((SELECT string_agg(value, ' ' ORDER BY i.id) FROM customer_identities i
                     WHERE i.customer_id = c.id AND i.kind <> 'name_address'), '') || ' ' || c.wechat_account
        || E'\n' || c.province || c.city || c.district || c.address || E'\n'
        || c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END,
        hub_pairs(hub_ascii_lower(c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark
                  || ' ' || c.province || c.city || c.district || c.address || ' ' || c.notes || ' '))
    FROM customers c WHERE c.id IN (SELECT unnest(ids));
    INSERT INTO hub_order_docs (order_id, customer_id, doc)
    SELECT o.id, o.customer_id, o.platform_order_id || E'\n'
        || CASE WHEN o.receiver_name = c.name THEN '' ELSE o.receiver_name END || ' ' || o.receiver_phone || E'\n'
        || CASE WHEN o.address = c.address THEN '' ELSE o.province || o.city || o.district || o.address END
    FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.customer_id IN (SELECT unnest(ids));
    INSERT INTO hub_phones (customer_id, phone, tail)
    SELECT DISTINCT customer_id, p, right(p, 4) FROM (
        SELECT customer_id, hub_phone(value) AS p FROM customer_identities
            WHERE kind = 'phone' AND customer_id IN (SELECT unnest(ids))
        UNION SELECT customer_id, hub_phone(receiver_phone) FROM orders
            WHERE receiver_phone <> '' AND customer_id IN (SELECT unnest(ids))) AS phones
    WHERE length(p) >= 4;
END $$;

-- one statement's customers, re-indexed once (a bulk update touches each customer once)
CREATE FUNCTION hub_search_customers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT hub_bulk_load() THEN
        IF TG_OP = 'DELETE' THEN
            RETURN NULL;  -- the documents go with the customer (ON DELETE CASCADE)
        END IF;
        PERFORM hub_index_customers(array_agg(id)) FROM changed;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER hub_search_customers_ins AFTER INSERT ON customers
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION hub_search_customers();
CREATE TRIGGER hub_search_customers_upd AFTER UPDATE ON customers
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION hub_search_customers();

-- identities and orders: their customers (before and after the change) re-indexed
CREATE FUNCTION hub_search_children() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT hub_bulk_load() THEN
        IF TG_OP = 'INSERT' THEN
            PERFORM hub_index_customers(array_agg(DISTINCT customer_id)) FROM added;
        ELSIF TG_OP = 'DELETE' THEN
            PERFORM hub_index_customers(array_agg(DISTINCT customer_id)) FROM removed;
        ELSE
            PERFORM hub_index_customers(array_agg(DISTINCT customer_id))
                FROM (SELECT customer_id FROM added UNION SELECT customer_id FROM removed) AS both_sides;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER hub_search_identities_ins AFTER INSERT ON customer_identities
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION hub_search_children();
CREATE TRIGGER hub_search_identities_upd AFTER UPDATE ON customer_identities
    REFERENCING NEW TABLE AS added OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION hub_search_children();
CREATE TRIGGER hub_search_identities_del AFTER DELETE ON customer_identities
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION hub_search_children();
CREATE TRIGGER hub_search_orders_ins AFTER INSERT ON orders
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION hub_search_children();
CREATE TRIGGER hub_search_orders_upd AFTER UPDATE ON orders
    REFERENCING NEW TABLE AS added OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION hub_search_children();
CREATE TRIGGER hub_search_orders_del AFTER DELETE ON orders
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION hub_search_children();
"""
