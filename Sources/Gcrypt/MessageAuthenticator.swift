import CGcrypt

/// HMAC-SHA256 under one key (`gcry_mac_hd_t`, closed on deinit). The key is set once; each tag is
/// computed from a reset handle, so a heartbeat costs no allocation in libgcrypt. Not for sharing
/// between threads: one owner, as libgcrypt's handles require.
public final class MessageAuthenticator {
    private let handle: gcry_mac_hd_t

    /// Bytes in a tag.
    public static let tagLength = 32

    public init(key: [UInt8]) throws(GcryptError) {
        try Library.initialize()
        var handle: gcry_mac_hd_t?
        try check(gcry_mac_open(&handle, Int32(GCRY_MAC_HMAC_SHA256.rawValue), 0, nil), "gcry_mac_open")
        guard let handle else { throw GcryptError(library: "gcry_mac_open") }
        self.handle = handle
        let error = key.withUnsafeBytes { gcry_mac_setkey(handle, $0.baseAddress, $0.count) }
        try check(error, "gcry_mac_setkey")
    }

    deinit { gcry_mac_close(handle) }

    /// The tag of `parts` written one after the other.
    public func tag(_ parts: [UInt8]...) -> [UInt8] {
        absorb(parts)
        var tag = [UInt8](repeating: 0, count: Self.tagLength)
        var length = tag.count
        let error = tag.withUnsafeMutableBytes { gcry_mac_read(handle, $0.baseAddress, &length) }
        // Reading a 32-byte HMAC into 32 bytes cannot fail; were it to, no tag verifies against zeros.
        return error == 0 ? tag : [UInt8](repeating: 0, count: Self.tagLength)
    }

    /// Whether `tag` is the tag of `parts`, compared in constant time by libgcrypt. The parts are
    /// read where they lie (a received message is not copied to be checked).
    public func verify(_ tag: [UInt8], _ parts: UnsafeRawBufferPointer...) -> Bool {
        guard tag.count == Self.tagLength else { return false }
        _ = gcry_mac_ctl(handle, Int32(GCRYCTL_RESET.rawValue), nil, 0)
        for part in parts { _ = gcry_mac_write(handle, part.baseAddress, part.count) }
        return tag.withUnsafeBytes { gcry_mac_verify(handle, $0.baseAddress, $0.count) } == 0
    }

    private func absorb(_ parts: [[UInt8]]) {
        _ = gcry_mac_ctl(handle, Int32(GCRYCTL_RESET.rawValue), nil, 0)
        for part in parts { part.withUnsafeBytes { _ = gcry_mac_write(handle, $0.baseAddress, $0.count) } }
    }
}

/// libgcrypt's one-time initialization, as its manual asks of the application that uses it.
enum Library {
    private static let version: String? = kvmha_gcry_initialize().map { String(cString: $0) }

    static func initialize() throws(GcryptError) {
        guard version != nil else { throw GcryptError(library: "gcry_check_version") }
    }
}
