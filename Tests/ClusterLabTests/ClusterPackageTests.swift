import Foundation
import KVMHATestSupport
import Testing

/// The three-node lab cluster's nodes run the kvmha package's files: what each node sees at the
/// installed paths (through its own mount namespace) is the very file dpkg says kvmha installed.
@Test func everyNodeRunsThePackagedAgents() async throws {
    for path in Installed.all {
        let owner = try await run("/usr/bin/dpkg-query", ["-S", path])
        #expect(owner.stdout.hasPrefix("\(Installed.package): "), "\(path): \(owner.stdout) \(owner.stderr)")
    }
    for node in 1...3 {
        let pid = try LabControl.pid(of: "cl-n\(node)")
        for path in Installed.all {
            let host = try #require(fileIdentity(path), "\(path) missing")
            #expect(fileIdentity("/proc/\(pid)/root\(path)") == host, "node n\(node) sees another \(path)")
        }
    }
}

/// Device and inode of the file a path leads to (links followed).
func fileIdentity(_ path: String) -> [UInt64]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return [UInt64(info.st_dev), UInt64(info.st_ino)]
}
