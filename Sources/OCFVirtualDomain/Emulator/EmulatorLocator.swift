import KVMHACore
import SystemPackage

/// Finds the QEMU process of a running domain from the pid file libvirt's qemu driver keeps, so the
/// agent can tell whether a guest still runs while libvirtd itself cannot be asked. The pid file may
/// be stale (libvirtd down, the guest gone, the pid reused): the process counts only if its command
/// line is that domain's QEMU.
struct EmulatorLocator: Sendable {
    var runDirectory = "/run/libvirt/qemu"
    /// Signals a QEMU the agent must stop itself (libvirtd unreachable, or the process stopped): nil
    /// when delivered, else why not. EPERM is what Debian's AppArmor gives: libvirt's libvirt-qemu
    /// profile lets QEMU take signals from libvirtd only. Tests replace it to play that refusal.
    var signal: @Sendable (ProcessIdentity, Int32) -> Errno? = { $0.deliver($1) }

    /// What an admin needs to read beside a refused signal.
    static func explain(_ failure: Errno) -> String {
        guard failure == .notPermitted || failure == .permissionDenied else { return "\(failure)" }
        return "\(failure): AppArmor's libvirt-qemu profile lets QEMU take signals from libvirtd only "
            + "(see kvmha's admin documentation for the local override)"
    }

    func emulator(of name: String) -> ProcessIdentity? {
        guard !name.contains("/"),
            let text = try? Files.readText("\(runDirectory)/\(name).pid", limit: 64),
            let pid = Int32(text.trimmingWhitespace()),
            let identity = ProcessIdentity.current(pid: pid),
            Self.isEmulator(identity.arguments, of: name)
        else { return nil }
        return identity
    }

    /// libvirt starts QEMU with `-name guest=NAME,debug-threads=on` (QEMU doubles a comma in a value).
    static func isEmulator(_ arguments: [String], of name: String) -> Bool {
        let wanted = "guest=" + name.replacing(",", with: ",,")
        guard let index = arguments.firstIndex(of: "-name"), index + 1 < arguments.count else { return false }
        let value = arguments[index + 1]
        return value == wanted || (value.hasPrefix(wanted + ",") && !value.hasPrefix(wanted + ",,"))
    }
}
