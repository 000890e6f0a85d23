import KVMHACore

/// fence-agents' actions (`-o`/`action=`) that fence_ipmi knows; anything else is an unknown action.
enum FenceAction: String, Sendable, CaseIterable {
    case on, off, reboot, status, monitor, list
    case listStatus = "list-status"
    case metadata
    case metaData = "meta-data"
    case manpage
    case validateAll = "validate-all"
    case diag

    var isListing: Bool { self == .list || self == .listStatus }
}

/// How `reboot` reboots (`method`).
enum RebootMethod: String, Sendable, CaseIterable {
    case onoff, cycle
}

/// The privilege level of the session (`privlvl`).
enum PrivilegeChoice: String, Sendable, CaseIterable {
    case callback, user, `operator`, administrator
}

/// The IPMI 1.5 authentication type (`auth`).
enum AuthenticationChoice: String, Sendable, CaseIterable {
    case md5, password, none
}
