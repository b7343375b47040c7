import ArgumentParser

@main
struct Marsad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Turns Arabic news into structured, searchable knowledge.",
        subcommands: [Analyze.self, Segment.self, Lexicon.self, CleanReport.self, NER.self, Time.self]
    )
}
