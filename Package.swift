// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "marsad",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "marsad", targets: ["marsad"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "ArabicText", targets: ["ArabicText"]),
        .library(name: "Entities", targets: ["Entities"]),
        .library(name: "Temporal", targets: ["Temporal"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Actors", targets: ["Actors"]),
        .library(name: "Events", targets: ["Events"]),
        .library(name: "Exports", targets: ["Exports"]),
        .library(name: "PostgresStore", targets: ["PostgresStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    ],
    targets: [
        // MARK: - Libraries, one job each

        /// Spans, errors and the byte-level JSON writer every stage shares.
        .target(name: "MarsadCore"),

        /// Decoding, normalization, tokenization, sentence splitting and clitic segmentation.
        .target(
            name: "ArabicText",
            dependencies: ["MarsadCore"],
            resources: [.process("Resources")]
        ),

        /// Readers for text, HTML, JSON, JSON Lines and zip inputs, and the article cleaner.
        .target(
            name: "Ingest",
            dependencies: ["MarsadCore", "ArabicText", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.process("Resources")]
        ),

        /// The named-entity tagger (averaged perceptron, Viterbi), its features, lexicons, training and scoring.
        .target(
            name: "Entities",
            dependencies: ["MarsadCore", "ArabicText"],
            resources: [.process("Resources")]
        ),

        /// Time expressions: the lexicon, the grammar, and resolution against the publication date (TIMEX3).
        .target(
            name: "Temporal",
            dependencies: ["MarsadCore", "ArabicText"],
            resources: [.process("Resources")]
        ),

        /// The knowledge base of actors and places, its builder, and resolution of mentions to it.
        .target(
            name: "Actors",
            dependencies: ["MarsadCore", "ArabicText", "Entities"],
            resources: [.process("Resources")]
        ),

        /// Event coding: triggers, arguments, polarity and modality, CAMEO and PLOVER codes.
        .target(
            name: "Events",
            dependencies: ["MarsadCore", "ArabicText", "Entities", "Actors", "Temporal"],
            resources: [.process("Resources")]
        ),

        /// Exports of analyzed documents to other tools' formats (GDELT 2.0 events and mentions).
        .target(name: "Exports", dependencies: ["MarsadCore", "Actors", "Events", "Temporal"]),

        /// The analyzer that composes the stages into one document, and its JSON form.
        .target(name: "Analysis", dependencies: ["MarsadCore", "ArabicText", "Ingest", "Entities", "Temporal", "Actors", "Events"]),

        /// The corpus store: articles and their analyses in SQLite, with Arabic full-text search.
        .target(
            name: "Store",
            dependencies: ["MarsadCore", "ArabicText", "Analysis", .product(name: "GRDB", package: "GRDB.swift")]
        ),

        /// The same corpus store in PostgreSQL, for teams: kept out of the analysis targets so they build fast.
        .target(
            name: "PostgresStore",
            dependencies: ["MarsadCore", "Store", "Analysis", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),

        // MARK: - The command-line tool

        .executableTarget(
            name: "marsad",
            dependencies: ["Analysis", "Store", "PostgresStore", "Actors", "Events", "Exports", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // MARK: - Tests

        .testTarget(name: "ArabicTextUnitTests", dependencies: ["ArabicText"]),
        .testTarget(name: "IngestUnitTests", dependencies: ["Ingest", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "EntitiesUnitTests", dependencies: ["Entities", "MarsadCore"]),
        .testTarget(name: "TemporalUnitTests", dependencies: ["Temporal"]),
        .testTarget(name: "EventsUnitTests", dependencies: ["Events", "Actors", "Analysis", "Ingest", "MarsadCore"]),
        .testTarget(name: "ActorsUnitTests", dependencies: ["Actors", "Analysis", "Ingest", "MarsadCore"]),
        .testTarget(name: "ExportsUnitTests", dependencies: ["Exports", "Analysis", "Ingest", "Events"]),
        .testTarget(name: "StoreUnitTests", dependencies: ["Store", "PostgresStore", "Analysis", "Ingest", "MarsadCore"]),
        .testTarget(name: "AnalysisUnitTests", dependencies: ["Analysis", "MarsadCore"]),
        .testTarget(name: "MarsadEndToEndTests", dependencies: ["marsad", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ],
    swiftLanguageModes: [.v5]
)
