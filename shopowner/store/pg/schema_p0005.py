"""p0005: the version of the other rows people edit (the SQLite shop's m0021_more_row_versions):
``products``, ``channels`` and ``moments_posts``, as p0002 put one on customers and feedback.
Added last, as SQLite adds them, so the columns stay in the file's order. And SQLite's
``json_array_length(text, '$.key')``, which the import history reads its old reports with
(p0001's other JSON functions are in ``schema_p0001_compat``)."""

MORE_ROW_VERSIONS = """
ALTER TABLE products ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE channels ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE moments_posts ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
CREATE FUNCTION json_array_length(t TEXT, path TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT json_array_length((t::json) #> string_to_array(substr(path, 3), '.'))
$$;
"""
