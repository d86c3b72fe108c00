"""p0001, continued: the hub's customer search, kept by triggers as the shop file's FTS5 index is.

The same documents as ``store/customer_search.py`` builds in SQLite, so a word finds the same
customers on both back ends (tests/hub/test_search.py compares them):

- ``hub_customer_docs``: per customer its names, contacts, address and notes (a ``pg_trgm`` GIN
  index on each: a word of 3+ characters is a substring of one of them, any case), and ``pairs``,
  the tokens SQLite's 2-character piece index holds (each 2-character piece of the names, address
  and notes not starting with a space, split where FTS5's ``ascii`` tokenizer splits, i.e. at
  ASCII punctuation; plus ``^c`` for each token's first character, for one-character words);
- ``hub_order_docs``: per order its number, receiver and phone, and address (trigram indexes);
- ``hub_phones``: every phone of a customer (identities and orders' receivers) with its last 4.

The triggers skip their work while ``shopowner.search_paused`` is ``on`` (``SET LOCAL``, a bulk
load's transaction), which then calls ``hub_index_customers`` once for what it wrote.
"""

SEARCH = r"""
CREATE TABLE hub_customer_docs (
    customer_id BIGINT PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    names TEXT NOT NULL,
    contacts TEXT NOT NULL,
    address TEXT NOT NULL,
    notes TEXT NOT NULL,
    pairs TEXT[] NOT NULL
);
CREATE INDEX hub_customer_docs_names ON hub_customer_docs USING gin (names gin_trgm_ops);
CREATE INDEX hub_customer_docs_contacts ON hub_customer_docs USING gin (contacts gin_trgm_ops);
CREATE INDEX hub_customer_docs_address ON hub_customer_docs USING gin (address gin_trgm_ops);
CREATE INDEX hub_customer_docs_notes ON hub_customer_docs USING gin (notes gin_trgm_ops);
CREATE INDEX hub_customer_docs_pairs ON hub_customer_docs USING gin (pairs);

CREATE TABLE hub_order_docs (
    order_id BIGINT PRIMARY KEY REFERENCES orders(id) ON DELETE CASCADE,
    customer_id BIGINT NOT NULL,
    number TEXT NOT NULL,
    receiver TEXT NOT NULL,
    address TEXT NOT NULL
);
CREATE INDEX hub_order_docs_customer ON hub_order_docs (customer_id);
CREATE INDEX hub_order_docs_number ON hub_order_docs USING gin (number gin_trgm_ops);
CREATE INDEX hub_order_docs_receiver ON hub_order_docs USING gin (receiver gin_trgm_ops);
CREATE INDEX hub_order_docs_address ON hub_order_docs USING gin (address gin_trgm_ops);

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

-- the tokens of the 2-character pieces of ``t`` (the first 1,000 positions, as SQLite's search_seq)
CREATE FUNCTION hub_pairs(t TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH tokens AS (
        SELECT token FROM generate_series(1, least(length(t) - 1, 1000)) AS i,
            regexp_split_to_table(substr(t, i, 2), '[\x01-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]') AS token
        WHERE substr(t, i, 1) <> ' ' AND token <> '')
    SELECT coalesce(array_agg(DISTINCT x), '{}') FROM (
        SELECT token AS x FROM tokens UNION SELECT '^' || left(token, 1) FROM tokens) AS both_kinds
$$;

CREATE FUNCTION hub_index_customers(ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM hub_customer_docs WHERE customer_id = ANY(ids);
    DELETE FROM hub_order_docs WHERE customer_id = ANY(ids);
    DELETE FROM hub_phones WHERE customer_id = ANY(ids);
    INSERT INTO hub_customer_docs (customer_id, names, contacts, address, notes, pairs)
    SELECT c.id, c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark,
        coalesce((SELECT string_agg(value, ' ' ORDER BY i.id) FROM customer_identities i
                  WHERE i.customer_id = c.id AND i.kind <> 'name_address'), '') || ' ' || c.wechat_account,
        c.province || c.city || c.district || c.address,
        c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END,
        hub_pairs(hub_ascii_lower(c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark
                  || ' ' || c.province || c.city || c.district || c.address || ' ' || c.notes || ' '))
    FROM customers c WHERE c.id = ANY(ids);
    INSERT INTO hub_order_docs (order_id, customer_id, number, receiver, address)
    SELECT o.id, o.customer_id, o.platform_order_id,
        CASE WHEN o.receiver_name = c.name THEN '' ELSE o.receiver_name END || ' ' || o.receiver_phone,
        CASE WHEN o.address = c.address THEN '' ELSE o.province || o.city || o.district || o.address END
    FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.customer_id = ANY(ids);
    INSERT INTO hub_phones (customer_id, phone, tail)
    SELECT DISTINCT customer_id, p, right(p, 4) FROM (
        SELECT customer_id, hub_phone(value) AS p FROM customer_identities
            WHERE kind = 'phone' AND customer_id = ANY(ids)
        UNION SELECT customer_id, hub_phone(receiver_phone) FROM orders
            WHERE receiver_phone <> '' AND customer_id = ANY(ids)) AS phones
    WHERE length(p) >= 4;
END $$;

CREATE FUNCTION hub_search_paused() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('shopowner.search_paused', true), '') = 'on'
$$;

-- one statement's customers, re-indexed once (a bulk update touches each customer once)
CREATE FUNCTION hub_search_customers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT hub_search_paused() THEN
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
    IF NOT hub_search_paused() THEN
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
