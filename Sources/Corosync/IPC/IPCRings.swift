import Glibc
import KVMHACore

/// Corosync's IPC rings in this process: libqb shared memory (`/dev/shm/qb-…`, 1 MiB a ring, the
/// data mapped twice so a read can wrap). Their pages are touched only as a ring's position first
/// passes them, so a long-running client's RSS grew for many minutes after connecting (a quarter
/// MiB a minute on three nodes), then no more: indistinguishable from a leak to anyone watching RSS.
/// Populating each ring once at connect makes RSS the steady state from the first minute (the pages
/// are Corosync's shared memory, which the ring would have filled anyway), so a real leak shows.
enum IPCRings {
    /// MADV_POPULATE_READ (Linux 5.14): fault every page of the range in, as a read would.
    static let populateRead: Int32 = 22

    /// Populates every libqb mapping of this process; returns the bytes covered. Best effort: a
    /// kernel without MADV_POPULATE_READ leaves them to page in as before.
    @discardableResult
    static func populate() -> Int {
        guard let maps = try? Files.readText("/proc/self/maps", limit: 4 << 20) else { return 0 }
        var covered = 0
        for range in ringRanges(maps) {
            guard let start = UnsafeMutableRawPointer(bitPattern: range.lowerBound) else { continue }
            if madvise(start, Int(range.upperBound - range.lowerBound), populateRead) == 0 {
                covered += Int(range.upperBound - range.lowerBound)
            }
        }
        return covered
    }

    /// The address range of each libqb ring file mapped by this process (/proc/self/maps): the first
    /// mapping of each file only. The second mapping of a ring's data is the same pages again (for
    /// the wrap), which RSS would count twice though they cost nothing more; a wrap touches only its
    /// first pages.
    static func ringRanges(_ maps: String) -> [Range<UInt>] {
        var first: [Substring: Range<UInt>] = [:]
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[5].hasPrefix("/dev/shm/qb-") else { continue }
            let bounds = fields[0].split(separator: "-")
            guard bounds.count == 2, let low = UInt(bounds[0], radix: 16), let high = UInt(bounds[1], radix: 16),
                low < high
            else { continue }
            let file = fields[3] + ":" + fields[4]  // device and inode
            if let known = first[file], known.lowerBound < low { continue }
            first[file] = low..<high
        }
        return Array(first.values)
    }
}
