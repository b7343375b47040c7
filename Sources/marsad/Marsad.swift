import ArgumentParser

@main
struct Marsad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Turns Arabic news into structured, searchable knowledge.",
        subcommands: [Analyze.self, IngestCommand.self, SearchCommand.self, ShowCommand.self, StatsCommand.self, Segment.self, Lexicon.self, CleanReport.self, NER.self, Time.self, KnowledgeBaseCommand.self, ActorsCommand.self, EventsCommand.self, TimelineCommand.self]
    )
}
