/// CAMEO agent codes (`GOV` in `RUSGOV`): the role an actor plays, which names no side by itself.
public enum CAMEOAgents {
    /// Government, military, rebels, opposition, police, business, media and the other domestic roles.
    public static let sideless: Set<String> = ["GOV", "MIL", "REB", "OPP", "COP", "BUS", "MED", "EDU", "CVL", "JUD", "LEG", "PTY",
                                              "SPY", "UAF", "REF", "AGR", "CRM", "DEV", "ELI", "HLH", "LAB", "MOD", "RAD", "INS", "SET"]
}
