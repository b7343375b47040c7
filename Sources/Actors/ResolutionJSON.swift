import MarsadCore

extension Resolution {
    /// The `actor` object as compact JSON, or nil.
    public func actorJSON() -> [UInt8]? {
        guard actor != nil else { return nil }
        var w = JSONWriter(pretty: false, reservingCapacity: 160)
        writeActor(&w, key: nil)
        return w.bytes
    }

    /// The `place` object as compact JSON, or nil.
    public func placeJSON() -> [UInt8]? {
        guard place != nil else { return nil }
        var w = JSONWriter(pretty: false, reservingCapacity: 160)
        writePlace(&w, key: nil)
        return w.bytes
    }

    /// Writes the `actor` object, compact, as a member or value; nothing when there is no actor.
    /// Written from fixed pieces: an article has dozens, and a call per member cost more than the bytes.
    public func writeActor(_ w: inout JSONWriter, key: String?) {
        guard let a = actor else { return }
        w.startValue(key)
        w.fragment("{\"id\":"); w.quoted(a.id)
        w.fragment(",\"name\":"); w.quoted(a.name)
        w.fragment(",\"nameAr\":"); w.quoted(a.nameAr)
        w.fragment(",\"code\":"); w.quoted(a.code)
        w.fragment(",\"country\":"); w.quoted(a.country)
        w.fragment(",\"role\":"); w.quoted(a.role)
        w.fragment("}")
    }

    /// Writes the `place` object, compact, as a member or value; nothing when there is no place.
    public func writePlace(_ w: inout JSONWriter, key: String?) {
        guard let p = place else { return }
        w.startValue(key)
        w.fragment("{\"id\":"); w.quoted(p.id)
        w.fragment(",\"name\":"); w.quoted(p.name.isEmpty ? nil : p.name)
        w.fragment(",\"nameAr\":"); w.quoted(p.nameAr)
        w.fragment(",\"kind\":"); w.quoted(p.kind)
        w.fragment(",\"country\":"); w.quoted(p.country)
        w.fragment(",\"lat\":"); if let lat = p.lat { w.number(lat, places: 4) } else { w.fragment("null") }
        w.fragment(",\"lon\":"); if let lon = p.lon { w.number(lon, places: 4) } else { w.fragment("null") }
        if let g = p.geonameID { w.fragment(",\"geonames\":"); w.number(g) }
        w.fragment("}")
    }

    /// The confidence with two decimals, as JSON writes it.
    public var confidenceText: String { Self.decimal(confidence, places: 2) }

    /// A decimal number with at most `places` decimals, trailing zeros dropped (stable across platforms):
    /// coordinates in the compiled knowledge base (four decimals, about 11 m).
    public static func decimal(_ x: Double, places: Int) -> String {
        String(unsafeUninitializedCapacity: 24 + places) { JSONWriter.writeDecimal(x, places: places, to: $0.baseAddress!) }
    }
}
