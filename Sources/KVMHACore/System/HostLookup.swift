import Glibc

/// Why a BMC host name gave no address.
public enum HostLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknown(String)
    case timedOut(String)

    public var description: String {
        switch self {
        case .unknown(let host): "host name \(ParameterValues.printable(host)) does not resolve"
        case .timedOut(let host): "host name \(ParameterValues.printable(host)) did not resolve before the deadline"
        }
    }
}

/// Host names resolved to a numeric address within a deadline (libc layer). A resolver's own
/// timeouts (5 s a try, several tries) run past a fence action's, and libraries that resolve inside
/// their connect (libfreeipmi) cannot be bounded: they get the number instead.
public enum HostLookup {
    public typealias Resolver = @Sendable (String) -> String?

    public static func numericAddress(
        _ host: String, deadline: Deadline, resolver: @escaping Resolver = HostLookup.getaddrinfo
    ) throws(HostLookupError) -> String {
        if isNumeric(host) { return host }
        let answer: String?
        do {
            answer = try Bounded.call("resolving \(host)", deadline: deadline) { () throws(Never) in resolver(host) }
        } catch {
            throw .timedOut(host)
        }
        guard let answer else { throw .unknown(host) }
        return answer
    }

    public static func isNumeric(_ host: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }

    /// The first address getaddrinfo gives, as text.
    public static let getaddrinfo: Resolver = { host in
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_DGRAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard Glibc.getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return nil }
        defer { freeaddrinfo(list) }
        var text = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        guard
            getnameinfo(
                first.pointee.ai_addr, first.pointee.ai_addrlen, &text, socklen_t(text.count), nil, 0, NI_NUMERICHOST)
                == 0
        else { return nil }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
