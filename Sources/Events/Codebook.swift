import Foundation
import MarsadCore

/// One CAMEO event code with its Goldstein value, quad class and PLOVER equivalent.
public struct EventCode: Sendable, Equatable {
    /// The CAMEO code as a string with its leading zeros (`042`).
    public var cameo: String
    /// The CAMEO name (`Make a visit`).
    public var name: String
    /// Goldstein scale value, -10 (conflict) … +10 (cooperation).
    public var goldstein: Double
    /// PLOVER event (`CONSULT`), mode (`visit`) and context (`diplomatic`), from CAMEO2PLOVER.
    public var plover: String, mode: String, context: String
    /// The two-digit root (`04`).
    public var root: String { String(cameo.prefix(2)) }
    /// GDELT's quad class: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal
    /// conflict (09–13), 4 material conflict (14–20).
    public var quadClass: Int {
        switch Int(root) ?? 0 {
        case 1...5: return 1
        case 6...8: return 2
        case 9...13: return 3
        default: return 4
        }
    }
}

/// The CAMEO codebook with PLOVER mappings, compiled from ../shared/data/events by `marsad events codebook`.
public struct Codebook: Sendable {
    /// The CAMEO 03x intent a planned or intended event expresses: meet (036), mediate (039), diplomatic
    /// (032) or material cooperation (031), aid (033), yield (035); nil for the rest.
    public static func intentCode(_ cameo: String) -> String? {
        if cameo.hasPrefix("03") { return cameo }
        if cameo.hasPrefix("045") { return "039" }
        switch cameo.prefix(2) {
        case "04": return "036"
        case "05": return "032"
        case "06": return "031"
        case "07": return "033"
        case "08": return "035"
        default: return nil
        }
    }

    /// Codes by CAMEO code.
    public let codes: [String: EventCode]

    /// The codebook compiled into Marsad.
    public static let standard: Codebook = {
        do { return try Codebook(compiled: ResourceFile.text(.module, "cameo-plover", "tsv")) } catch {
            fatalError("Marsad's bundled CAMEO codebook is unreadable: \(error)")
        }
    }()

    /// Reads the compiled form: `CODE  GOLDSTEIN  PLOVER  MODE  CONTEXT  NAME` per line.
    public init(compiled text: String) throws {
        var codes: [String: EventCode] = [:]
        for (n, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, let g = Double(f[1]) else { throw MarsadError(.malformed, "cameo-plover.tsv line \(n + 1): malformed") }
            codes[f[0]] = EventCode(cameo: f[0], name: f[5], goldstein: g, plover: f[2], mode: f[3], context: f[4])
        }
        self.codes = codes
        plovers = codes.mapValues(\.plover)
    }

    /// The PLOVER event of each code, for the coder's many tests of a trigger's kind (an `EventCode` is six
    /// strings to copy).
    private let plovers: [String: String]

    /// The PLOVER event of a code, falling back to its parent's as `code(_:)` does.
    public func plover(_ cameo: String) -> String? {
        if let p = plovers[cameo] { return p }
        return code(cameo)?.plover
    }

    /// The entry of a code, falling back to its parent (`0423` → `042` → `04`) for the PLOVER fields.
    public func code(_ cameo: String) -> EventCode? {
        var c = cameo
        while !c.isEmpty {
            if let e = codes[c] { return e }
            c.removeLast()
        }
        return nil
    }

    /// Compiles the codebook from cameo-codes.csv (codes, names, Goldstein values) and
    /// CAMEO2PLOVER-2021.txt (`042: CONSULT, visit,   # Make a visit`), then `additions` in the same
    /// format for codes the official table lacks (Knowledge/plover-appeals.txt). A code PLOVER does not
    /// list takes its parent's PLOVER event. Unreadable lines are reported as `FILE:LINE: reason`.
    public static func compile(cameoCSV: String, plover: String, additions: (file: String, text: String)? = nil,
                               warnings: inout [String]) -> String {
        var ploverByCode: [String: (String, String, String)] = [:]
        for (file, text) in [("CAMEO2PLOVER-2021.txt", plover)] + (additions.map { [$0] } ?? []) {
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let body = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
                guard let colon = body.firstIndex(of: ":"), body.first?.isNumber == true else { continue }
                let code = body[..<colon].trimmingCharacters(in: .whitespaces)
                let parts = body[body.index(after: colon)...].split(separator: ",", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                guard let event = parts.first, !event.isEmpty else { warnings.append("\(file):\(n + 1): no PLOVER event"); continue }
                if ploverByCode[code] != nil { if file != "CAMEO2PLOVER-2021.txt" { warnings.append("\(file):\(n + 1): \(code) is in the official table; kept that") }; continue }
                ploverByCode[code] = (event, parts.count > 1 ? parts[1] : "", parts.count > 2 ? parts[2].replacingOccurrences(of: " ", with: "") : "")
            }
        }
        var out = "# CAMEO codebook with PLOVER events, compiled by `marsad events codebook` from ../shared/data/events\n"
        out += "# (cameo-codes.csv, MIT; CAMEO2PLOVER-2021.txt, CC BY-SA 4.0). CODE GOLDSTEIN PLOVER MODE CONTEXT NAME\n"
        for (n, row) in CSVRows.parse(cameoCSV).enumerated().dropFirst() {
            guard row.count >= 5, let g = Double(row[4]) else { warnings.append("cameo-codes.csv:\(n + 1): unreadable row"); continue }
            let code = row[3]
            var parent = code, p: (String, String, String)?
            while !parent.isEmpty, p == nil { p = ploverByCode[parent]; parent.removeLast() }
            guard let (event, mode, context) = p else { warnings.append("cameo-codes.csv:\(n + 1): no PLOVER event for \(code)"); continue }
            out += [code, String(g), event, mode, context, row[2]].joined(separator: "\t") + "\n"
        }
        return out
    }
}

/// A minimal reader of RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes).
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        func handle(_ c: Character) {
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n": row.append(field); field = ""; rows.append(row); row = []
            case "\r": break
            default: field.append(c)
            }
        }
        var it = text.makeIterator()
        while let c = it.next() {
            if quoted {
                if c == "\"" {
                    if let d = it.next() {
                        if d == "\"" { field.append("\"") } else { quoted = false; handle(d) }
                    } else { quoted = false }
                } else { field.append(c) }
            } else { handle(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
