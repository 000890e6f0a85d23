import Glibc

/// Polls `condition` with a growing interval (10 ms up to 250 ms) until it holds or `deadline`
/// passes; for states nothing announces
/// (libvirt without an event loop, a process ending), so this is a poll, not a blind sleep.
public func poll(until deadline: Deadline, _ condition: () -> Bool) -> Bool {
    var interval = 10_000
    while true {
        if condition() { return true }
        if deadline.hasPassed { return false }
        let left = deadline.remainingMilliseconds * 1000
        usleep(UInt32(max(1000, min(interval, left))))
        interval = min(interval * 2, 250_000)
    }
}
