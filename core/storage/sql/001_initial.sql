-- Arr Score Exporter schema 1: instances, snapshots and the versioned rows that reconstruct them.
--
-- Portable SQL for SQLite and PostgreSQL. Database::applyDialect() replaces, before running:
--   {{id}}    INTEGER PRIMARY KEY AUTOINCREMENT (SQLite)  |  BIGSERIAL PRIMARY KEY (PostgreSQL)
--   {{blob}}  BLOB                                        |  BYTEA
-- AUTOINCREMENT keeps ids from ever being reused, which the history below relies on.
-- Statements end with ';' at the end of a line; lines starting with '--' are comments.
--
-- Conventions: times are BIGINT milliseconds since 1970-01-01 UTC (NULL when unknown); flags are
-- 0/1 INTEGERs; lists are compact JSON arrays in TEXT; text columns are NULL for a null string and
-- '' for an empty one, so both survive a round trip.
--
-- History: each distinct version of a file, quality profile or custom format is one row, valid from
-- snapshot valid_from (inclusive) until snapshot valid_to (exclusive; NULL while current), with a
-- 64-bit hash of its content. Snapshot ids only increase, so the rows of snapshot S of an instance are
--   instance_id = :instance AND valid_from <= S AND (valid_to IS NULL OR valid_to > S)
-- and an unchanged re-sync adds a snapshots row and nothing else.

CREATE TABLE schema_version (
    version INTEGER NOT NULL PRIMARY KEY,
    applied_at BIGINT NOT NULL
);

-- One row per configured instance, found by name. The url never holds credentials or an API key.
CREATE TABLE instances (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    url TEXT NOT NULL
);

-- One row per sync. complete is set as the last write of the sync's transaction; readers ignore
-- rows where it is 0. warnings is a JSON array of strings.
CREATE TABLE snapshots (
    id {{id}},
    instance_id BIGINT NOT NULL REFERENCES instances (id),
    url TEXT NOT NULL,
    started_at BIGINT,
    finished_at BIGINT,
    app_name TEXT,
    version TEXT,
    strategy TEXT,
    scores_available INTEGER NOT NULL,
    request_count INTEGER NOT NULL,
    file_count INTEGER NOT NULL,
    warnings TEXT NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX snapshots_instance ON snapshots (instance_id, id);

-- format_items: [[formatId,"name",score],...]
-- qualities: [[qualityId,"name",resolution,allowed,groupId,"groupName"],...] in the profile's order.
CREATE TABLE profile_versions (
    id {{id}},
    instance_id BIGINT NOT NULL REFERENCES instances (id),
    profile_id BIGINT NOT NULL,
    valid_from BIGINT NOT NULL REFERENCES snapshots (id),
    valid_to BIGINT REFERENCES snapshots (id),
    content_hash BIGINT NOT NULL,
    name TEXT,
    upgrade_allowed INTEGER NOT NULL,
    cutoff INTEGER NOT NULL,
    min_format_score INTEGER NOT NULL,
    cutoff_format_score INTEGER NOT NULL,
    min_upgrade_format_score INTEGER,
    format_items TEXT NOT NULL,
    qualities TEXT NOT NULL,
    definition {{blob}}
);
CREATE INDEX profile_versions_membership ON profile_versions (instance_id, valid_to, valid_from);
CREATE INDEX profile_versions_profile ON profile_versions (instance_id, profile_id);

CREATE TABLE format_versions (
    id {{id}},
    instance_id BIGINT NOT NULL REFERENCES instances (id),
    format_id BIGINT NOT NULL,
    valid_from BIGINT NOT NULL REFERENCES snapshots (id),
    valid_to BIGINT REFERENCES snapshots (id),
    content_hash BIGINT NOT NULL,
    name TEXT,
    definition {{blob}}
);
CREATE INDEX format_versions_membership ON format_versions (instance_id, valid_to, valid_from);
CREATE INDEX format_versions_format ON format_versions (instance_id, format_id);

-- A file is (instance_id, file_id); its item is (instance_id, item_id): the movie, or the series of an
-- episode file (the episodes' own ids are in episode_ids).
-- episodes, episode_ids: [1,2]; custom_formats: [[id,"name"],...]; languages, genres: ["a","b"].
-- custom_format_score is NULL when the server cannot score (never 0 for unknown).
CREATE TABLE file_versions (
    id {{id}},
    instance_id BIGINT NOT NULL REFERENCES instances (id),
    valid_from BIGINT NOT NULL REFERENCES snapshots (id),
    valid_to BIGINT REFERENCES snapshots (id),
    content_hash BIGINT NOT NULL,
    kind TEXT NOT NULL,
    file_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    title TEXT,
    year INTEGER NOT NULL,
    title_slug TEXT,
    series_title TEXT,
    season INTEGER NOT NULL,
    episodes TEXT NOT NULL,
    episode_ids TEXT NOT NULL,
    episode_title TEXT,
    quality TEXT,
    quality_id INTEGER NOT NULL,
    resolution INTEGER NOT NULL,
    quality_profile_id INTEGER NOT NULL,
    custom_formats TEXT NOT NULL,
    custom_format_score INTEGER,
    score_computed INTEGER NOT NULL,
    quality_cutoff_not_met INTEGER NOT NULL,
    size_bytes BIGINT NOT NULL,
    relative_path TEXT,
    release_group TEXT,
    edition TEXT,
    video_codec TEXT,
    audio_codec TEXT,
    audio_channels DOUBLE PRECISION NOT NULL,
    dynamic_range TEXT,
    media_resolution TEXT,
    languages TEXT NOT NULL,
    genres TEXT NOT NULL,
    collection TEXT,
    date_added BIGINT
);
-- Current rows (valid_to IS NULL) for the next sync, and the membership of older snapshots.
CREATE INDEX file_versions_membership ON file_versions (instance_id, valid_to, valid_from);
-- The history of one movie or series (and of its files: add file_id to the condition).
CREATE INDEX file_versions_item ON file_versions (instance_id, item_id, file_id);
