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

/// The fence agent's parameters read as their types; the defaults are the table's.
enum FenceKeys {
    static let action = ParameterKey<FenceAction>.choice("action")
    static let method = ParameterKey<RebootMethod>.choice("method")
    static let privilege = ParameterKey<PrivilegeChoice>.choice("privlvl")
    static let authentication = ParameterKey<AuthenticationChoice>.choice("auth")
    static let delay = ParameterKey<Double>.seconds("delay")
    static let loginTimeout = ParameterKey<Double>.seconds("login_timeout")
    static let powerTimeout = ParameterKey<Double>.seconds("power_timeout")
    static let powerWait = ParameterKey<Double>.seconds("power_wait")
    static let statusInterval = ParameterKey<Double>.seconds("stonith_status_sleep")
    static let retryOn = ParameterKey<Int>.integer("retry_on")
    static let port = ParameterKey<Int>.integer("ipport")
    static let hotswapSensor = ParameterKey<Int>.integer("hotswap_sensor")
    static let plugSeparator = ParameterKey<String>.text("plug_separator")

    /// The keys read with the table's default behind them (`ParameterValues.value`).
    static let seconds = [delay, loginTimeout, powerTimeout, powerWait, statusInterval]
    static let integers = [retryOn, port, hotswapSensor]
}
