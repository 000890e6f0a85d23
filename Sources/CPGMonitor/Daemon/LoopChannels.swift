import KVMHACore
import Libvirt
import Logging

/// What the daemon's loop is woken by and says its decisions through, made before the links that
/// feed it (libvirt's events arrive on `notices` and wake the loop through `wake`; the reporter and
/// the libvirt link emit on `events`), so one composition root can hand the same ones to all.
struct LoopChannels: Sendable {
    let wake: WakePipe
    let notices: NoticeQueue
    let events: EventSink

    init(settings: DaemonSettings, logger: Logger) {
        wake = WakePipe()
        notices = NoticeQueue(waking: wake)
        events = EventSink(node: settings.nodeName, logger: logger, file: EventLog(path: settings.eventsFile))
    }
}
