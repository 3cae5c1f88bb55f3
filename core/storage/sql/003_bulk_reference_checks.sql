-- Arr Score Exporter schema 3: the references of the bulk tables checked once per statement on PostgreSQL.
--
-- PostgreSQL checks a FOREIGN KEY with one lookup and row lock per written row. A first save of 100,000
-- files writes 100,000 file_versions rows and as many file_episodes rows, and those checks were most of
-- the server's time (2.5 s of CPU for file_versions alone, against 0.7 s for the rows and their
-- indexes; see docs/PERFORMANCE.md). Here the foreign keys of file_versions and file_episodes are
-- replaced by statement-level triggers that check the same references, and more, with one set-based
-- query per statement over the rows it wrote (its transition table):
--   * file_versions (instance_id, valid_from) and (instance_id, valid_to) must be snapshots of that
--     instance. This is stronger than the foreign keys were (they did not tie a bound to the row's own
--     instance), and the instance exists because snapshots.instance_id still is a foreign key.
--   * file_episodes.instance_id must be an instance.
--   * deleting a snapshot or an instance that such a row still refers to is refused, and so is changing
--     the id or instance_id of a snapshot or the id of an instance.
-- Like a foreign key, the check takes a KEY SHARE lock, once per distinct referenced row, so that a
-- concurrent transaction cannot delete a snapshot that rows being written refer to, and a reference to
-- a row deleted meanwhile is refused. Errors are SQLSTATE 23503 (foreign_key_violation), as before.
-- The stored rows were checked by the foreign keys until now, so none needs checking here.
--
-- SQLite checks a foreign key with a cheap B-tree lookup, so it keeps its foreign keys and this
-- migration changes nothing there: the statements are in a PostgreSQL-only block (Database::applyDialect).
-- A $$-quoted function body may end lines with ';' (Database's statement splitter knows).
-- The constraint names are PostgreSQL's defaults for the unnamed foreign keys of schemas 1 and 2.
-- The functions keep the search_path they were created with, so that they find their own schema's
-- tables whatever the search_path of the session that fires them.

{{postgres}}
ALTER TABLE file_versions DROP CONSTRAINT file_versions_instance_id_fkey;
ALTER TABLE file_versions DROP CONSTRAINT file_versions_valid_from_fkey;
ALTER TABLE file_versions DROP CONSTRAINT file_versions_valid_to_fkey;
ALTER TABLE file_episodes DROP CONSTRAINT file_episodes_instance_id_fkey;

-- new_rows: the rows an INSERT, COPY or UPDATE of file_versions wrote.
CREATE FUNCTION arrscore_file_versions_refs() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    wanted BIGINT;
    held BIGINT;
BEGIN
    WITH refs AS (
        SELECT instance_id, valid_from AS snapshot_id FROM new_rows
        UNION SELECT instance_id, valid_to FROM new_rows WHERE valid_to IS NOT NULL),
    locked AS (
        SELECT s.id FROM snapshots s JOIN refs r ON r.snapshot_id = s.id AND r.instance_id = s.instance_id
        FOR KEY SHARE OF s)
    SELECT (SELECT COUNT(*) FROM refs), (SELECT COUNT(*) FROM locked) INTO wanted, held;
    IF held <> wanted THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'insert or update on table "file_versions" refers to a snapshot that does not exist or belongs to another instance';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER file_versions_refs_insert AFTER INSERT ON file_versions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION arrscore_file_versions_refs();
CREATE TRIGGER file_versions_refs_update AFTER UPDATE ON file_versions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION arrscore_file_versions_refs();

CREATE FUNCTION arrscore_file_episodes_refs() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    wanted BIGINT;
    held BIGINT;
BEGIN
    WITH refs AS (SELECT DISTINCT instance_id FROM new_rows),
    locked AS (SELECT i.id FROM instances i JOIN refs r ON r.instance_id = i.id FOR KEY SHARE OF i)
    SELECT (SELECT COUNT(*) FROM refs), (SELECT COUNT(*) FROM locked) INTO wanted, held;
    IF held <> wanted THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'insert or update on table "file_episodes" refers to an instance that does not exist';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER file_episodes_refs_insert AFTER INSERT ON file_episodes
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION arrscore_file_episodes_refs();
CREATE TRIGGER file_episodes_refs_update AFTER UPDATE ON file_episodes
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION arrscore_file_episodes_refs();

-- old_rows: the snapshots a DELETE removed. The pruner moves or deletes their file rows first.
CREATE FUNCTION arrscore_snapshots_deleted() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM old_rows o JOIN file_versions fv ON fv.instance_id = o.instance_id AND fv.valid_to = o.id)
        OR EXISTS (SELECT 1 FROM old_rows o JOIN file_versions fv ON fv.instance_id = o.instance_id AND fv.valid_from = o.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'delete on table "snapshots" would leave rows of "file_versions" without their snapshot';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER snapshots_refs_delete AFTER DELETE ON snapshots
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION arrscore_snapshots_deleted();

CREATE FUNCTION arrscore_instances_deleted() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM old_rows o JOIN file_episodes fe ON fe.instance_id = o.id)
        OR EXISTS (SELECT 1 FROM old_rows o JOIN file_versions fv ON fv.instance_id = o.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'delete on table "instances" would leave rows of "file_versions" or "file_episodes" without their instance';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER instances_refs_delete AFTER DELETE ON instances
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION arrscore_instances_deleted();

-- These fire only for an UPDATE that names the columns, which the app never does.
CREATE FUNCTION arrscore_snapshot_keys_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.instance_id IS DISTINCT FROM OLD.instance_id THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'the id and instance_id of a row of "snapshots" cannot change: file rows refer to them';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER snapshots_keys_fixed BEFORE UPDATE OF id, instance_id ON snapshots
    FOR EACH ROW EXECUTE FUNCTION arrscore_snapshot_keys_fixed();

CREATE FUNCTION arrscore_instance_id_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'the id of a row of "instances" cannot change: file rows refer to it';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER instances_id_fixed BEFORE UPDATE OF id ON instances
    FOR EACH ROW EXECUTE FUNCTION arrscore_instance_id_fixed();
{{/postgres}}
