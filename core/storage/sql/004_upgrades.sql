-- Arr Score Exporter schema 4: release lookups, their verdicts, and the searches and grabs sent.
--
-- Conventions as in schema 1: times are BIGINT milliseconds since 1970-01-01 UTC; flags 0/1 INTEGERs;
-- lists compact JSON arrays in TEXT. Rows name their instance by its configured name rather than by
-- instances.id: a lookup or search can be made before the instance's first sync stored it, and the
-- record outlives prunes. No row holds an API key or a URL.
--
-- The hourly caps (release_lookups_per_hour, searches_per_hour) are counted from these rows, so runs of
-- the CLI and the app share them: a lookup is stored as 'running' before it is sent, a search as
-- 'sending', both inside the write transaction that counted the last hour.

-- One GET api/v3/release. scope: 'movie' (request_id = movie id), 'episode' (request_id = episode id) or
-- 'season' (request_id = series id, season set). item_ids: the movie or episode ids it answers for.
-- state: running | done | failed | cancelled; error: why it failed, in words.
CREATE TABLE release_lookups (
    id {{id}},
    instance TEXT NOT NULL,
    app TEXT NOT NULL,
    scope TEXT NOT NULL,
    request_id BIGINT NOT NULL,
    season INTEGER,
    item_ids TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    state TEXT NOT NULL,
    error TEXT,
    request_count INTEGER NOT NULL,
    release_count INTEGER NOT NULL
);
CREATE INDEX release_lookups_started ON release_lookups (instance, started_at);

-- The releases one lookup returned, in the server's order (position from 0).
-- custom_formats: [[id,"name"],...]; rejections: ["…"]; episode_numbers: [1,2].
CREATE TABLE lookup_releases (
    lookup_id BIGINT NOT NULL REFERENCES release_lookups (id),
    position INTEGER NOT NULL,
    guid TEXT NOT NULL,
    indexer_id INTEGER NOT NULL,
    indexer TEXT,
    title TEXT,
    protocol TEXT,
    quality TEXT,
    quality_id INTEGER NOT NULL,
    resolution INTEGER NOT NULL,
    size_bytes BIGINT NOT NULL,
    custom_formats TEXT NOT NULL,
    custom_format_score INTEGER,
    approved INTEGER NOT NULL,
    temporarily_rejected INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    rejections TEXT NOT NULL,
    release_weight INTEGER NOT NULL,
    age_minutes DOUBLE PRECISION,
    publish_date BIGINT,
    seeders INTEGER,
    leechers INTEGER,
    season INTEGER,
    full_season INTEGER NOT NULL,
    episode_numbers TEXT NOT NULL,
    PRIMARY KEY (lookup_id, position)
);

-- The verdict of each item of a lookup (better | better-rejected | nothing-better | no-releases |
-- failed; deferred items are not looked up and not stored), with the item as it was checked. pick:
-- the position of the pick in lookup_releases, NULL without one.
CREATE TABLE lookup_verdicts (
    lookup_id BIGINT NOT NULL REFERENCES release_lookups (id),
    item_id BIGINT NOT NULL,
    series_id BIGINT NOT NULL,
    season INTEGER NOT NULL,
    episode INTEGER NOT NULL,
    file_id BIGINT NOT NULL,
    current_score INTEGER,
    quality TEXT,
    quality_id INTEGER NOT NULL,
    profile_id INTEGER NOT NULL,
    profile TEXT,
    title TEXT,
    verdict TEXT NOT NULL,
    pick INTEGER,
    release_count INTEGER NOT NULL,
    error TEXT,
    PRIMARY KEY (lookup_id, item_id)
);
CREATE INDEX lookup_verdicts_item ON lookup_verdicts (item_id, lookup_id);

-- One search sent: kind 'MoviesSearch' or 'EpisodeSearch' (one row per command) or 'grab' (one
-- release: release_guid, indexer_id, release_title). state: sending | not-sent | queued | started |
-- completed | failed | aborted | cancelled | orphaned | unknown | grabbed; message: the command's.
CREATE TABLE searches (
    id {{id}},
    instance TEXT NOT NULL,
    app TEXT NOT NULL,
    kind TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    command_id BIGINT,
    state TEXT NOT NULL,
    message TEXT,
    forced INTEGER NOT NULL,
    ended_at BIGINT,
    release_guid TEXT,
    indexer_id INTEGER,
    release_title TEXT
);
CREATE INDEX searches_sent ON searches (instance, sent_at);

-- The items of a search as they were when it was sent: what its outcome is measured against.
CREATE TABLE search_items (
    search_id BIGINT NOT NULL REFERENCES searches (id),
    item_id BIGINT NOT NULL,
    file_id BIGINT NOT NULL,
    score INTEGER,
    quality TEXT,
    quality_id INTEGER NOT NULL,
    profile_id INTEGER NOT NULL,
    title TEXT,
    PRIMARY KEY (search_id, item_id)
);
CREATE INDEX search_items_item ON search_items (item_id, search_id);
