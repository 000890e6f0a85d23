import Foundation

/// The lab's guest with an OS (lab/guest-image): built or taken from its cache once per test process.
public enum RealGuest {
    public static let readyMarker = "KVMHA-GUEST-READY"

    /// The directory holding `vmlinux` and `initrd.img`; a failed build fails every user loudly.
    public static let image: Result<String, Lab.NotUp> = {
        let script = LabControl.repository + "/lab/guest-image/build"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        let output = Pipe()
        process.standardOutput = output
        do { try process.run() } catch { return .failure(Lab.NotUp(description: "\(script): \(error)")) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !path.isEmpty else {
            return .failure(Lab.NotUp(description: "\(script) exited \(process.terminationStatus)"))
        }
        return .success(path)
    }()

    /// The guest's vda: a qcow2 file, or a block device (a LUN, raw, no host cache).
    public enum Disk: Sendable {
        case qcow2(String)
        case block(String)

        var xml: String {
            switch self {
            case .qcow2(let path):
                "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='\(path)'/>"
                    + "<target dev='vda' bus='virtio'/></disk>"
            case .block(let path):
                "<disk type='block' device='disk'><driver name='qemu' type='raw' cache='none'/>"
                    + "<source dev='\(path)'/><target dev='vda' bus='virtio'/></disk>"
            }
        }
    }

    /// `lab/guests/real-guest.xml.in` filled in: a fresh UUID, the image, the console log file, and
    /// `disk` as vda.
    public static func xml(name: String, console: String, disk: Disk? = nil) throws -> String {
        let template = try String(
            contentsOfFile: LabControl.repository + "/lab/guests/real-guest.xml.in", encoding: .utf8)
        return template.replacingOccurrences(of: "@NAME@", with: name)
            .replacingOccurrences(of: "@UUID@", with: UUID().uuidString.lowercased())
            .replacingOccurrences(of: "@IMAGE@", with: try image.get())
            .replacingOccurrences(of: "@CONSOLE@", with: console)
            .replacingOccurrences(of: "@DISKS@", with: disk?.xml ?? "")
    }

    /// The guest's heartbeat on its disk's first sector: `kvmha BOOT-ID SEQUENCE`, nil when absent.
    public static func diskHeartbeat(_ sector: Data) -> (bootID: String, sequence: Int)? {
        let fields = String(decoding: sector.prefix(512), as: UTF8.self).split(separator: "\n").first?
            .split(separator: " ")
        guard let fields, fields.count == 3, fields[0] == "kvmha", let sequence = Int(fields[2]) else { return nil }
        return (String(fields[1]), sequence)
    }

    /// How many times the console says the guest is ready (the log is appended to on every start).
    public static func readyCount(console: String) -> Int {
        ((try? String(contentsOfFile: console, encoding: .utf8)) ?? "").components(separatedBy: readyMarker).count - 1
    }
}
