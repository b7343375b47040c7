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
}
