import Foundation
import Synchronization

/// The disk check: samples the heartbeat the lab's guest writes to its disk's first sector
/// (`kvmha BOOT-ID SEQUENCE`, ~10 times a second) from a raw image, every 50 ms, and judges the
/// history: one writer at a time means a boot id, once replaced by another, never comes back.
public final class DiskWatch: Sendable {
    public struct Sample: Sendable {
        public let at: ContinuousClock.Instant
        public let bootID: String
        public let sequence: Int
    }

    public struct Verdict: Sendable, CustomStringConvertible {
        public let samples: [Sample]
        /// The boot ids in the order they were first seen.
        public var boots: [String] {
            samples.reduce(into: [String]()) { if !$0.contains($1.bootID) { $0.append($1.bootID) } }
        }
        /// Two writers at once: a boot id seen again after another one wrote.
        public var twoWriters: Bool {
            var finished = Set<String>()
            var current: String?
            for sample in samples where sample.bootID != current {
                if finished.contains(sample.bootID) { return true }
                if let current { finished.insert(current) }
                current = sample.bootID
            }
            return false
        }
        /// The longest time the disk showed no new write.
        public var longestSilence: Duration {
            var longest: Duration = .zero
            var last: Sample?
            for sample in samples {
                if let previous = last, previous.bootID == sample.bootID, previous.sequence == sample.sequence {
                    longest = max(longest, sample.at - previous.at)
                    continue
                }
                last = sample
            }
            return longest
        }
        public var description: String {
            "\(samples.count) samples, boots \(boots.map { String($0.prefix(8)) }), two writers: \(twoWriters), "
                + "longest silence \(longestSilence)"
        }
    }

    let image: String
    let state = Mutex<(samples: [Sample], running: Bool)>(([], true))
    let done = DispatchSemaphore(value: 0)

    public init(image: String) {
        self.image = image
        let thread = Thread { [self] in
            while state.withLock({ $0.running }) {
                if let data = FileHandle(forReadingAtPath: image).flatMap({ try? $0.read(upToCount: 512) }),
                    let beat = RealGuest.diskHeartbeat(data)
                {
                    let sample = Sample(at: .now, bootID: beat.bootID, sequence: beat.sequence)
                    state.withLock { $0.samples.append(sample) }
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            done.signal()
        }
        thread.start()
    }

    /// Waits (up to `timeout`) until the disk shows a heartbeat of a boot other than `not`.
    public func waitForWriter(not earlier: String? = nil, within timeout: Duration = .seconds(10)) -> String? {
        var found: String?
        _ = waitUntil(timeout) {
            found = state.withLock { $0.samples.last.map(\.bootID) }.flatMap { $0 == earlier ? nil : $0 }
            return found != nil
        }
        return found
    }

    /// Ends the sampling (again: no effect) and judges what was seen.
    public func stop() -> Verdict {
        state.withLock { $0.running = false }
        done.wait()
        done.signal()
        return Verdict(samples: state.withLock { $0.samples })
    }
}
