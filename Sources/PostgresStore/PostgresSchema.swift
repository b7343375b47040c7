/// The PostgreSQL store's schema as numbered migrations, recorded in `marsad_schema`; the same
/// tables as the SQLite store's, plus `work`, the keys of inputs being or already ingested, which
/// several ingest processes claim with `FOR UPDATE SKIP LOCKED`.
enum PostgresSchema {
    /// Each entry upgrades version N to N+1; append, never edit.
    static let migrations: [String] = [
        """
        CREATE TABLE runs (
            id BIGSERIAL PRIMARY KEY,
            started TEXT NOT NULL, finished TEXT,
            inputs TEXT NOT NULL,
            new INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0,
            copies INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE articles (
            rowid BIGSERIAL PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,            -- 16 hex digits: FNV-1a of the clean text
            title TEXT, byline TEXT,
            published TEXT, published_source TEXT,
            source TEXT, url TEXT,
            input TEXT NOT NULL, encoding TEXT NOT NULL,
            text TEXT NOT NULL,
            raw BYTEA NOT NULL,
            paragraphs TEXT NOT NULL, sentences TEXT NOT NULL, removed TEXT NOT NULL, warnings TEXT NOT NULL,
            events TEXT, quotes TEXT,
            run BIGINT NOT NULL REFERENCES runs(id),
            terms TSVECTOR NOT NULL             -- SearchTerms (matching forms and stems), 'simple' configuration
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source, published);
        CREATE INDEX articles_terms ON articles USING GIN (terms);

        CREATE TABLE sightings (
            article BIGINT NOT NULL REFERENCES articles(rowid),
            url TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', input TEXT NOT NULL,
            run BIGINT NOT NULL REFERENCES runs(id),
            PRIMARY KEY (article, url, source, input)
        );
        CREATE INDEX sightings_url ON sightings(url);

        CREATE TABLE entities (
            article BIGINT NOT NULL REFERENCES articles(rowid), n INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
            norm TEXT NOT NULL, last TEXT NOT NULL,
            actor_id TEXT, place_id TEXT, actor TEXT, place TEXT, confidence TEXT, basis TEXT,
            PRIMARY KEY (article, n)
        );
        CREATE INDEX entities_norm ON entities(norm);
        CREATE INDEX entities_last ON entities(last);
        CREATE INDEX entities_actor ON entities(actor_id);
        CREATE INDEX entities_place ON entities(place_id);

        CREATE TABLE times (
            article BIGINT NOT NULL REFERENCES articles(rowid), n INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
            mod TEXT, anchor TEXT, hijri TEXT,
            PRIMARY KEY (article, n)
        );
        CREATE INDEX times_value ON times(value);

        CREATE TABLE events (
            article BIGINT NOT NULL REFERENCES articles(rowid), n INTEGER NOT NULL,   -- n: position in the events array
            cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT NOT NULL, goldstein DOUBLE PRECISION NOT NULL, quad INTEGER NOT NULL,
            sources TEXT NOT NULL, targets TEXT NOT NULL, source_codes TEXT NOT NULL, target_codes TEXT NOT NULL,
            date TEXT, place TEXT, polarity TEXT NOT NULL, modality TEXT NOT NULL, trigger TEXT NOT NULL,
            PRIMARY KEY (article, n)
        );
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_plover ON events(plover);

        CREATE TABLE failures (
            input TEXT PRIMARY KEY,
            run BIGINT NOT NULL REFERENCES runs(id),
            reason TEXT NOT NULL
        );

        -- One row per input article (hash of its origin and bytes), done once its batch committed.
        CREATE TABLE work (
            key TEXT PRIMARY KEY,
            done BOOLEAN NOT NULL DEFAULT false
        );
        """,
    ]

    /// The schema version this Marsad writes.
    static var version: Int { migrations.count }
}
