import Foundation
import Ingest

/// Reads items on one thread while a pool of workers transforms them batch by batch; results come
/// out in input order, so output is deterministic whatever the number of workers.
final class BatchPipeline<Input, Output>: @unchecked Sendable {
    private let workers: Int
    private let batchSize: Int
    private let transform: (Input) -> Result<Output, InputFailure>

    init(workers: Int, batchSize: Int = 256, transform: @escaping (Input) -> Result<Output, InputFailure>) {
        self.workers = workers
        self.batchSize = batchSize
        self.transform = transform
    }

    func run(produce: @escaping (_ emit: (Result<Input, InputFailure>) -> Void) -> Void,
             consume: (Result<Output, InputFailure>) -> Void) {
        let channel = Channel<[Result<Input, InputFailure>]>(capacity: 2)
        let batchSize = batchSize
        let producer = Thread {
            var batch: [Result<Input, InputFailure>] = []
            produce { item in
                batch.append(item)
                if batch.count >= batchSize { channel.send(batch); batch = [] }
            }
            if !batch.isEmpty { channel.send(batch) }
            channel.close()
        }
        producer.stackSize = 8 << 20
        producer.start()

        while let batch = channel.receive() {
            var results = [Result<Output, InputFailure>?](repeating: nil, count: batch.count)
            results.withUnsafeMutableBufferPointer { slots in
                let slots = UnsafeSendable(slots)
                let transform = self.transform
                let chunks = min(workers, batch.count)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var i = chunk
                    while i < batch.count {
                        switch batch[i] {
                        case .success(let input): slots.value[i] = transform(input)
                        case .failure(let failure): slots.value[i] = .failure(failure)
                        }
                        i += chunks
                    }
                }
            }
            for result in results { consume(result!) }
        }
    }
}

/// A bounded first-in first-out queue between one producer thread and one consumer.
final class Channel<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [T] = []
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Waits for room, then enqueues.
    func send(_ item: T) {
        condition.lock()
        while items.count >= capacity { condition.wait() }
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the end of the stream.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, or nil once the stream is closed and drained.
    func receive() -> T? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        if items.isEmpty { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }
}

/// Lets a buffer whose slots are written by distinct workers cross into a concurrent closure.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Buffered standard output and unbuffered standard error.
enum StandardStreams {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count > 1 << 20 { flush() }
    }

    /// Writes what is buffered; a failed write (disk full, closed pipe) ends the program with status 1.
    static func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    error("marsad: cannot write the output: \(String(cString: strerror(errno)))")
                    exit(1)
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    static func error(_ line: String) {
        FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
    }
}
