import KVMHACore

/// Finds the QEMU process of a running domain from the pid file libvirt's qemu driver keeps, so the
/// agent can tell whether a guest still runs while libvirtd itself cannot be asked.
struct EmulatorLocator: Sendable {
    var runDirectory = "/run/libvirt/qemu"

    func emulator(of name: String) -> ProcessIdentity? {
        guard !name.contains("/"),
            let text = try? Files.readText("\(runDirectory)/\(name).pid", limit: 64),
            let pid = Int32(text.trimmingWhitespace()),
            let identity = ProcessIdentity.current(pid: pid)
        else { return nil }
        return identity
    }
}
