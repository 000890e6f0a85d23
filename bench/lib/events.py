"""A trial's timeline from the nodes' logs: Pacemaker's and Corosync's lines by pattern, the daemon's
events file by kind, the lab's own fault log."""
import json, os, re
from datetime import datetime

from cluster import CL, NODES


def log_files():
    files = {}
    for n in NODES:
        files[(n, "pacemaker")] = os.path.join(CL, n, "log-pacemaker/pacemaker.log")
        files[(n, "daemon")] = os.path.join(CL, n, "log-pacemaker/kvmha-cpgmonitor.events")
        files[(n, "corosync")] = os.path.join(CL, n, "log-corosync/corosync.log")
    files[("lab", "events")] = os.path.join(CL, "events.tsv")
    return files


def offsets():
    return {k: (os.path.getsize(p) if os.path.exists(p) else 0) for k, p in log_files().items()}


def syslog_time(text):
    stamp = datetime.strptime(f"{datetime.now().year} {text}", "%Y %b %d %H:%M:%S.%f")
    return int(stamp.timestamp() * 1000)


PACEMAKER = [  # pattern, kind, label (formatted with the match's groups)
    (r"Result of monitor operation for (\S+) on (n\d): (?!ok|Cancelled)([^|]*?)\s*(\||$)", "detect", "monitor of {0} failed: {2}"),
    (r"Result of (start|stop|migrate_to|migrate_from) operation for (\S+) on (n\d): ([^|]*?)\s*(\||$)", "action", "{0} {1}: {3}"),
    (r"Requesting fencing \((\w+)\) of node (n\d)", "fence-request", "fencing ({0}) of {1} requested"),
    (r"Operation '(\w+)' targeting (n\d) by (n\d) for \S+: ([^|(]*)", "fence-result", "fencing ({0}) of {1} by {2}: {3}"),
    # A fencing topology level by level: which device was tried, and what it returned.
    (r"Requesting that (n\d) perform '(\w+)' action targeting (n\d) using (\S+)", "fence-try", "{0} tries {3} on {2}"),
    (r"Operation '(\w+)' \[\d+\] targeting (n\d) using (\S+) returned (-?\d+)", "fence-level", "{2} on {1} returned {3}"),
    (r"Node (n\d) state is now lost", "membership", "Pacemaker: {0} lost"),
]
COROSYNC = [
    (r"A new membership \(\S+\) was formed\. Members left: ([\d ]+)", "membership", "corosync: node(s) {0} left"),
    (r"A new membership \(\S+\) was formed\. Members joined: ([\d ]+)", "join", "corosync: node(s) {0} joined"),
    (r"This node is within the (primary|non-primary) component", "quorum", "quorum: {0} component"),
]
# kvmha-cpgmonitor's events (DaemonEvent.Kind in Sources/CPGMonitor/Events; RunnerEventKindsTests
# checks that these sets hold every kind, once): how each shows in a trial's timeline.
DAEMON_DETECT = {"detected", "peer-down", "peer-silent", "node-down", "libvirt-lost", "libvirt-unreachable",
                 "libvirt-unanswered", "double-run", "quorum-lost", "quorum-unanswered", "refused",
                 "report-failed", "report-dropped", "name-mismatch", "key-missing", "key-exposed",
                 "membership-flood"}
DAEMON_REPORT = {"reported"}
DAEMON_NOTE = {"ignored", "rescan", "health-changed"}
DAEMON_QUIET = {"started", "stopping", "libvirt-connected", "quorum-regained", "peer-joined", "peer-heard",
                "peer-left", "failures-counted-twice"}


class Line(tuple):
    """A timeline line (t, node, source, kind, text); a daemon event's line keeps the event's fields."""
    event = None


def daemon_line(node, text):
    """The timeline line of one line of a daemon's events file, None for a quiet one."""
    try:
        ev = json.loads(text)
    except ValueError:
        return None
    kind = ev.get("kind")
    if kind in DAEMON_QUIET or (kind == "rescan" and not ev.get("count")) or \
            (kind == "health-changed" and ev.get("health") == "green"):
        return None
    shown = "detect" if kind in DAEMON_DETECT else "report" if kind in DAEMON_REPORT else "daemon"
    line = Line((int(ev["time"]), node, "kvmha-cpgmonitor", shown, ev.get("text", kind)))
    line.event = ev
    return line


def read_events(start_offsets, t0):
    events = []
    for (node, source), path in log_files().items():
        try:
            with open(path, errors="replace") as f:
                start = start_offsets.get((node, source), 0)
                f.seek(start if start <= os.path.getsize(path) else 0)  # from its start once rotated
                lines = f.read().splitlines()
        except OSError:
            continue
        for line in lines:
            if source == "events":
                t, src, n, text = line.split("\t", 3)
                events.append((int(t), n, "lab" if src != "fault" else "fault", src, text))
                continue
            if source == "daemon":
                shown = daemon_line(node, line)
                if shown:
                    events.append(shown)
                continue
            m = re.match(r"(\w{3} +\d+ [\d:.]+) ", line)
            if not m:
                continue
            for pattern, kind, label in (PACEMAKER if source == "pacemaker" else COROSYNC):
                found = re.search(pattern, line)
                if not found:
                    continue
                groups = [g or "" for g in found.groups()]
                if source == "pacemaker" and kind in ("detect", "action") and groups[1 if kind == "detect" else 2] != node:
                    break  # the executing node's own line; the DC logs the same result again
                if source == "corosync" and kind in ("membership", "join"):
                    groups = [" ".join("n" + x for x in groups[0].split())]
                events.append((syslog_time(m.group(1)), node, source, kind, label.format(*groups)))
                break
    events = [e for e in events if e[0] >= t0 - 5]
    unique, seen = [], set()
    for e in sorted(events):
        key = (e[2], e[3], e[4]) if e[3] in ("fence-result", "membership", "join") else e
        if key in seen:
            continue
        seen.add(key)
        unique.append(e)
    return unique
