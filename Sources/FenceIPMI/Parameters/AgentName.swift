import KVMHACore

/// The names fence_ipmi answers to (links to one binary), each with the defaults fence-agents gives
/// the same name in fence_ipmilan 4.12, so a device switches agents by its type alone.
enum AgentName: String, CaseIterable, Sendable {
    case ipmi = "fence_ipmi"
    case atca = "fence_atca"
    case ipmilanplus = "fence_ipmilanplus"
    case idrac = "fence_idrac"
    case ilo3 = "fence_ilo3"
    case ilo4 = "fence_ilo4"
    case ilo5 = "fence_ilo5"
    case imm = "fence_imm"

    /// The name the program was started as; any other name (a renamed copy) is plain fence_ipmi.
    init(program: String) { self = AgentName(rawValue: program) ?? .ipmi }

    var shortDescription: String {
        switch self {
        case .ipmi: "Fence agent for IPMI and ATCA blades (libfreeipmi)"
        case .atca: "Fence agent for ATCA blades behind a shelf manager"
        case .ipmilanplus: "Fence agent for IPMIv2 lanplus"
        case .idrac: "Fence agent for Dell iDRAC"
        case .ilo3: "Fence agent for HP iLO3"
        case .ilo4: "Fence agent for HP iLO4"
        case .ilo5: "Fence agent for HP iLO5"
        case .imm: "Fence agent for IBM Integrated Management Module"
        }
    }

    /// Defaults that differ from fence_ipmi's (fence_ipmilan.py's per-name `all_opt` changes).
    var defaults: [String: String] {
        switch self {
        case .ilo3: ["lanplus": "1", "power_wait": "4"]
        case .ilo4, .ilo5, .ipmilanplus: ["lanplus": "1"]
        case .atca: ["atca": "1"]
        case .ipmi, .idrac, .imm: [:]
        }
    }

    var table: ParameterTable { FenceParameters.table.overridingDefaults(defaults) }

    /// A blade shelf has plugs to list; a single BMC has none, and advertising `list` would make
    /// Pacemaker's default pcmk_host_check `dynamic-list`, so such a device would fence nobody.
    var actions: [FenceAction] {
        let listing: [FenceAction] = self == .atca ? [.list, .listStatus] : []
        return [.on, .off, .reboot, .status, .monitor] + listing + [.metadata, .manpage, .validateAll, .diag]
    }
}
