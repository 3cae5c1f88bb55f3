-- Arr Score Exporter schema 2: episodes as items of their own, for history and diff.
--
-- An item is (instance, movie id) or (instance, episode id). file_versions keeps a file's episode ids
-- as JSON text, which no index can reach, so this table lists, for every episode file ever stored,
-- which episodes it held. It is keyed on the file, not on a version row: a re-scored file adds nothing
-- here, and an unchanged re-sync adds nothing either. series_id lets the lookup use file_versions_item.
-- Rows whose file has no version row left are removed by prune.
--
-- {{json_values(EXPR) AS ALIAS}} expands to a table of the JSON array EXPR's elements in ALIAS.value
-- (json_each on SQLite, json_array_elements_text on PostgreSQL).

CREATE TABLE file_episodes (
    instance_id BIGINT NOT NULL REFERENCES instances (id),
    episode_id BIGINT NOT NULL,
    file_id BIGINT NOT NULL,
    series_id BIGINT NOT NULL,
    PRIMARY KEY (instance_id, episode_id, file_id)
);

-- Episode files stored by schema 1.
INSERT INTO file_episodes (instance_id, episode_id, file_id, series_id)
SELECT DISTINCT fv.instance_id, CAST(e.value AS BIGINT), fv.file_id, fv.item_id
FROM file_versions fv, {{json_values(fv.episode_ids) AS e}}
WHERE fv.kind = 'episode';
