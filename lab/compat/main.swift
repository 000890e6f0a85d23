// heartbeat-0.2: kvmha 0.2.0's heartbeat code as a command, for the mixed-version tests.
//   heartbeat-0.2 decode FILE                    prints what a 0.2 daemon reads in the message in FILE
//                                                ("node=… resource=… domains=N"), exit 1 if it refuses it
//   heartbeat-0.2 encode NODE RESOURCE [UUID]... writes a 0.2 heartbeat to stdout
import Foundation

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "decode" where arguments.count == 3:
    guard let data = FileManager.default.contents(atPath: arguments[2]),
        let message = PeerMessage(decoding: Array(data))
    else {
        print("refused")
        exit(1)
    }
    print("node=\(message.node) resource=\(message.resource) domains=\(message.domains.count)")
case "encode" where arguments.count >= 4:
    let domains = Dictionary(uniqueKeysWithValues: arguments.dropFirst(4).map { ($0, true) })
    let message = PeerMessage(sequence: 1, node: arguments[2], resource: arguments[3], domains: domains)
    FileHandle.standardOutput.write(Data(message.encoded))
default:
    FileHandle.standardError.write(Data("usage: heartbeat-0.2 decode FILE | encode NODE RESOURCE [UUID]...\n".utf8))
    exit(2)
}
