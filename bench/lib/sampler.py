"""What ran where, sampled: every QEMU and kvmha-cpgmonitor across the nodes' PID namespaces every
20 ms, and, with guests with an OS, their ready markers and the heartbeat their OS writes to its disk."""
import os, re, threading, time

from cluster import CL, DAEMON_COMMAND, GUESTS, NODES, node_pid, now_ms
import proc


def disk_heartbeat(guest):
    """(boot id, sequence) the guest's OS last wrote to its LUN's first sector, None if nothing yet."""
    try:
        with open(os.path.join(CL, "luns", f"kvmha-{guest}.img"), "rb") as f:
            fields = f.read(512).split(b"\n", 1)[0].split()
        return (fields[1].decode(), int(fields[2])) if len(fields) == 3 and fields[0] == b"kvmha" else None
    except (OSError, ValueError):
        return None


def two_writers(beats):
    """A boot id writing again after another one took over: two QEMUs writing one disk."""
    done, current = set(), None
    for _, boot, _ in beats:
        if boot == current:
            continue
        if boot in done:
            return True
        if current:
            done.add(current)
        current = boot
    return False


def longest_pause(beats, end):
    """The longest time the disk showed no new write (to `end` for the last write)."""
    longest = 0
    for i, (t, _, _) in enumerate(beats):
        following = beats[i + 1][0] if i + 1 < len(beats) else end
        longest = max(longest, following - t)
    return longest


class Sampler(threading.Thread):
    """Every 20 ms: which node runs a QEMU for which guest, and each node's kvmha-cpgmonitor. Keeps
    appear/gone events and every instant a guest ran on two nodes at once. Every 100 ms, with guests
    with an OS: new ready markers on their consoles, and each change of their disk heartbeat."""

    def __init__(self):
        super().__init__(daemon=True)
        self.cache, self.current, self.events, self.overlaps = {}, {}, [], []
        self.lock, self.halt = threading.Lock(), threading.Event()
        self.namespaces = {}
        self.ready_seen = {g: self.ready_count(g) for g in GUESTS}
        self.beats = {g: [] for g in GUESTS}

    @staticmethod
    def ready_count(guest):
        try:
            with open(os.path.join(CL, "guests", f"kvmha-{guest}.console"), "rb") as f:
                return f.read().count(b"KVMHA-GUEST-READY")
        except OSError:
            return 0

    def sample_guests(self):
        t = now_ms()
        with self.lock:
            for g in GUESTS:
                count = self.ready_count(g)
                if count > self.ready_seen[g]:
                    where = sorted({i[2] for i in self.current.values() if i[0] == "qemu" and i[1] == g})
                    self.events.append((t, ",".join(where) or "?", "ready", g, 0, "ready"))
                self.ready_seen[g] = max(count, self.ready_seen[g])
                beat = disk_heartbeat(g)
                if beat and (not self.beats[g] or self.beats[g][-1][1:] != beat):
                    self.beats[g].append((t, *beat))

    def refresh_nodes(self):
        self.namespaces = {}
        for n in NODES:
            pid = node_pid(n)
            if pid:
                try:
                    self.namespaces[os.readlink(f"/proc/{pid}/ns/pid")] = n
                except OSError:
                    pass

    def classify(self, pid):
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read()
        except OSError:
            return None
        m = re.search(rb"guest=kvmha-(vm\d+),", cmd)
        if m:
            kind, name = "qemu", m.group(1).decode()
        elif cmd.startswith(DAEMON_COMMAND):
            kind, name = "daemon", "kvmha-cpgmonitor"
        else:
            return ("other", None)
        try:
            node = self.namespaces.get(os.readlink(f"/proc/{pid}/ns/pid"))
        except OSError:
            return None
        return (kind, name, node) if node else None

    def sample(self):
        seen = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            info = self.cache.get(entry)
            # A child of libvirtd shows libvirtd's command line until it execs QEMU: look again at
            # young processes.
            if info is None or (info[0] == "other" and time.monotonic() - info[1] < 2):
                fresh = self.classify(entry)
                if fresh is None:
                    continue
                info = ("other", info[1] if info else time.monotonic()) if fresh[0] == "other" else fresh
                self.cache[entry] = info
            if info[0] != "other":
                seen[entry] = info
        for entry in list(self.cache):
            if entry not in seen and self.cache[entry][0] != "other":
                del self.cache[entry]
        for entry in [e for e in self.cache if e not in seen and self.cache[e][0] == "other"]:
            if not os.path.exists(f"/proc/{entry}"):
                del self.cache[entry]
        # A zombie is gone already: the kernel has ended it.
        for entry in list(seen):
            if seen[entry][0] == "qemu" and proc.starttime(entry) is None:
                del seen[entry]
        t = now_ms()
        with self.lock:
            for entry, info in seen.items():
                if entry not in self.current:
                    self.events.append((t, info[2], info[0], info[1], int(entry), "appear"))
            for entry, info in self.current.items():
                if entry not in seen:
                    self.events.append((t, info[2], info[0], info[1], int(entry), "gone"))
            self.current = seen
            for g in GUESTS:
                where = sorted({(i[2], int(e)) for e, i in seen.items() if i[0] == "qemu" and i[1] == g})
                if len({w[0] for w in where}) > 1:
                    self.overlaps.append((t, g, where))

    def run(self):
        last_refresh = last_guests = 0
        while not self.halt.is_set():
            if time.monotonic() - last_refresh > 0.2:
                self.refresh_nodes()
                last_refresh = time.monotonic()
            self.sample()
            if time.monotonic() - last_guests > 0.1:
                self.sample_guests()
                last_guests = time.monotonic()
            time.sleep(0.02)

    def writing(self, guest):
        """The guest's OS wrote its disk in the last second (it is up: its agent answers)."""
        with self.lock:
            return bool(self.beats[guest]) and now_ms() - self.beats[guest][-1][0] < 1000

    def copies(self, guest):
        with self.lock:
            return sorted((i[2], int(e)) for e, i in self.current.items() if i[0] == "qemu" and i[1] == guest)

    def daemons(self, node):
        with self.lock:
            return [int(e) for e, i in self.current.items() if i[0] == "daemon" and i[2] == node]

    def mark(self):
        with self.lock:
            return len(self.events), len(self.overlaps), {g: len(b) for g, b in self.beats.items()}

    def since(self, mark):
        with self.lock:
            return list(self.events[mark[0]:]), list(self.overlaps[mark[1]:])

    def beats_since(self, mark):
        """Each guest's disk heartbeats since `mark`, with the last one before it (the writer then)."""
        with self.lock:
            return {g: list(b[max(0, mark[2][g] - 1):]) for g, b in self.beats.items()}
