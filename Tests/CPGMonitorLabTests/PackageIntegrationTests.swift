import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

/// The kvmha Debian package on a machine whose Corosync and Pacemaker run (the lab): the tests run
/// what it installed, and an upgrade replaces the binaries under a running daemon without touching
/// it or the cluster. (`scripts/check-package` covers lintian, Depends, purge and reinstall, before
/// the lab is up.)
@Suite(.serialized) struct PackageIntegrationTests {
    static let packages = LabControl.repository + "/.build-deb"
    static var current: String { "\(packages)/kvmha_\(KVMHAVersion.current)_amd64.deb" }

    @Test func theTestsRunWhatThePackageInstalled() async throws {
        for path in Installed.all {
            let owner = try await run("/usr/bin/dpkg-query", ["-S", path])
            #expect(owner.status == 0 && owner.stdout.hasPrefix("\(Installed.package): "), "\(path): \(owner)")
        }
        let version = try await run(Installed.daemon, ["--version"])
        // The package build names its commit, so two nodes on different commits tell apart.
        #expect(version.stdout.hasPrefix("kvmha-cpgmonitor \(KVMHAVersion.current) (commit "), "\(version.stdout)")
        #expect(!version.stdout.contains("unknown"), "\(version.stdout)")
    }

    @Test func anUpgradeLeavesARunningDaemonAndTheClusterAlone() async throws {
        _ = try Lab.current()
        let previous = try await Self.previousBuild()
        defer { try? FileManager.default.removeItem(atPath: previous) }
        var failure: (any Error)?
        do { try await upgrade(from: previous) } catch { failure = error }
        // Whatever happened, the tests after this one run the current package.
        if try await installedVersion() != KVMHAVersion.current {
            let restored = try await Self.apt(["install", "--reinstall", Self.current])
            #expect(restored.status == 0, "\(restored.stderr)")
        }
        if let failure { throw failure }
    }

    func upgrade(from previous: String) async throws {
        let corosync = try LabControl.pid(of: "corosync")
        let pacemakerd = try LabControl.pid(of: "pacemakerd")
        let epoch = try await cibEpoch()

        let downgrade = try await Self.apt(["install", "--allow-downgrades", previous])
        #expect(downgrade.status == 0, "\(downgrade.stderr)")
        #expect(try await installedVersion() == "\(KVMHAVersion.current)~previous")

        let daemon = try TestDaemon.start(group: "kvmha-pkg-\(getpid())", name: "upgrade")
        defer { daemon.stop() }
        let upgrade = try await Self.apt(["install", Self.current])
        #expect(upgrade.status == 0, "\(upgrade.stderr)")
        #expect(try await installedVersion() == KVMHAVersion.current)

        // The daemon still runs the binary it started from (now unlinked) and keeps writing its status.
        #expect(daemon.identity.isAlive, "the upgrade stopped the daemon: \(daemon.logText)")
        let exe = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(daemon.identity.pid)/exe")
        #expect(exe == "\(Installed.daemon) (deleted)", "the daemon runs \(exe)")
        let before = daemon.status
        #expect(waitUntil(.seconds(5)) { daemon.status != before }, "the daemon stopped writing its status")
        #expect(daemon.status.contains("libvirt: connected"))
        // Corosync, Pacemaker and the configuration are as they were.
        #expect(try LabControl.pid(of: "corosync") == corosync)
        #expect(try LabControl.pid(of: "pacemakerd") == pacemakerd)
        #expect(try await cibEpoch() == epoch)
    }

    /// The current package under a lower version, as the build before this one: same files, so the
    /// upgrade's dpkg replaces every binary.
    static func previousBuild() async throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-previous-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let unpacked = try await run("/usr/bin/dpkg-deb", ["-R", current, directory.path])
        guard unpacked.status == 0 else { throw Lab.NotUp(description: "no \(current): \(unpacked.stderr)") }
        let control = directory.appendingPathComponent("DEBIAN/control")
        let text = try String(contentsOf: control, encoding: .utf8)
        try text.replacingOccurrences(
            of: "\nVersion: \(KVMHAVersion.current)\n", with: "\nVersion: \(KVMHAVersion.current)~previous\n"
        ).write(to: control, atomically: true, encoding: .utf8)
        let output = "\(packages)/kvmha_\(KVMHAVersion.current)~previous_amd64.deb"
        let built = try await run(
            "/usr/bin/dpkg-deb", ["-Zgzip", "-z1", "--build", directory.path, output], timeout: .seconds(60))
        guard built.status == 0 else { throw Lab.NotUp(description: "dpkg-deb --build: \(built.stderr)") }
        return output
    }

    static func apt(_ arguments: [String]) async throws -> RunResult {
        try await run(
            "/usr/bin/apt-get", ["-y", "-q", "--no-install-recommends"] + arguments,
            environment: ["DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"],
            timeout: .seconds(120))
    }

    func installedVersion() async throws -> String {
        try await run("/usr/bin/dpkg-query", ["-W", "-f=${Version}", Installed.package]).stdout
    }

    /// The configuration's version: `admin_epoch.epoch` of the CIB (status updates do not change it).
    func cibEpoch() async throws -> String {
        let cib = try await run("/usr/sbin/cibadmin", ["--query"])
        let root = cib.stdout.prefix { $0 != ">" }
        func attribute(_ name: String) -> String {
            guard let range = root.range(of: " \(name)=\"") else { return "?" }
            return String(root[range.upperBound...].prefix { $0 != "\"" })
        }
        return "\(attribute("admin_epoch")).\(attribute("epoch"))"
    }
}
