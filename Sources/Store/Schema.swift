/// The store's schema as numbered migrations. `PRAGMA user_version` records the last one applied,
/// so an older database is upgraded in place and a newer one is refused.
enum Schema {
    /// Each entry upgrades version N to N+1; append, never edit.
    static let migrations: [String] = [
        // 1: articles, their sources, entities, times, runs, and the search index.
        """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,            -- 16 hex digits: FNV-1a of the clean text
            title TEXT, byline TEXT,
            published TEXT, published_source TEXT,
            source TEXT, url TEXT,              -- where it was first seen
            input TEXT NOT NULL, encoding TEXT NOT NULL,
            text TEXT NOT NULL,
            raw BLOB NOT NULL,                  -- the input body the `removed` offsets point into
            -- The document's other sections as compact JSON; with the rows of entities and times they
            -- give back the document `marsad analyze --format jsonl` wrote.
            paragraphs TEXT NOT NULL, sentences TEXT NOT NULL, removed TEXT NOT NULL, warnings TEXT NOT NULL,
            run INTEGER NOT NULL REFERENCES runs(id)
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source, published);

        -- Every place an article was seen: identical copies under other URLs or sources add rows here.
        CREATE TABLE sightings (
            article INTEGER NOT NULL REFERENCES articles(rowid),
            url TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            input TEXT NOT NULL,
            run INTEGER NOT NULL REFERENCES runs(id),
            PRIMARY KEY (article, url, source, input)
        ) WITHOUT ROWID;
        CREATE INDEX sightings_url ON sightings(url);

        CREATE TABLE entities (
            article INTEGER NOT NULL REFERENCES articles(rowid),
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, type TEXT NOT NULL,
            norm TEXT NOT NULL,                 -- the mention's matching form, for search --actor
            last TEXT NOT NULL                  -- its last word (لافروف in سيرغي لافروف): a surname finds the name
        );
        CREATE INDEX entities_article ON entities(article);
        CREATE INDEX entities_norm ON entities(norm);
        CREATE INDEX entities_last ON entities(last);

        CREATE TABLE times (
            article INTEGER NOT NULL REFERENCES articles(rowid),
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT, hijri TEXT
        );
        CREATE INDEX times_article ON times(article);
        CREATE INDEX times_value ON times(value);

        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL, finished TEXT,
            inputs TEXT NOT NULL,
            new INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0,
            copies INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0
        );
        -- The inputs that failed in their latest run (an input that later succeeds leaves this table).
        CREATE TABLE failures (
            input TEXT PRIMARY KEY,
            run INTEGER NOT NULL REFERENCES runs(id),
            reason TEXT NOT NULL
        );

        -- Contentless full-text index over SearchTerms (matching forms and stems), rowid = articles.rowid.
        CREATE VIRTUAL TABLE search USING fts5(terms, content='', tokenize='ascii');
        """,
        // 2: what each entity was linked to: the actor or place id for queries, and the objects as
        // compact JSON so the document is written again exactly.
        """
        ALTER TABLE entities ADD COLUMN actor_id TEXT;
        ALTER TABLE entities ADD COLUMN place_id TEXT;
        ALTER TABLE entities ADD COLUMN actor TEXT;
        ALTER TABLE entities ADD COLUMN place TEXT;
        ALTER TABLE entities ADD COLUMN confidence TEXT;
        ALTER TABLE entities ADD COLUMN basis TEXT;
        CREATE INDEX entities_actor ON entities(actor_id);
        CREATE INDEX entities_place ON entities(place_id);
        """,
        // 3: coded events: the document's events array as written, and one row per event for queries
        // (actor ids space-separated, so a dyad is two instr() tests).
        """
        ALTER TABLE articles ADD COLUMN events TEXT;
        ALTER TABLE articles ADD COLUMN quotes TEXT;
        CREATE TABLE events (
            article INTEGER NOT NULL REFERENCES articles(rowid),
            cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT NOT NULL, goldstein REAL NOT NULL, quad INTEGER NOT NULL,
            sources TEXT NOT NULL, targets TEXT NOT NULL, source_codes TEXT NOT NULL, target_codes TEXT NOT NULL,
            date TEXT, place TEXT, polarity TEXT NOT NULL, modality TEXT NOT NULL, trigger TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_plover ON events(plover);
        """,
    ]

    /// The schema version this Marsad writes.
    static var version: Int { migrations.count }
}
