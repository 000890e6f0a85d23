import CFreeIPMI

/// libfreeipmi's workarounds for real BMCs, by the names ipmipower and friends use (`-W`).
/// The C flag values differ between IPMI 1.5 and 2.0; `flags(for:)` picks the right ones.
public struct Workarounds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let authenticationCapabilities = Workarounds(rawValue: 1 << 0)
    public static let acceptSessionIDZero = Workarounds(rawValue: 1 << 1)
    public static let forcePerMessageAuthentication = Workarounds(rawValue: 1 << 2)
    public static let unexpectedAuthCode = Workarounds(rawValue: 1 << 3)
    public static let bigEndianSequence = Workarounds(rawValue: 1 << 4)
    public static let noAuthCodeCheck = Workarounds(rawValue: 1 << 5)
    public static let noChecksumCheck = Workarounds(rawValue: 1 << 6)
    public static let intel20 = Workarounds(rawValue: 1 << 7)
    public static let supermicro20 = Workarounds(rawValue: 1 << 8)
    public static let sun20 = Workarounds(rawValue: 1 << 9)
    public static let openSessionPrivilege = Workarounds(rawValue: 1 << 10)
    public static let nonEmptyIntegrityCheckValue = Workarounds(rawValue: 1 << 11)

    /// The names accepted in a comma-separated list, as in ipmipower(8).
    public static let byName: [String: Workarounds] = [
        "authcap": .authenticationCapabilities, "idzero": .acceptSessionIDZero,
        "forcepermsg": .forcePerMessageAuthentication, "unexpectedauth": .unexpectedAuthCode,
        "endianseq": .bigEndianSequence, "noauthcodecheck": .noAuthCodeCheck, "nochecksumcheck": .noChecksumCheck,
        "intel20": .intel20, "supermicro20": .supermicro20, "sun20": .sun20, "opensesspriv": .openSessionPrivilege,
        "integritycheckvalue": .nonEmptyIntegrityCheckValue,
    ]

    /// Parses `opensesspriv,intel20`; a failure names the first unknown word.
    public static func parse(_ list: String) -> Result<Workarounds, UnknownWorkaround> {
        var result: Workarounds = []
        for word in list.split(separator: ",").map({ String($0).lowercased() }) where !word.isEmpty {
            guard let flag = byName[word] else { return .failure(UnknownWorkaround(name: word)) }
            result.insert(flag)
        }
        return .success(result)
    }

    public struct UnknownWorkaround: Error, Equatable {
        public let name: String
        public init(name: String) { self.name = name }
    }

    func flags(for ipmiProtocol: IPMIProtocol) -> UInt32 {
        let table: [(Workarounds, Int32)]
        switch ipmiProtocol {
        case .lan15:
            table = [
                (.authenticationCapabilities, IPMI_WORKAROUND_FLAGS_OUTOFBAND_AUTHENTICATION_CAPABILITIES),
                (.acceptSessionIDZero, IPMI_WORKAROUND_FLAGS_OUTOFBAND_ACCEPT_SESSION_ID_ZERO),
                (.forcePerMessageAuthentication, IPMI_WORKAROUND_FLAGS_OUTOFBAND_FORCE_PERMSG_AUTHENTICATION),
                (.unexpectedAuthCode, IPMI_WORKAROUND_FLAGS_OUTOFBAND_CHECK_UNEXPECTED_AUTHCODE),
                (.bigEndianSequence, IPMI_WORKAROUND_FLAGS_OUTOFBAND_BIG_ENDIAN_SEQUENCE_NUMBER),
                (.noAuthCodeCheck, IPMI_WORKAROUND_FLAGS_OUTOFBAND_NO_AUTH_CODE_CHECK),
                (.noChecksumCheck, IPMI_WORKAROUND_FLAGS_OUTOFBAND_NO_CHECKSUM_CHECK),
            ]
        case .lan20:
            table = [
                (.authenticationCapabilities, IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_AUTHENTICATION_CAPABILITIES),
                (.intel20, IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_INTEL_2_0_SESSION),
                (.supermicro20, IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_SUPERMICRO_2_0_SESSION),
                (.sun20, IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_SUN_2_0_SESSION),
                (.openSessionPrivilege, IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_OPEN_SESSION_PRIVILEGE),
                (.nonEmptyIntegrityCheckValue, IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_NON_EMPTY_INTEGRITY_CHECK_VALUE),
                (.noChecksumCheck, IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_NO_CHECKSUM_CHECK),
            ]
        }
        return table.reduce(0) { contains($1.0) ? $0 | UInt32($1.1) : $0 }
    }
}
