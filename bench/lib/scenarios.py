"""The faults of the lab cluster as trials: each scenario injects one, waits for what "recovered"
means for it, and says which guests it touched."""
import os, random, re, time

from cluster import CL, GUESTS, NODES, FACTS, ctl, in_node, member, now_ms


class Trial:
    def __init__(self, runner, scenario, stack, index):
        self.runner, self.scenario, self.stack, self.index = runner, scenario, stack, index
        self.sampler = runner.sampler
        self.where = {g: self.sampler.copies(g) for g in GUESTS}
        self.notes, self.violations, self.extra_pids = [], [], set()
        with self.sampler.lock:
            self.ready_before = dict(self.sampler.ready_seen)
        self.real = open(os.path.join(CL, "settings")).read().count("GUEST_KIND=real") > 0

    def rebooted(self, guest):
        """A guest with an OS whose QEMU is new (a restart, not a migration: it boots again)."""
        return self.real and self.scenario not in MIGRATING and self.moved([guest])

    def guest_on(self, node):
        return [g for g in GUESTS if any(w[0] == node for w in self.where[g])]

    def busiest_node(self):
        return max(NODES, key=lambda n: (len(self.guest_on(n)), -NODES.index(n)))

    def wait(self, seconds, condition, step=0.05):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if condition():
                return True
            time.sleep(step)
        return condition()

    def moved(self, guests, away_from=None):
        """Each guest runs exactly once, as a new QEMU (and elsewhere than `away_from`)."""
        for g in guests:
            copies = self.sampler.copies(g)
            old = {w[1] for w in self.where[g]}
            if len(copies) != 1 or copies[0][1] in old or (away_from and copies[0][0] == away_from):
                return False
        return True

    def event_lab(self, text, source="fault"):
        """A line of the lab's event log for what the runner itself does (an operator's action, an alert)."""
        with open(os.path.join(CL, "events.tsv"), "a") as f:
            f.write(f"{now_ms()}\t{source}\t-\t{text}\n")

    def settled(self, seconds=120):
        return in_node(member(), "crm_resource", "--wait", f"--timeout={seconds}s", check=False,
                       timeout=seconds + 10).returncode == 0


def fault(*args):
    ctl("fail", *args)


def random_phase():
    """A crash found by a monitor waits for its next run: start at a random phase of the 10 s
    interval, or a regular trial cadence locks onto one phase of the stock agent's monitor."""
    time.sleep(random.uniform(0, 10))


def sc_guest_kill(t):
    random_phase()
    g = next(g for g in GUESTS if t.where[g])
    fault("guest-kill", g)
    return t.wait(45, lambda: t.moved([g])), [g]


def sc_guest_hang(t):
    random_phase()
    g = next(g for g in GUESTS if t.where[g])
    fault("guest-hang", g)
    ok = t.wait(40, lambda: t.moved([g]))
    if not ok:  # never noticed: let the guest run on, as an operator would once they found it
        for node, pid in t.where[g]:
            os.kill(pid, 18)
        t.notes.append("hang never detected in 40 s; SIGCONT by the runner")
    return ok, [g]


def sc_guest_panic(t, kind="guest-panic"):
    random_phase()
    g = next(g for g in GUESTS if t.where[g])
    # A guest that just started may not answer its agent yet: its OS writes its disk once it does.
    t.wait(60, lambda: t.sampler.writing(g))
    fault(kind, g)
    ok = t.wait(45, lambda: t.moved([g]))
    if not ok:  # never noticed: the operator who finds it destroys it, and the cluster starts it again
        for node, _ in t.where[g]:
            in_node(node, "virsh", "-q", "-c", "qemu:///system", "destroy", f"kvmha-{g}", check=False)
        t.notes.append(f"{kind} of {g} not recovered in 45 s; destroyed by the runner")
    return ok, [g]


def sc_guest_os_hang(t):
    return sc_guest_panic(t, "guest-os-hang")


def agent_answered(node, guest):
    """kvmha's record on `node` says the guest's agent answered a monitor since its QEMU started (the
    OCF_CHECK_LEVEL 20 monitor fails only such a guest: one still booting has no agent yet)."""
    script = f"grep -ls '^resource={guest}$' {FACTS['KVMHA_RECORD_DIR']}/* | xargs -r grep -qs '^agent_answered=1$'"
    return in_node(node, "sh", "-c", script, check=False).returncode == 0


def sc_guest_agent_kill(t):
    if t.stack == "kvmha":
        g = next(g for g in GUESTS if t.where[g])
        t.wait(25, lambda: agent_answered(t.where[g][0][0], g), step=0.5)
    return sc_guest_panic(t, "guest-agent-kill")


def sc_libvirtd_kill(t):
    node = t.busiest_node()
    fault("libvirtd-kill", node)
    time.sleep(12)  # a full monitor interval with libvirtd back after 1 s
    t.settled(60)
    same = all(t.sampler.copies(g) == t.where[g] for g in GUESTS)
    if not same:
        t.notes.append("guests were disturbed")
    return same, []


def sc_libvirtd_stop(t):
    node = t.busiest_node()
    guests = t.guest_on(node)
    fault("libvirtd-stop", node)
    ok = t.wait(60, lambda: t.moved(guests, away_from=node))
    fault("libvirtd-start", node)
    return ok, guests


def sc_daemon_kill(t, signal="daemon-kill"):
    node = "n2"
    before = set(t.sampler.daemons(node))
    if not before:
        raise RuntimeError(f"no kvmha-cpgmonitor on {node}")
    fault(signal, node)
    ok = t.wait(40, lambda: bool(set(t.sampler.daemons(node)) - before))
    return ok, []


def sc_daemon_stop(t):
    return sc_daemon_kill(t, "daemon-stop")


def sc_power_off(t):
    node = t.busiest_node()
    guests = t.guest_on(node)
    fault("power-off", node)
    return t.wait(60 + 5 * len(guests), lambda: t.moved(guests)), guests


def sc_partition(t):
    node = t.busiest_node()
    guests = t.guest_on(node)
    fault("partition", node)
    ok = t.wait(60, lambda: t.moved(guests))
    fault("heal", node)
    return ok, guests


def sc_bmc_down(t):
    node = t.busiest_node()
    guests = t.guest_on(node)
    fault("bmc-down", node)
    fault("power-off", node)
    hold = 15
    # A new QEMU of one of its guests anywhere (the old ones may still be seen for a sample or two).
    early = t.wait(hold, lambda: any(c not in t.where[g] for g in guests for c in t.sampler.copies(g)), step=0.1)
    if early:
        t.violations.append(f"a guest of {node} ran elsewhere while its BMC did not answer")
    # The alert an operator sees: crm_mon's pending or failed fencing of the node.
    text = in_node(member(), "crm_mon", "-1", "--fence-history=2", check=False).stdout
    alert = [ln.strip(" *") for ln in text.splitlines() if node in ln and ("fenc" in ln.lower() or "reboot" in ln)]
    if not alert:
        t.violations.append(f"no fencing of {node} shown by crm_mon while its BMC was down")
    t.event_lab("crm_mon: " + ("; ".join(alert[:2]) or "no fencing shown"), source="alert")
    fault("bmc-up", node)
    return t.wait(60, lambda: t.moved(guests)), guests


def sc_power_loss_with_bmc(t):
    """The host and its BMC lose power together: level 1 (IPMI) cannot answer, so the guests come back
    only through level 2 (sbd's poison pill, confirmed by its msgwait). Needs `lab cluster up --sbd disk`."""
    node = t.busiest_node()
    guests = t.guest_on(node)
    fault("power-loss-with-bmc", node)
    return t.wait(90 + 5 * len(guests), lambda: t.moved(guests)), guests


def fence_history(node):
    """The fencer's history of actions against `node`, one line each (stonith_admin --history)."""
    text = in_node(member(), "stonith_admin", "--history", node, check=False).stdout
    return [ln.strip() for ln in text.splitlines() if re.match(rf"\s*\S+ of {node} ", ln)]


def sc_bmc_loss(t):
    """The BMC alone dies, the host runs on: nothing may be fenced or moved, and the operator is told —
    the fence device's monitor fails and crm_mon shows it (its exit reason says the BMC is unreachable)."""
    node = t.busiest_node()
    guests = t.guest_on(node)
    before = len(fence_history(node))
    fault("bmc-loss", node)
    device = f"fence-{node}"
    # crm_mon: "fence-n1 20s-interval monitor on n2 returned 'error' …" (fence_ipmi gave up), or
    # "… could not be executed (Timed Out) …" (fence_ipmilan outlived the monitor's timeout).
    failed = lambda: re.search(rf"{device} (start|\S+ monitor) on \S+ (returned|could not)",  # noqa: E731
                               in_node(member(), "crm_mon", "-1", check=False).stdout)
    alerted = t.wait(50, lambda: bool(failed()), step=0.5)
    text = in_node(member(), "crm_mon", "-1", check=False).stdout
    alert = [ln.strip(" *") for ln in text.splitlines() if re.search(rf"{device} (start|\S+ monitor) on", ln)]
    t.event_lab("crm_mon: " + ("; ".join(alert[:1]) or "no failed action shown"), source="alert")
    if not alerted:
        t.violations.append(f"no failed monitor of {device} shown by crm_mon 50 s after its BMC died")
    time.sleep(5)
    if any(t.sampler.copies(g) != t.where[g] for g in GUESTS):
        t.violations.append(f"guests moved while only the BMC of {node} was gone")
    fenced = fence_history(node)[before:]
    if fenced:
        t.violations.append(f"{node} fenced while only its BMC was gone: {fenced[0]}")
    fault("bmc-start", node)
    return alerted and not fenced, guests


def sc_partition_bmc_dead(t):
    """The node cut off by a partition while its BMC is dead: the majority fences it through level 2,
    and its guests may start there only after it has self-fenced (Runner.measure checks the order)."""
    node = t.busiest_node()
    guests = t.guest_on(node)
    fault("bmc-loss", node)
    fault("partition", node)
    ok = t.wait(90 + 5 * len(guests), lambda: t.moved(guests))
    fault("heal", node)
    return ok, guests


def refused(g):
    """How often the lab's event log says libvirt refused a double start of `g` (its lock manager)."""
    with open(os.path.join(CL, "events.tsv")) as f:
        return sum(1 for line in f if "\trefused\t" in line and f"double-start {g} " in line)


def sc_double_start(t):
    g = next(g for g in GUESTS if t.where[g])
    home = t.where[g][0][0]
    other = next(n for n in NODES if n != home)
    before = refused(g)
    fault("double-start", g, other)
    if refused(g) > before:
        t.notes.append(f"second start on {other} refused by libvirt (lock manager)")
        return True, [g]
    extra = [w for w in t.sampler.copies(g) if w[0] == other]
    t.extra_pids = {w[1] for w in extra}
    ok = t.wait(40, lambda: len(t.sampler.copies(g)) == 1)
    if not ok:
        in_node(other, "virsh", "-q", "-c", "qemu:///system", "destroy", f"kvmha-{g}", check=False)
        t.notes.append(f"second copy on {other} never stopped by the cluster; destroyed by the runner")
    return ok, [g]


def sc_migrate(t):
    g = next(g for g in GUESTS if t.where[g])
    home = t.where[g][0][0]
    dest = next(n for n in NODES if n != home)
    t.event_lab(f"crm resource move {g} {dest}")
    in_node(home, "crm_resource", "--move", "--resource", g, "--node", dest)
    ok = t.wait(40, lambda: t.sampler.copies(g) and all(w[0] == dest for w in t.sampler.copies(g)))
    t.settled(60)
    in_node(home, "crm_resource", "--clear", "--resource", g, check=False)
    return ok, [g]


def sc_stop(t):
    """An operator's stop and start: "recovered" is the time the stop took (a guest that honours
    ACPI powers off in well under a second; one that ignores it is destroyed near the stop timeout)."""
    g = next(g for g in GUESTS if t.where[g])
    t.event_lab(f"crm resource stop {g}")
    in_node(member(), "crm_resource", "--resource", g, "--set-parameter", "target-role", "--meta",
            "--parameter-value", "Stopped")
    ok = t.wait(60, lambda: not t.sampler.copies(g))
    in_node(member(), "crm_resource", "--resource", g, "--delete-parameter", "target-role", "--meta", check=False)
    t.wait(60, lambda: bool(t.sampler.copies(g)))
    t.settled(60)
    return ok, [g]


def sc_mass_kill(t):
    """Every guest on the busiest node killed at once (kill -9 of all their QEMUs): each must be
    reported once (by the daemon, on the kvmha stack) and run again; the time is the last one's."""
    node = t.busiest_node()
    guests = t.guest_on(node)
    t.event_lab(f"kill -9 of the {len(guests)} QEMUs on {node}")
    for g in guests:
        for _, pid in t.where[g]:
            os.kill(pid, 9)
    return t.wait(max(120, 60 + 5 * len(guests)), lambda: t.moved(guests)), guests


def sc_standby(t):
    node = t.busiest_node()
    guests = t.guest_on(node)
    t.event_lab(f"crm node standby {node}")
    in_node(node, "crm_attribute", "--node", node, "--name", "standby", "--update", "on")
    ok = t.wait(60 + 5 * len(guests),
                lambda: all(t.sampler.copies(g) and node not in [w[0] for w in t.sampler.copies(g)] for g in guests))
    t.settled(60)
    in_node(node, "crm_attribute", "--node", node, "--name", "standby", "--update", "off")
    return ok, guests


SCENARIOS = {  # name: (function, trials by default, stacks it applies to, what "recovered" means)
    "guest-kill": (sc_guest_kill, 5, ("kvmha", "stock"), "guest running again"),
    "guest-hang": (sc_guest_hang, 5, ("kvmha", "stock"), "guest running again"),
    "guest-panic": (sc_guest_panic, 3, ("kvmha", "stock"), "guest running again"),
    "guest-os-hang": (sc_guest_os_hang, 3, ("kvmha", "stock"), "guest running again"),
    "guest-agent-kill": (sc_guest_agent_kill, 3, ("kvmha", "stock"), "guest running again"),
    "libvirtd-kill": (sc_libvirtd_kill, 5, ("kvmha", "stock"), "guests undisturbed"),
    "libvirtd-stop": (sc_libvirtd_stop, 3, ("kvmha", "stock"), "guests running elsewhere"),
    "daemon-kill": (sc_daemon_kill, 5, ("kvmha",), "daemon restarted"),
    "daemon-stop": (sc_daemon_stop, 5, ("kvmha",), "daemon restarted"),
    "power-off": (sc_power_off, 3, ("kvmha", "stock"), "guests running again"),
    "partition": (sc_partition, 3, ("kvmha", "stock"), "guests running again"),
    "bmc-down": (sc_bmc_down, 2, ("kvmha", "stock"), "guests running again"),
    # With a second fencing level (`lab cluster up --sbd disk`): issue 33's faults.
    "power-loss-with-bmc": (sc_power_loss_with_bmc, 3, ("kvmha", "stock"), "guests running again"),
    "bmc-loss": (sc_bmc_loss, 2, ("kvmha", "stock"), "nothing fenced or moved"),
    "partition-bmc-dead": (sc_partition_bmc_dead, 2, ("kvmha", "stock"), "guests running again"),
    "double-start": (sc_double_start, 3, ("kvmha", "stock"), "one copy left"),
    "migrate": (sc_migrate, 3, ("kvmha", "stock"), "guest on the new node"),
    "standby": (sc_standby, 2, ("kvmha", "stock"), "node emptied"),
    "mass-kill": (sc_mass_kill, 2, ("kvmha", "stock"), "all its guests running again"),
    "stop": (sc_stop, 3, ("kvmha", "stock"), "guest stopped"),
}
MIGRATING = ("migrate", "standby", "stop")
SECOND_LEVEL = ("power-loss-with-bmc", "bmc-loss", "partition-bmc-dead")  # need `lab cluster up --sbd disk`
SELF_FENCING = ("partition-bmc-dead",)  # the cut-off node must self-fence before its guests start elsewhere
