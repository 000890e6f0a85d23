import CCorosync

/// A `cs_error_t` other than `CS_OK`, with the call that returned it.
public struct CorosyncError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: UInt32
    public let function: String

    init(_ code: cs_error_t, _ function: String) {
        self.code = code.rawValue
        self.function = function
    }

    /// Corosync is not running or refused the IPC connection (`CS_ERR_LIBRARY`).
    public var isNotRunning: Bool { code == CS_ERR_LIBRARY.rawValue }

    /// The key asked for is not in the map (`CS_ERR_NOT_EXIST`).
    public var isMissingKey: Bool { code == CS_ERR_NOT_EXIST.rawValue }

    /// Worth calling again shortly (`CS_ERR_TRY_AGAIN`).
    public var isTryAgain: Bool { code == CS_ERR_TRY_AGAIN.rawValue }

    public var description: String {
        let name = Self.names[code] ?? "CS_ERR_\(code)"
        let hint =
            isNotRunning
            ? " (is corosync running?)"
            : code == CS_ERR_TIMEOUT.rawValue ? " (Corosync did not answer in time: hung?)" : ""
        return "\(function): \(name)\(hint)"
    }

    static let names: [UInt32: String] = [
        2: "CS_ERR_LIBRARY", 3: "CS_ERR_VERSION", 4: "CS_ERR_INIT", 5: "CS_ERR_TIMEOUT", 6: "CS_ERR_TRY_AGAIN",
        7: "CS_ERR_INVALID_PARAM", 8: "CS_ERR_NO_MEMORY", 9: "CS_ERR_BAD_HANDLE", 10: "CS_ERR_BUSY",
        11: "CS_ERR_ACCESS", 12: "CS_ERR_NOT_EXIST", 13: "CS_ERR_NAME_TOO_LONG", 14: "CS_ERR_EXIST",
        15: "CS_ERR_NO_SPACE", 16: "CS_ERR_INTERRUPT", 17: "CS_ERR_NAME_NOT_FOUND", 18: "CS_ERR_NO_RESOURCES",
        19: "CS_ERR_NOT_SUPPORTED", 20: "CS_ERR_BAD_OPERATION", 21: "CS_ERR_FAILED_OPERATION",
        22: "CS_ERR_MESSAGE_ERROR", 23: "CS_ERR_QUEUE_FULL", 24: "CS_ERR_QUEUE_NOT_AVAILABLE",
        25: "CS_ERR_BAD_FLAGS", 26: "CS_ERR_TOO_BIG", 27: "CS_ERR_NO_SECTIONS", 28: "CS_ERR_CONTEXT_NOT_FOUND",
        30: "CS_ERR_TOO_MANY_GROUPS", 100: "CS_ERR_SECURITY",
    ]
}

/// Turns a `cs_error_t` into a thrown error.
func check(_ result: cs_error_t, _ function: String) throws(CorosyncError) {
    guard result == CS_OK else { throw CorosyncError(result, function) }
}
