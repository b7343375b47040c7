import Testing
@testable import ArabicText
import MarsadCore

@Suite struct TextDecoderTests {
    let salam = Array("سلام عليكم".utf8)

    @Test func plainUTF8PassesThrough() throws {
        let decoded = try TextDecoder.decode(salam)
        #expect(decoded.utf8 == salam)
        #expect(decoded.encoding == .utf8)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + salam)
        #expect(decoded.utf8 == salam)
    }

    @Test func utf16WithEitherByteOrderMark() throws {
        let units = Array("سلام".utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(little).utf8 == Array("سلام".utf8))
        #expect(try TextDecoder.decode(big).utf8 == Array("سلام".utf8))
        #expect(try TextDecoder.decode(big).encoding == .utf16)
    }

    @Test func windows1256IsDetected() throws {
        // "سلام" in Windows-1256, then an ASCII space and digits.
        let bytes: [UInt8] = [0xD3, 0xE1, 0xC7, 0xE3, 0x20, 0x31, 0x32]
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == .windows1256)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "سلام 12")
    }

    @Test func truncatedUTF8NamesTheByteOffset() {
        let bytes = salam + [0xD8]
        #expect(throws: MarsadError.self) { try TextDecoder.decode(bytes) }
        do { _ = try TextDecoder.decode(bytes) } catch let error as MarsadError {
            #expect(error.message.contains("byte \(salam.count)"))
            #expect(error.code == .undecodable)
        } catch { Issue.record("unexpected error \(error)") }
    }

    @Test func binaryDataIsRefused() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: MarsadError.self) { try TextDecoder.decode(png) }
    }

    @Test func forcedEncodingWins() throws {
        let decoded = try TextDecoder.decode([0xC7], forced: .windows1256)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "ا")
    }

    /// The eight-byte fast path must agree with the byte-by-byte check, and with Swift's own
    /// validation, on text mixing Arabic, ASCII, controls, long sequences and every kind of flaw.
    @Test func chunkedCheckAgreesWithByteByByte() {
        let pieces: [[UInt8]] = [
            Array("ب".utf8), Array("سلام ".utf8), Array("abc".utf8), [0x20], [0x0A], [0x09], [0x00],
            Array("€".utf8), Array("😀".utf8), [0xD8], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC2, 0xA0],
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                // Mostly valid text, so the chunked path gets long clean runs to settle.
                let k = Int.random(in: 0..<100, using: &generator)
                bytes += k < 60 ? pieces[k % 2] : k < 80 ? pieces[2 + k % 2] : pieces[k % pieces.count]
            }
            let chunked = TextDecoder.UTF8Check(bytes), plain = TextDecoder.UTF8Check(bytes, chunked: false)
            #expect(chunked == plain, "\(bytes)")
            #expect((chunked.firstInvalid == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
