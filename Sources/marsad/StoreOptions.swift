import ArgumentParser
import MarsadCore
import Store
import PostgresStore

/// Where the corpus is: a SQLite file (the default) or a PostgreSQL database.
struct StoreOptions: ParsableArguments {
    @Option(help: "The SQLite database.")
    var db = "marsad.sqlite"

    @Option(help: ArgumentHelp("A PostgreSQL database instead of SQLite.", valueName: "postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"))
    var postgres: String?

    /// The store, created or upgraded as needed (for ingest).
    func open() throws -> any CorpusStore {
        if let postgres { return try PostgresStore(url: postgres) }
        return try SQLiteStore(path: db)
    }

    /// An existing store, for queries: nothing is created, and its schema must be this Marsad's.
    func existing() throws -> any CorpusStore {
        if let postgres { return try PostgresStore(url: postgres, creating: false) }
        return try SQLiteStore(existing: db)
    }
}
