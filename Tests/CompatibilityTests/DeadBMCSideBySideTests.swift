import Foundation
import Glibc
import KVMHATestSupport
import Testing

/// A bound UDP socket that never answers: packets to it vanish, as to a BMC without power.
final class SilentBMC {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        descriptor = fd
        port = UInt16(bigEndian: address.sin_port)
        try #require(fd >= 0 && bound == 0 && named == 0, "cannot bind a UDP socket on 127.0.0.1")
    }

    deinit { close(descriptor) }
}

/// A BMC that lost power with its host answers nothing: no reply, no ICMP. Fencing's first level must
/// then fail fast and say so, so that a second level (sbd's watchdog) is not held up behind it. A UDP
/// socket on loopback that reads nothing stands for that BMC; both agents get the same stdin options.
@Suite(.serialized) struct DeadBMCSideBySideTests {
    static func options(port: UInt16, passwordFile: String) -> String {
        [
            "action=status", "ip=127.0.0.1", "ipport=\(port)", "username=admin", "lanplus=1", "login_timeout=3",
            "password_script=/bin/cat \(passwordFile)",
        ].joined(separator: "\n") + "\n"
    }

    @Test func aBMCThatAnswersNothingFailsWithinTheLoginTimeoutSayingUnreachable() async throws {
        let bmc = try SilentBMC()
        let passwordFile = FileManager.default.temporaryDirectory.appendingPathComponent("pw-\(UUID())").path
        try "not-the-point\n".write(toFile: passwordFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: passwordFile) }
        let stdin = Self.options(port: bmc.port, passwordFile: passwordFile)

        var took: [String: Duration] = [:]
        for agent in [Installed.fenceIPMI, "/usr/sbin/fence_ipmilan"] {
            let started = ContinuousClock.now
            let result = try await run(agent, stdin: stdin, timeout: .seconds(90))
            took[agent] = ContinuousClock.now - started
            #expect(result.status == 1, "\(agent) exit \(result.status): \(result.stderr)")
            if agent == Installed.fenceIPMI {
                #expect(result.stderr.contains("unreachable"), "\(result.stderr)")
                #expect(!result.stderr.lowercased().contains("off"), "a dead BMC is never called off: \(result.stderr)")
            }
        }
        let ours = try #require(took[Installed.fenceIPMI])
        let stock = try #require(took["/usr/sbin/fence_ipmilan"])
        print("dead BMC, login_timeout=3: fence_ipmi failed after \(ours), fence_ipmilan after \(stock)")
        // Its own login deadline, and ≤ 1 s more (the bound), whatever the stock agent does.
        #expect(ours < .seconds(4), "fence_ipmi took \(ours) against a login_timeout of 3 s")
        #expect(ours < stock, "fence_ipmi \(ours), fence_ipmilan \(stock)")
    }
}
