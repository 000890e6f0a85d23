import Libvirt

/// The real hypervisor: libvirt through the bindings.
struct LibvirtHypervisor: Hypervisor {
    func connect(uri: String) throws(LibvirtError) -> any HypervisorConnection { try Connection(uri: uri) }
}

extension Connection: HypervisorConnection {
    func guest(named name: String) throws(LibvirtError) -> (any Guest)? { try domain(named: name) }
    func guest(uuid: String) throws(LibvirtError) -> (any Guest)? { try domain(uuid: uuid) }
    func createTransient(xml: String) throws(LibvirtError) -> any Guest {
        let domain: Domain = try createTransient(xml: xml)
        return domain
    }
}

extension Domain: Guest {
    func migrate(
        to destination: (any HypervisorConnection)?, destinationURI: String, parameters: MigrationParameters,
        flags: MigrationFlags
    ) throws(LibvirtError) {
        try migrate(
            to: destination as? Connection, destinationURI: destinationURI, parameters: parameters, flags: flags)
    }
}
