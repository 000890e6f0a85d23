import SystemPackage

/// Reads `key=value` input from standard input with its size bounded while it is read: a line longer
/// than `maxLineBytes` or input longer than `maxBytes` is refused without being held in memory.
/// What follows a refusal is drained (up to `drainBytes`), so the writer sees no broken pipe.
public enum StandardInput {
    public static func read(
        maxBytes: Int = 64 * 1024, maxLineBytes: Int = 16 * 1024, drainBytes: Int = 16 << 20
    ) throws(ParameterError) -> String {
        var kept: [UInt8] = []
        var lineLength = 0
        var lineNumber = 1
        var failure: ParameterError?
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 4096)
        while total < maxBytes + drainBytes {
            let count: Int
            do {
                count = try chunk.withUnsafeMutableBytes {
                    try FileDescriptor.standardInput.read(into: $0, retryOnInterrupt: true)
                }
            } catch { break }
            if count == 0 { break }
            total += count
            guard failure == nil else { continue }
            for byte in chunk[0..<count] {
                if byte == UInt8(ascii: "\n") {
                    lineLength = 0
                    lineNumber += 1
                } else {
                    lineLength += 1
                }
                if lineLength > maxLineBytes {
                    failure = .lineTooLong(number: lineNumber, limit: maxLineBytes)
                    break
                }
                kept.append(byte)
                if kept.count > maxBytes {
                    failure = .inputTooLarge(limit: maxBytes)
                    break
                }
            }
            if failure != nil { kept = [] }
        }
        if let failure { throw failure }
        return String(decoding: kept, as: UTF8.self)
    }
}
