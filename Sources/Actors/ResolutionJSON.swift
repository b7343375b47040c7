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
    public func writeActor(_ w: inout JSONWriter, key: String?) {
        guard let a = actor else { return }
        w.beginObject(key, compact: true)
        w.string("id", a.id)
        w.string("name", a.name)
        w.string("nameAr", a.nameAr)
        w.string("code", a.code)
        w.string("country", a.country)
        w.string("role", a.role)
        w.endObject()
    }

    /// Writes the `place` object, compact, as a member or value; nothing when there is no place.
    public func writePlace(_ w: inout JSONWriter, key: String?) {
        guard let p = place else { return }
        w.beginObject(key, compact: true)
        w.string("id", p.id)
        w.string("name", p.name.isEmpty ? nil : p.name)
        w.string("nameAr", p.nameAr)
        w.string("kind", p.kind)
        w.string("country", p.country)
        w.raw("lat", json: (p.lat.map { Self.decimal($0, places: 4) } ?? "null").utf8)
        w.raw("lon", json: (p.lon.map { Self.decimal($0, places: 4) } ?? "null").utf8)
        if let g = p.geonameID { w.int("geonames", g) }
        w.endObject()
    }

    /// The confidence with two decimals, as JSON writes it.
    public var confidenceText: String { Self.decimal(confidence, places: 2) }

    /// A decimal number with at most `places` decimals, trailing zeros dropped (stable across platforms):
    /// coordinates in JSON and in the compiled knowledge base (four decimals, about 11 m).
    public static func decimal(_ x: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let n = Int((abs(x) * Double(scale)).rounded())
        var frac = n % scale, digits = places
        while digits > 0 && frac % 10 == 0 { frac /= 10; digits -= 1 }   // trailing zeros dropped
        // Written byte by byte into the string's own storage: this runs for every coordinate of the output.
        return String(unsafeUninitializedCapacity: 24 + places) { out in
            var k = 0
            if x < 0 && n != 0 { out[k] = 0x2D; k += 1 }
            var whole = n / scale, start = k
            repeat { out[k] = 0x30 + UInt8(whole % 10); k += 1; whole /= 10 } while whole > 0
            out[start..<k].reverse()
            if digits > 0 {
                out[k] = 0x2E; k += 1
                start = k
                for _ in 0..<digits { out[k] = 0x30 + UInt8(frac % 10); k += 1; frac /= 10 }
                out[start..<k].reverse()
            }
            return k
        }
    }
}
