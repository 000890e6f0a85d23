import CLibvirt

/// `virDomainMigrateFlags` an agent may ask for.
public struct MigrationFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let live = MigrationFlags(rawValue: VIR_MIGRATE_LIVE.rawValue)
    public static let peerToPeer = MigrationFlags(rawValue: VIR_MIGRATE_PEER2PEER.rawValue)
    public static let tunnelled = MigrationFlags(rawValue: VIR_MIGRATE_TUNNELLED.rawValue)
    public static let unsafe = MigrationFlags(rawValue: VIR_MIGRATE_UNSAFE.rawValue)
    public static let compressed = MigrationFlags(rawValue: VIR_MIGRATE_COMPRESSED.rawValue)
    public static let autoConverge = MigrationFlags(rawValue: VIR_MIGRATE_AUTO_CONVERGE.rawValue)
    public static let abortOnError = MigrationFlags(rawValue: VIR_MIGRATE_ABORT_ON_ERROR.rawValue)
}

/// Typed migration parameters (`VIR_MIGRATE_PARAM_*`).
public struct MigrationParameters: Sendable, Equatable {
    /// Where the migration data goes (`migrate_uri`), e.g. `tcp:10.0.0.2:49152`.
    public var dataURI: String?
    /// Bandwidth limit in MiB/s (`bandwidth`).
    public var bandwidthMiBs: UInt64?

    public init(dataURI: String? = nil, bandwidthMiBs: UInt64? = nil) {
        self.dataURI = dataURI
        self.bandwidthMiBs = bandwidthMiBs
    }
}

extension Domain {
    /// Migrates to the host of `destination` (`virDomainMigrate3`, client-managed like `virsh migrate`),
    /// or, with `.peerToPeer`, lets the source daemon reach `destinationURI` (`virDomainMigrateToURI3`).
    /// Blocks until the migration ends; `abortJob()` from another thread ends it early.
    public func migrate(
        to destination: Connection?, destinationURI: String, parameters: MigrationParameters, flags: MigrationFlags
    ) throws(LibvirtError) {
        var params: virTypedParameterPtr?
        var count: Int32 = 0
        var capacity: Int32 = 0
        defer { virTypedParamsFree(params, count) }
        if let uri = parameters.dataURI,
            virTypedParamsAddString(&params, &count, &capacity, VIR_MIGRATE_PARAM_URI, uri) < 0
        {
            throw LibvirtError.last("virTypedParamsAddString")
        }
        if let bandwidth = parameters.bandwidthMiBs,
            virTypedParamsAddULLong(&params, &count, &capacity, VIR_MIGRATE_PARAM_BANDWIDTH, bandwidth) < 0
        {
            throw LibvirtError.last("virTypedParamsAddULLong")
        }
        if flags.contains(.peerToPeer) || destination == nil {
            guard virDomainMigrateToURI3(handle, destinationURI, params, UInt32(count), flags.rawValue) == 0 else {
                throw LibvirtError.last("virDomainMigrateToURI3")
            }
        } else if let destination {
            guard let moved = virDomainMigrate3(handle, destination.handle, params, UInt32(count), flags.rawValue)
            else {
                throw LibvirtError.last("virDomainMigrate3")
            }
            virDomainFree(moved)
        }
    }
}
