import ArgumentParser
import Foundation
import Analysis
import Ingest
import MarsadCore
import Store
import PostgresStore

/// `marsad ingest`: analyze inputs and store every article in the corpus database.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyze articles and store them, with their analyses, in the corpus database.",
        discussion: """
        Takes the inputs `marsad analyze` takes. Articles are keyed by the hash of their clean text: a text \
        already stored is not analyzed again, only the new place it was seen is recorded, so ingesting the same \
        input twice adds nothing and a killed ingest resumes where it stopped. Each batch is one transaction: \
        the database never holds half an analysis. With --postgres, several ingest processes (on one machine or \
        several) can share one database: each claims the input articles no other process holds.
        """)

    @Argument(help: "Files, folders, zip archives, or - for standard input.")
    var inputs: [String] = ["-"]

    @OptionGroup var database: StoreOptions

    @Option(help: ArgumentHelp("Publication date for every article, overriding metadata.", valueName: "YYYY-MM-DD"))
    var published: PublishedOption?

    @Option(help: "At most this many analysis threads (default: all cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Articles per transaction.")
    var batch = 512

    func validate() throws {
        if workers < 1 { throw ValidationError("--workers must be at least 1") }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    /// What a worker hands the writer for one input.
    enum Outcome {
        case stored(StoredArticle)
        case seen(Sighting)
    }

    func run() throws {
        try NER.reporting {
            let store = try database.open()
            let known = try store.knownIDs()
            let run = try store.beginRun(inputs: inputs)
            let analyzer = Analyzer(published: published?.date)
            let progress = Progress(interactive: isatty(2) == 1)
            defer { progress.finish() }
            // Count the articles on the side (reading is cheap next to analysis) for an ETA; not for stdin.
            if !inputs.contains("-") {
                let counter = Thread {
                    var total = 0
                    for input in inputs { InputReader().read(input) { _ in total += 1 } }
                    progress.total = total
                }
                counter.start()
            }
            var taken = 0
            let totals: SaveCounts
            if let shared = store as? PostgresStore {
                (totals, taken) = try ingestShared(shared, run: run, analyzer: analyzer, known: known, progress: progress)
            } else {
                totals = try ingestAlone(store, run: run, analyzer: analyzer, known: known, progress: progress)
            }
            try store.finishRun(run)
            progress.finish()
            let seconds = progress.elapsed
            StandardStreams.error(String(format: "marsad: ingest into %@ in %.1f s: %d new, %d updated, %d identical copies, %d unchanged, %d failed",
                                         store.location, seconds, totals.new, totals.updated, totals.copies, totals.unchanged, totals.failed)
                                  + (taken > 0 ? ", \(taken) left to other ingest processes" : ""))
            if totals.failed > 0 {
                StandardStreams.error("marsad: the failed inputs and their reasons: marsad stats \(database.postgres.map { "--postgres \($0)" } ?? "--db \(store.location)") --failures")
            }
        }
    }

    /// Analyzes one article, or only records where it was seen when its text is stored already.
    static func outcome(_ article: RawArticle, _ analyzer: Analyzer, known: Set<String>) -> Result<Outcome, InputFailure> {
        do {
            switch try analyzer.analyze(article, skipping: known) {
            case .analyzed(let doc): return .success(.stored(StoredArticle(doc)))
            case .skipped(let id): return .success(.seen(Sighting(id: id, url: article.url, source: article.source, input: article.origin)))
            }
        } catch {
            return .failure(InputFailure(origin: article.origin, error: error as? MarsadError ?? MarsadError(.malformed, "\(error)")))
        }
    }

    /// One process writing: analysis streams through the worker threads while batches are written on their own thread.
    private func ingestAlone(_ store: any CorpusStore, run: Int64, analyzer: Analyzer, known: Set<String>, progress: Progress) throws -> SaveCounts {
        let reader = InputReader()
        let writer = BatchWriter(store: store, run: run, progress: progress)

        let pipeline = BatchPipeline<RawArticle, Outcome>(workers: workers, batchSize: batch) { article in
            // After a write error nothing more can be stored: fail fast instead of analyzing the rest.
            if writer.failed {
                return .failure(InputFailure(origin: article.origin, error: MarsadError(.unreadable, "not stored: an earlier write failed")))
            }
            return Self.outcome(article, analyzer, known: known)
        }
        // Batches are written on their own thread while the workers analyze the next ones.
        var pending = StoreBatch()
        pipeline.run(produce: { emit in
            for input in inputs { reader.read(input, emit: emit) }
        }, consume: { result in
            pending.add(result)
            if pending.count >= batch { writer.send(pending); pending = StoreBatch() }
        })
        writer.send(pending)
        return try writer.finish()
    }

    /// Processes sharing a PostgreSQL database. The inputs are read in chunks, and two lanes, each with
    /// its own connection, take the chunks in turn: a lane claims the chunk's articles no other process
    /// holds, analyzes them on the worker threads, and stores them in the claim's transaction. While one
    /// lane waits on the database, the other analyzes.
    private func ingestShared(_ store: PostgresStore, run: Int64, analyzer: Analyzer, known: Set<String>,
                              progress: Progress) throws -> (SaveCounts, taken: Int) {
        let lanes = [store, try PostgresStore(url: database.postgres!)]
        let chunks = Channel<(articles: [RawArticle], unreadable: [(input: String, reason: String)])>(capacity: 1)
        let tally = SharedTally()
        let workers = self.workers
        let finished = DispatchGroup()
        for lane in lanes {
            finished.enter()
            let thread = Thread {
                // After an error the lane only drains the channel, so the reader never waits forever.
                while let chunk = chunks.receive() {
                    guard tally.failure == nil else { continue }
                    let keys = chunk.articles.map { PostgresStore.workKey(origin: $0.origin, body: $0.body) }
                    do {
                        let result = try lane.claim(keys: keys, run: run) { mine in
                            var batch = StoreBatch()
                            batch.failures = chunk.unreadable
                            let claimed = chunk.articles.indices.filter { mine.contains(keys[$0]) }.map { chunk.articles[$0] }
                            for outcome in Self.analyzeAll(claimed, workers: workers, { Self.outcome($0, analyzer, known: known) }) { batch.add(outcome) }
                            return batch
                        }
                        progress.update(done: tally.add(result.counts, taken: result.taken))
                    } catch {
                        tally.fail(error)
                    }
                }
                finished.leave()
            }
            thread.stackSize = 8 << 20   // analysis runs on this thread too (concurrentPerform), as on the main thread
            thread.start()
        }
        var articles: [RawArticle] = [], unreadable: [(input: String, reason: String)] = []
        for input in inputs where tally.failure == nil {
            InputReader().read(input) { item in
                guard tally.failure == nil else { return }
                switch item {
                case .success(let article): articles.append(article)
                case .failure(let f): unreadable.append((f.origin, f.error.message))
                }
                if articles.count + unreadable.count >= batch { chunks.send((articles, unreadable)); articles = []; unreadable = [] }
            }
        }
        if !articles.isEmpty || !unreadable.isEmpty { chunks.send((articles, unreadable)) }
        chunks.close()
        finished.wait()
        if let failure = tally.failure { throw failure }
        return (tally.totals, tally.taken)
    }

    /// The outcome of every article, analyzed on `workers` threads, in input order.
    static func analyzeAll(_ articles: [RawArticle], workers: Int, _ body: (RawArticle) -> Result<Outcome, InputFailure>)
        -> [Result<Outcome, InputFailure>] {
        let slots = OutcomeSlots(articles.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, articles.count))) { _ in
            while let i = slots.take() { slots.put(i, body(articles[i])) }
        }
        return slots.results.map { $0! }
    }
}

/// The counts of the shared ingest's lanes, and the first error.
private final class SharedTally: @unchecked Sendable {
    private let lock = NSLock()
    private var _totals = SaveCounts(), _taken = 0, _failure: Error?

    var totals: SaveCounts { lock.lock(); defer { lock.unlock() }; return _totals }
    var taken: Int { lock.lock(); defer { lock.unlock() }; return _taken }
    var failure: Error? { lock.lock(); defer { lock.unlock() }; return _failure }

    /// Adds a chunk's counts; the number of inputs accounted for so far.
    func add(_ counts: SaveCounts, taken: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        _totals += counts; _taken += taken
        return _totals.inputs + _taken
    }

    /// Records an error (the first one wins).
    func fail(_ error: Error) { lock.lock(); if _failure == nil { _failure = error }; lock.unlock() }
}

/// Results filled in by several threads, each taking the next index.
private final class OutcomeSlots: @unchecked Sendable {
    private(set) var results: [Result<IngestCommand.Outcome, InputFailure>?]
    private var next = 0
    private let lock = NSLock()

    init(_ n: Int) { results = Array(repeating: nil, count: n) }

    /// The next index to work on, or nil when all are taken.
    func take() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ i: Int, _ r: Result<IngestCommand.Outcome, InputFailure>) { lock.lock(); results[i] = r; lock.unlock() }
}

extension StoreBatch {
    /// Files one input's outcome: an analyzed article, a sighting of a stored one, or a failure.
    mutating func add(_ outcome: Result<IngestCommand.Outcome, InputFailure>) {
        switch outcome {
        case .success(.stored(let a)): articles.append(a)
        case .success(.seen(let s)): sightings.append(s)
        case .failure(let f): failures.append((f.origin, f.error.message))
        }
    }
}

/// Writes batches to the store on one thread, in order; the first error stops further writes and is
/// reported by `finish`.
final class BatchWriter: @unchecked Sendable {
    private let channel = Channel<StoreBatch>(capacity: 2)
    private let done = DispatchSemaphore(value: 0)
    // Written only on the writer thread; read after `done` is signalled, which orders the accesses.
    private var totals = SaveCounts()
    private var error: Error?
    private let failedFlag = NSLock()
    private var _failed = false

    /// Whether a write has failed (read from any thread).
    var failed: Bool { failedFlag.lock(); defer { failedFlag.unlock() }; return _failed }

    init(store: any CorpusStore, run: Int64, progress: Progress) {
        let thread = Thread { [self] in
            while let batch = channel.receive() {
                guard error == nil, batch.count > 0 else { continue }
                do { totals += try store.save(articles: batch.articles, sightings: batch.sightings, failures: batch.failures, run: run) }
                catch {
                    self.error = error
                    failedFlag.lock(); _failed = true; failedFlag.unlock()
                }
                progress.update(done: totals.inputs)
            }
            done.signal()
        }
        thread.start()
    }

    /// Queues a batch (waits while two are already queued).
    func send(_ batch: StoreBatch) { channel.send(batch) }

    /// Waits for every queued batch to be written; the counts, or the first write error.
    func finish() throws -> SaveCounts {
        channel.close()
        done.wait()
        if let error { throw error }
        return totals
    }
}

/// A progress line on a terminal (articles done of the total, rate, elapsed time, ETA once the total
/// is counted), or a log line every ten seconds otherwise.
final class Progress: @unchecked Sendable {
    private let interactive: Bool
    private let started = Date()
    private var lastLog = Date()
    private let lock = NSLock()
    private var _total: Int?
    private let updating = NSLock()

    init(interactive: Bool) { self.interactive = interactive }

    var elapsed: Double { Date().timeIntervalSince(started) }

    /// The number of articles in the inputs, once counted (set from the counting thread).
    var total: Int? {
        get { lock.lock(); defer { lock.unlock() }; return _total }
        set { lock.lock(); _total = newValue; lock.unlock() }
    }

    /// Shows the count (from any thread; one at a time).
    func update(done: Int) {
        updating.lock(); defer { updating.unlock() }
        let rate = Double(done) / max(elapsed, 0.001)
        var line = String(format: "%d", done)
        if let total, total > 0 {
            line += String(format: "/%d articles (%.0f%%), %.0f/s, %.0f s", total, 100 * Double(done) / Double(total), rate, elapsed)
            if rate > 0, done < total { line += String(format: ", ETA %.0f s", Double(total - done) / rate) }
        } else {
            line += String(format: " articles, %.0f/s, %.0f s", rate, elapsed)
        }
        if interactive {
            FileHandle.standardError.write(Data(("\r" + line + "   ").utf8))
        } else if Date().timeIntervalSince(lastLog) >= 10 {
            lastLog = Date()
            StandardStreams.error("marsad: " + line)
        }
    }

    /// Ends the progress line (once).
    func finish() {
        if interactive && !finished { FileHandle.standardError.write(Data("\n".utf8)) }
        finished = true
    }
    private var finished = false
}
