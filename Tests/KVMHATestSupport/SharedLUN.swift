import Foundation

/// A SAN LUN as the lab's two migration hosts see it: one raw file on the lab's shared storage behind
/// two loop devices (each host has its own device node for the same LUN, as real hosts do), each
/// bind-mounted at the same `path` inside its host's mount namespace. QEMU's own image locks are per
/// device node, so here — as on a real SAN — only libvirt's lock manager (leases keyed by that path,
/// in the shared lockspace) can stop a second host from writing the disk.
public struct SharedLUN: Sendable {
    /// The raw file holding the LUN's data (read it to see what the guests wrote).
    public let backing: String
    /// Where each host sees the LUN (a block device there; an empty file outside the hosts).
    public let path: String
    /// host → its loop device: `devices[0]` is this machine's view, outside both hosts.
    public let devices: [Int: String]

    public static func create(_ name: String, megabytes: Int = 16) async throws -> SharedLUN {
        let storage = try Lab.current().require("KVMHA_LAB_SHARED_STORAGE")
        let backing = "\(storage)/\(name).img"
        let path = "\(storage)/\(name)"
        _ = FileManager.default.createFile(atPath: backing, contents: nil)
        try FileHandle(forWritingAtPath: backing).map { try $0.truncate(atOffset: UInt64(megabytes) << 20) }
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        var devices: [Int: String] = [:]
        for host in [0, 1, 2] {
            let loop = try await checked("/usr/sbin/losetup", ["--find", "--show", backing])
            devices[host] = loop.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let lun = SharedLUN(backing: backing, path: path, devices: devices)
        for host in [1, 2] {
            let result = try await MigrationHosts.run(host, ["/usr/bin/mount", "--bind", devices[host]!, path])
            guard result.status == 0 else {
                await lun.remove()
                throw Lab.NotUp(description: "mounting the LUN in migration host \(host): \(result.stderr)")
            }
        }
        return lun
    }

    /// Unmounts it in both hosts and detaches the loop devices (the lab's `down` detaches what is left).
    public func remove() async {
        for host in [1, 2] { _ = try? await MigrationHosts.run(host, ["/usr/bin/umount", path]) }
        for device in devices.values { _ = try? await run("/usr/sbin/losetup", ["--detach", device]) }
        try? FileManager.default.removeItem(atPath: backing)
        try? FileManager.default.removeItem(atPath: path)
    }

    static func checked(_ executable: String, _ arguments: [String]) async throws -> RunResult {
        let result = try await run(executable, arguments)
        guard result.status == 0 else { throw Lab.NotUp(description: "\(executable) \(arguments): \(result.stderr)") }
        return result
    }
}
