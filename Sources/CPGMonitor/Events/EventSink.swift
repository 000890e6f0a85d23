import KVMHACore
import Logging

/// Where every decision goes: the log (the sentence, with the event's fields as metadata), the
/// events file and the metrics. Sendable: report tasks emit from their threads.
final class EventSink: Sendable {
    let node: String
    let logger: Logger
    let file: EventLog
    let metrics = DaemonMetrics()

    init(node: String, logger: Logger, file: EventLog) {
        self.node = node
        self.logger = logger
        self.file = file
    }

    func emit(
        _ kind: DaemonEvent.Kind, _ text: String, level: Logger.Level = .notice,
        _ fill: (inout DaemonEvent) -> Void = { _ in }
    ) {
        var event = DaemonEvent(kind: kind, node: node, text: text)
        fill(&event)
        var metadata: Logger.Metadata = ["event": .string(kind.rawValue)]
        for (key, value) in event.fields { metadata[key.stringValue] = .string(value) }
        if let latency = event.latencyMs { metadata[DaemonEvent.CodingKeys.latencyMs.stringValue] = "\(latency)" }
        if let count = event.count { metadata[DaemonEvent.CodingKeys.count.stringValue] = "\(count)" }
        logger.log(level: level, "\(text)", metadata: metadata)
        file.append(event)
        metrics.record(event)
    }
}
