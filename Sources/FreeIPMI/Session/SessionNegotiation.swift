import KVMHACore

/// How a session is opened without flags where ipmitool would succeed.
///
/// ipmitool asks for the real privilege level in the RMCP+ Open Session request; libfreeipmi asks for
/// "highest level" (0) and only sends the real one with the `opensesspriv` workaround. Some BMCs
/// (OpenIPMI's ipmi_sim among them) then refuse RAKP1 with "privilege level cannot be obtained".
/// The workaround also changes how libfreeipmi hashes the session keys, which breaks BMCs that follow
/// the specification, so it is not turned on for everyone: the open is tried once more with it when,
/// and only when, the BMC refuses the privilege. A refusal is an answer, so the retry costs one round
/// trip and never a timeout. With `lanplus` and no cipher given, suite 17 is tried before 3 (current
/// ipmitool's default; many BMCs disable 3); only a refused suite moves on to the next one.
public enum SessionNegotiation {
    /// The cipher suites to try, in order: the one given, else 17 then 3.
    public static func cipherSuites(given: Int?) -> [Int] { given.map { [$0] } ?? [17, 3] }

    /// The option sets in the order they are tried for one cipher suite.
    static func attempts(_ options: SessionOptions) -> [SessionOptions] {
        guard case .lan20 = options.ipmiProtocol, !options.workarounds.contains(.openSessionPrivilege) else {
            return [options]
        }
        var retry = options
        retry.workarounds.insert(.openSessionPrivilege)
        return [options, retry]
    }

    /// Opens with the first option set the BMC accepts; `ciphers` applies to IPMI 2.0 only.
    /// Every attempt shares `deadline`; an unanswered attempt ends the negotiation at once.
    public static func open<Session>(
        _ options: SessionOptions,
        ciphers: [Int],
        deadline: Deadline,
        log: (String) -> Void = { _ in },
        using open: (SessionOptions, Deadline) throws(IPMIError) -> Session
    ) throws(IPMIError) -> (session: Session, options: SessionOptions) {
        var suites: [SessionOptions] = []
        if case .lan20 = options.ipmiProtocol {
            for suite in ciphers {
                var candidate = options
                candidate.ipmiProtocol = .lan20(cipherSuite: suite)
                suites.append(candidate)
            }
        } else {
            suites = [options]
        }
        var lastError = IPMIError.unreachable(host: options.endpoint)
        for (index, suite) in suites.enumerated() {
            for attempt in attempts(suite) {
                do {
                    let session = try open(attempt, deadline)
                    log("session open: \(attempt.ipmiProtocol.summary), workarounds \(attempt.workarounds.names)")
                    return (session, attempt)
                } catch .privilegeRefused {
                    log(
                        "\(attempt.ipmiProtocol.summary): privilege refused with workarounds \(attempt.workarounds.names)"
                    )
                    lastError = .privilegeRefused
                    continue
                } catch .cipherSuiteRefused(let id) where index < suites.count - 1 {
                    log("cipher suite \(id) refused; trying the next one")
                    lastError = .cipherSuiteRefused(id)
                    break
                } catch {
                    throw error
                }
            }
            if case .privilegeRefused = lastError { throw lastError }
        }
        throw lastError
    }
}

extension IPMIProtocol {
    /// "IPMI 2.0 cipher suite 17" or "IPMI 1.5 md5", for logs.
    public var summary: String {
        switch self {
        case .lan20(let suite): "IPMI 2.0 cipher suite \(suite)"
        case .lan15(let authentication): "IPMI 1.5 \(authentication.rawValue)"
        }
    }
}

extension Workarounds {
    /// The names set, comma separated ("none" for none), as `workarounds` takes them.
    public var names: String {
        let set = Self.byName.filter { contains($0.value) }.map(\.key).sorted()
        return set.isEmpty ? "none" : set.joined(separator: ",")
    }
}
