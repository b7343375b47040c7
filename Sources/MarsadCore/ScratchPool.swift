import Foundation

/// Working memory that is worth keeping between calls (memos that warm up over many articles), lent
/// to one thread at a time: `with` takes an idle one, or makes one, and gives it back afterwards.
public final class ScratchPool<Scratch>: @unchecked Sendable {
    private var idle: [Scratch] = []
    private let lock = NSLock()
    private let make: () -> Scratch

    /// A pool that makes new scratch memory with `make`.
    public init(_ make: @escaping () -> Scratch) { self.make = make }

    /// Runs `body` with scratch memory no other thread is using.
    public func with<T>(_ body: (Scratch) throws -> T) rethrows -> T {
        let scratch = lock.withLock { idle.popLast() } ?? make()
        defer { lock.withLock { idle.append(scratch) } }
        return try body(scratch)
    }
}
