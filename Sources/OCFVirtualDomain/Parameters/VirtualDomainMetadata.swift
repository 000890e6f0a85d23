import KVMHACore

enum VirtualDomainMetadata {
    static let agentVersion = KVMHAVersion.described

    static let metadata: OCFMetadata = {
        var metadata = OCFMetadata(
            name: "VirtualDomain",
            agentVersion: agentVersion,
            shortDescription: "Manages libvirt virtual domains (kvmha)",
            longDescription:
                "Manages a libvirt virtual domain (KVM/QEMU guest) through libvirt directly. A drop-in for "
                + "ocf:heartbeat:VirtualDomain: same parameters, every action bounded by its timeout.",
            parameters: VirtualDomainParameters.table,
            actions: [
                OCFAction("start", timeout: 90),
                OCFAction("stop", timeout: 90),
                OCFAction("status", timeout: 30, interval: 10, depth: 0),
                OCFAction("monitor", timeout: 30, interval: 10, depth: 0),
                OCFAction("migrate_from", timeout: 60),
                OCFAction("migrate_to", timeout: 120),
                OCFAction("meta-data", timeout: 5),
                OCFAction("validate-all", timeout: 5),
                OCFAction("reload-agent", timeout: 5, ocf11Only: true),
            ]
        )
        metadata.behaviour = VirtualDomainBehaviour.notes
        return metadata
    }()
}
