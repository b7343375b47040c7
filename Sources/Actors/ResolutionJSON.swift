import MarsadCore

extension Resolution {
    /// The `actor` object as compact JSON, or nil.
    public func actorJSON() -> [UInt8]? {
        guard let a = actor else { return nil }
        var w = JSONWriter(pretty: false, reservingCapacity: 160)
        w.beginObject()
        w.string("id", a.id)
        w.string("name", a.name)
        w.string("nameAr", a.nameAr)
        w.string("code", a.code)
        w.string("country", a.country)
        w.string("role", a.role)
        w.endObject()
        return w.bytes
    }

    /// The `place` object as compact JSON, or nil.
    public func placeJSON() -> [UInt8]? {
        guard let p = place else { return nil }
        var w = JSONWriter(pretty: false, reservingCapacity: 160)
        w.beginObject()
        w.string("id", p.id)
        w.string("name", p.name.isEmpty ? nil : p.name)
        w.string("nameAr", p.nameAr)
        w.string("kind", p.kind)
        w.string("country", p.country)
        w.raw("lat", json: Array((p.lat.map { Self.decimal($0, places: 4) } ?? "null").utf8))
        w.raw("lon", json: Array((p.lon.map { Self.decimal($0, places: 4) } ?? "null").utf8))
        if let g = p.geonameID { w.int("geonames", g) }
        w.endObject()
        return w.bytes
    }

    /// The confidence with two decimals, as JSON writes it.
    public var confidenceText: String { Self.decimal(confidence, places: 2) }

    /// A decimal number with at most `places` decimals, trailing zeros dropped (stable across platforms):
    /// coordinates in JSON and in the compiled knowledge base (four decimals, about 11 m).
    public static func decimal(_ x: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let n = Int((abs(x) * scale).rounded()), whole = n / Int(scale)
        var frac = String(n % Int(scale))
        frac = String(repeating: "0", count: places - frac.count) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        return (x < 0 && n != 0 ? "-" : "") + String(whole) + (frac.isEmpty ? "" : "." + frac)
    }
}
