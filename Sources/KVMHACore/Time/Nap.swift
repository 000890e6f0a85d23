import Glibc

/// Sleeps for `amount` (nanosleep, resumed after a signal): any length without an integer overflow,
/// unlike `usleep(UInt32(…))`, which traps past 4294 s.
public func nap(_ amount: Duration) {
    guard amount > .zero else { return }
    let (seconds, attoseconds) = amount.components
    var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
    var left = timespec()
    while nanosleep(&request, &left) == -1 && errno == EINTR { request = left }
}
