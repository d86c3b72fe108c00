"""p0001, continued: SQLite's functions the store's SQL calls, by the same names, on the hub.

The hub's connections put ``public`` before ``pg_catalog`` in their search path, so these are
found first: ``group_concat`` (one or two arguments), ``instr``, ``ifnull``, the two-argument
scalar ``max``/``min``, a ``sum`` of comparisons (SQLite counts true as 1), ``json_each`` over
an array (its elements as text: the store casts them, ``CAST(value AS INTEGER)``), the date
functions with the forms the store uses — ``julianday(text)``, ``date(text [, '+N days'])``,
``datetime(text | julian day)`` — and ``json_extract(text, '$.key')``. Dates are text as the shop
file keeps them (``YYYY-MM-DD HH:MM:SS``); an unreadable one gives NULL, as in SQLite.
"""

COMPAT = r"""
CREATE FUNCTION hub_concat_step(acc TEXT, value ANYNONARRAY, sep TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN value IS NULL THEN acc WHEN acc IS NULL THEN value::text ELSE acc || sep || value::text END
$$;
CREATE AGGREGATE group_concat(ANYNONARRAY, TEXT) (SFUNC = hub_concat_step, STYPE = TEXT);
CREATE FUNCTION hub_concat_step(acc TEXT, value ANYNONARRAY) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN value IS NULL THEN acc WHEN acc IS NULL THEN value::text ELSE acc || ',' || value::text END
$$;
CREATE AGGREGATE group_concat(ANYNONARRAY) (SFUNC = hub_concat_step, STYPE = TEXT);

CREATE FUNCTION hub_sum_step(acc BIGINT, value BOOLEAN) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN value IS NULL THEN acc ELSE coalesce(acc, 0) + value::int END
$$;
CREATE AGGREGATE sum(BOOLEAN) (SFUNC = hub_sum_step, STYPE = BIGINT);

CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT strpos(haystack, needle)
$$;
""" + "".join(  # ifnull(a, b), and SQLite's two-argument scalar max/min (NULL if either is), per type
    f"""CREATE FUNCTION {name}(a {t}, b {t}) RETURNS {t} LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT {body}
$$;
""" for name, body, types in (
        ("ifnull", "coalesce(a, b)", ("TEXT", "BIGINT")),
        ("max", "CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE greatest(a, b) END", ("BIGINT", "FLOAT8", "TEXT")),
        ("min", "CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE least(a, b) END", ("BIGINT", "FLOAT8", "TEXT")))
    for t in types) + r"""
CREATE FUNCTION hub_timestamp(t TEXT) RETURNS TIMESTAMP LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN replace(t, 'T', ' ')::timestamp;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;
CREATE FUNCTION julianday(t TEXT) RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT extract(epoch FROM hub_timestamp(t))::double precision / 86400.0 + 2440587.5
$$;
CREATE FUNCTION datetime(j DOUBLE PRECISION) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_char(to_timestamp(round(((j - 2440587.5) * 86400)::numeric)) AT TIME ZONE 'UTC',
                   'YYYY-MM-DD HH24:MI:SS')
$$;
CREATE FUNCTION datetime(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_char(hub_timestamp(t), 'YYYY-MM-DD HH24:MI:SS')
$$;
CREATE FUNCTION date(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_char(hub_timestamp(t), 'YYYY-MM-DD')
$$;
-- the one modifier the store uses: '+N day(s)' / '-N days'
CREATE FUNCTION date(t TEXT, modifier TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_char(hub_timestamp(t) + modifier::interval, 'YYYY-MM-DD')
$$;
CREATE FUNCTION json_valid(t TEXT) RETURNS INTEGER LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    PERFORM t::jsonb;
    RETURN CASE WHEN t IS NULL THEN NULL ELSE 1 END;
EXCEPTION WHEN others THEN
    RETURN 0;
END $$;
-- SQLite's json_object text: no spaces, the keys in the order given (json_object → this)
CREATE FUNCTION hub_compact_json(j JSON) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT '{' || coalesce(string_agg(to_json(e.key)::text || ':' || e.value::text, ',' ORDER BY e.n), '') || '}'
    FROM pg_catalog.json_each(j) WITH ORDINALITY AS e(key, value, n)
$$;
-- over a JSON array (the store's lists of ids or keys): its elements as text, by position
CREATE FUNCTION json_each(t TEXT) RETURNS TABLE(key BIGINT, value TEXT) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT n - 1, v FROM jsonb_array_elements_text(t::jsonb) WITH ORDINALITY AS e(v, n)
$$;
CREATE FUNCTION json_extract(t TEXT, path TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (t::jsonb) #>> string_to_array(substr(path, 3), '.')
$$;

-- The shop file's search, asked of the hub's documents (schema_p0001_search): the store's
-- "SELECT rowid FROM customer_search WHERE customer_search MATCH ?" and its twins for orders and
-- the 2-character pieces reach these (store/pg/dialect.py), with the same FTS5 phrase: "word",
-- or "w"* for one character's prefix
CREATE FUNCTION hub_phrase_word(phrase TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(substr(rtrim(phrase, '*'), 2, length(rtrim(phrase, '*')) - 2), '""', '"')
$$;
CREATE FUNCTION hub_like_pattern(word TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT '%' || replace(replace(replace(word, '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;
CREATE FUNCTION hub_match_customer_search(phrase TEXT) RETURNS SETOF BIGINT LANGUAGE sql STABLE AS $$
    SELECT customer_id FROM hub_customer_docs WHERE doc ILIKE hub_like_pattern(hub_phrase_word(phrase))
$$;
CREATE FUNCTION hub_match_order_search(phrase TEXT) RETURNS SETOF BIGINT LANGUAGE sql STABLE AS $$
    SELECT order_id FROM hub_order_docs WHERE doc ILIKE hub_like_pattern(hub_phrase_word(phrase))
$$;
-- the phrase's first token as FTS5's ascii tokenizer cuts it; a prefix ("w"*): ^ and its first character
CREATE FUNCTION hub_pairs_key(phrase TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN right(phrase, 1) = '*' THEN '^' || left(token, 1) ELSE token END
    FROM (SELECT coalesce((SELECT t FROM regexp_split_to_table(hub_phrase_word(phrase),
                 '[\x01-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]') AS t WHERE t <> '' LIMIT 1), '') AS token) AS first
$$;
CREATE FUNCTION hub_match_customer_bigrams(phrase TEXT) RETURNS SETOF BIGINT LANGUAGE sql STABLE AS $$
    SELECT customer_id FROM hub_customer_docs WHERE pairs @> ARRAY[hub_pairs_key(phrase)]
$$;
"""
