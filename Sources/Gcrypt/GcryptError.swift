import CGcrypt

/// A libgcrypt error (`gcry_error_t`), with the call that returned it and libgcrypt's own words.
public struct GcryptError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: UInt32
    public let function: String
    public let text: String

    init(_ error: gcry_error_t, _ function: String) {
        code = error
        self.function = function
        text = String(cString: gcry_strerror(error))
    }

    init(library function: String) {
        code = 0
        self.function = function
        text = "libgcrypt is older than the one kvmha was built with"
    }

    public var description: String { "\(function): \(text)" }
}

@inline(__always)
func check(_ error: gcry_error_t, _ function: String) throws(GcryptError) {
    guard error == 0 else { throw GcryptError(error, function) }
}
