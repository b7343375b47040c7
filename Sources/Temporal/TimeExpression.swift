import MarsadCore

/// A temporal expression found in a text, with its TIMEX3 type and normalized value.
public struct TimeExpression: Hashable, Sendable {
    /// TIMEX3 types.
    public enum Kind: String, Sendable {
        /// A calendar date or period; a clock time or part of a day; a length of time; a frequency.
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }
    /// Byte span in the text.
    public var span: ByteSpan
    /// DATE, TIME, DURATION or SET.
    public var type: Kind
    /// The TIMEX3 value: `2023-03-29`, `2023-W14`, `2022-09`, `2020`, `2023-03-29T17:00`, `P2M`,
    /// `XXXX-WXX-3`, `PRESENT_REF`; Hijri months and years without a day as `H1436-09`, `H1436`.
    public var value: String
    /// START, MID, END or APPROX.
    public var mod: String?
    /// The date a relative value was computed from (the publication date), as `YYYY-MM-DD`.
    public var anchor: String?
    /// The Hijri date as written, `1444-09-15`, when the value was converted from one.
    public var hijri: String?
}
