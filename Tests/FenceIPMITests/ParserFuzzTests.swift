import KVMHACore
import KVMHATestSupport
import Testing

@testable import FenceIPMI

/// A seeded random walk over hostile input for the stdin and argv parsers and everything that reads
/// their result: no input may crash the agent; each is either accepted or refused with a reason.
@Suite(.ownThread) struct ParserFuzzTests {
    static let fragments = [
        "=", "\n", "\r\n", "#", "\"", "'", "-", "--", " ", "\t", "\u{0}", "\u{1b}[2J", "$(reboot)", "`id`", ";", "é",
        "🙂",
        "action", "ip", "ipaddr", "passwd", "password_script", "delay", "power_timeout", "hexadecimal_kg", "target",
        "ipport", "cipher", "privlvl", "method", "workarounds", "1e300", "-1", "nan", "inf", "0x", "0xzz",
        "99999999999999999999",
        "on", "off", "reboot", "status", "callback", "opensesspriv", String(repeating: "A", count: 300),
    ]

    func randomText(_ random: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            if Bool.random(using: &random) {
                text += Self.fragments.randomElement(using: &random)!
            } else {
                text.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0...127, using: &random)))
            }
        }
        return text
    }

    /// What the agent does with parsed values before it opens any session.
    func exercise(_ values: ParameterValues) {
        let settings = FenceSettings(values: values)
        _ = try? values.validate()
        _ = try? SessionPlan(settings)
        _ = try? settings.bridgeTarget()
        _ = settings.overallDeadline
        _ = settings.powerWait
        _ = settings.retryOn
    }

    @Test func stdinAndArgvSurvive100kHostileInputs() async throws {
        // A thread of its own: the loop would otherwise hold a thread of the cooperative pool that
        // other suites' child processes need.
        let (accepted, refused, reasonless) = try await onOwnThread { () -> (Int, Int, Int) in
            var random = SeededGenerator(seed: 0x5EED_CAFE_F00D_0001)
            var accepted = 0
            var refused = 0
            var silent = 0
            for _ in 0..<50_000 {
                var lines: [String] = []
                for _ in 0..<Int.random(in: 0...6, using: &random) {
                    lines.append("\(randomText(&random))=\(randomText(&random))")
                }
                if Bool.random(using: &random) { lines.append(randomText(&random)) }
                do {
                    exercise(try FenceParameters.table.values(keyValueText: lines.joined(separator: "\n")) { _ in })
                    accepted += 1
                } catch {
                    if (error as? ParameterError)?.reason.isEmpty ?? true { silent += 1 }
                    refused += 1
                }
            }
            for _ in 0..<50_000 {
                let arguments = (0..<Int.random(in: 0...6, using: &random)).map { _ in randomText(&random) }
                do {
                    exercise(try FenceParameters.table.values(arguments: arguments))
                    accepted += 1
                } catch {
                    if (error as? ParameterError)?.reason.isEmpty ?? true { silent += 1 }
                    refused += 1
                }
            }
            return (accepted, refused, silent)
        }
        #expect(reasonless == 0, "refusals without a reason")
        #expect(accepted + refused == 100_000)
        #expect(accepted > 1000 && refused > 1000)
    }

    @Test func knownHostileValuesAreRefusedOrBounded() throws {
        for (name, value) in [("delay", "1e300"), ("power_timeout", "inf"), ("ipport", "99999999999999999999")] {
            let values = try FenceParameters.table.values(keyValueText: "\(name)=\(value)\n") { _ in }
            exercise(values)
        }
        let settings = FenceSettings(values: try FenceParameters.table.values(keyValueText: "delay=1e300\n") { _ in })
        #expect(settings.delay == .seconds(86_400))
    }
}
