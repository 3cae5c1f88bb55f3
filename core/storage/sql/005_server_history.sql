-- Arr Score Exporter schema 5: the servers' own history (issue 12), kept to explain upgrades.
--
-- Conventions as in schema 1: times are BIGINT milliseconds since 1970-01-01 UTC; flags 0/1 INTEGERs;
-- text columns NULL for a null string and '' for an empty one. Rows of server_events and history_reads are
-- written in the transaction of the sync that read them, so a cancelled or failed sync stores none.
-- snapshot_id names that sync but is no foreign key: pruning a snapshot keeps the events it brought.

-- One row of GET /api/v3/history…, deduplicated on (instance, the server's id): the windows of two syncs
-- overlap a little so that nothing written during a sync is missed. event_type: grabbed,
-- downloadFolderImported, downloadFailed, downloadIgnored, fileDeleted, fileRenamed. item_id: the movie id
-- (Radarr) or the episode id (Sonarr, series_id its series; 0 for a movie). score: data.customFormatScore,
-- the score when it happened (NULL when the server kept none), never the recomputed top-level one.
-- file_id, size_bytes: 0 when unknown. reason: a deletion's (Upgrade, Manual, MissingFromDisk, …);
-- message: a failure's.
CREATE TABLE server_events (
    id {{id}},
    instance_id BIGINT NOT NULL REFERENCES instances (id),
    snapshot_id BIGINT NOT NULL,
    server_id BIGINT NOT NULL,
    event_type TEXT NOT NULL,
    event_date BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    series_id BIGINT NOT NULL,
    source_title TEXT,
    quality TEXT,
    download_id TEXT,
    score INTEGER,
    release_source TEXT,
    indexer TEXT,
    release_group TEXT,
    size_bytes BIGINT NOT NULL,
    torrent_info_hash TEXT,
    release_hash TEXT,
    guid TEXT,
    file_id BIGINT NOT NULL,
    reason TEXT,
    message TEXT
);
CREATE UNIQUE INDEX server_events_server_id ON server_events (instance_id, server_id);
CREATE INDEX server_events_item ON server_events (instance_id, item_id, event_date);

-- One successful read of a server's history, by the sync (snapshot) it came with: the next sync of the
-- instance reads from the newest read_through. grab_scores, import_scores: whether the server's version keeps
-- data.customFormatScore on grabs and on imports (Radarr 4.3.1 / 4.4.2, Sonarr v4).
CREATE TABLE history_reads (
    snapshot_id BIGINT NOT NULL PRIMARY KEY,
    instance_id BIGINT NOT NULL REFERENCES instances (id),
    read_from BIGINT NOT NULL,
    read_through BIGINT NOT NULL,
    event_count INTEGER NOT NULL,
    request_count INTEGER NOT NULL,
    grab_scores INTEGER NOT NULL,
    import_scores INTEGER NOT NULL
);
CREATE INDEX history_reads_instance ON history_reads (instance_id, read_through);

-- The catalogue ids that pair the items of two instances: a movie's tmdbId (kind 'movie', item_id the movie
-- id), a series' tvdbId (kind 'series', item_id the series id). They do not change, so one row per item,
-- written when first seen and corrected when a server says otherwise.
CREATE TABLE item_external_ids (
    instance_id BIGINT NOT NULL REFERENCES instances (id),
    kind TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    external_id BIGINT NOT NULL,
    PRIMARY KEY (instance_id, kind, item_id)
);

-- Radarr: the score /movie gave a file in a snapshot, where it embedded computed custom formats; the audit
-- compares it with the file's /moviefile score. Removed with its snapshot by prune.
CREATE TABLE item_list_scores (
    snapshot_id BIGINT NOT NULL,
    file_id BIGINT NOT NULL,
    score INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, file_id)
);
