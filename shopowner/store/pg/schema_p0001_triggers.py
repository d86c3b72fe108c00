"""p0001, continued: the triggers that keep the customers' list columns, in plpgsql.

SQLite's twins (m0003, m0010) keep ``customers.list_phone`` (the first unmasked phone),
``customers.tag_names`` (the tag names in order, joined by 、) and the stage after a WeChat add.
"""

TRIGGERS = """
-- a bulk load (a move) copies these columns as they are and sets this for its transaction
-- (SET LOCAL shopowner.bulk_load = 'on'): the triggers then leave them, and the search, alone
CREATE FUNCTION hub_bulk_load() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('shopowner.bulk_load', true), '') = 'on'
$$;

CREATE FUNCTION keep_list_phone(who BIGINT) RETURNS void LANGUAGE sql AS $$
    UPDATE customers SET list_phone = coalesce((SELECT value FROM customer_identities i
        WHERE i.customer_id = who AND i.kind = 'phone' ORDER BY i.masked, i.id LIMIT 1), '')
    WHERE id = who
$$;

CREATE FUNCTION keep_tag_names(who BIGINT) RETURNS void LANGUAGE sql AS $$
    UPDATE customers SET tag_names = coalesce((SELECT string_agg(t.name, '、' ORDER BY t.name)
        FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = who), '')
    WHERE id = who
$$;

CREATE FUNCTION identities_list_phone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF hub_bulk_load() THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND (TG_OP = 'UPDATE' OR OLD.kind = 'phone') THEN
        PERFORM keep_list_phone(OLD.customer_id);
    END IF;
    IF TG_OP = 'UPDATE' OR (TG_OP = 'INSERT' AND NEW.kind = 'phone') THEN
        PERFORM keep_list_phone(NEW.customer_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER identities_list_phone AFTER INSERT OR UPDATE OR DELETE ON customer_identities
    FOR EACH ROW EXECUTE FUNCTION identities_list_phone();

CREATE FUNCTION customer_tags_tag_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF hub_bulk_load() THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM keep_tag_names(OLD.customer_id);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM keep_tag_names(NEW.customer_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER customer_tags_tag_names AFTER INSERT OR UPDATE OR DELETE ON customer_tags
    FOR EACH ROW EXECUTE FUNCTION customer_tags_tag_names();

CREATE FUNCTION tags_tag_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM keep_tag_names(ct.customer_id) FROM customer_tags ct WHERE ct.tag_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER tags_tag_names AFTER UPDATE OF name ON tags
    FOR EACH ROW EXECUTE FUNCTION tags_tag_names();

CREATE FUNCTION customers_stage_wechat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customers SET stage = (CASE WHEN order_count >= 4 THEN 'loyal'
        WHEN order_count >= 2 THEN 'repeat' WHEN wechat_status = 'added' THEN 'added'
        ELSE 'new' END) WHERE id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER customers_stage_wechat AFTER UPDATE OF wechat_status ON customers
    FOR EACH ROW WHEN (NEW.stage_manual = 0 AND NEW.stage <> 'dormant')
    EXECUTE FUNCTION customers_stage_wechat();
"""
