"""The lab cluster as the bench scripts drive it: lab/cluster/control run with an argument array,
commands inside a node, the nodes and guests of the cluster that is up, and who is a member."""
import os, re, subprocess, time

from facts import FACTS, STATE
import proc

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONTROL = os.path.join(TOP, "lab/cluster/control")
CL = os.path.join(STATE, "cluster")
NODES, GUESTS = [], []  # from the cluster's settings (`lab cluster up --nodes N --guests-per-node M`)


def cluster_settings():
    return dict(line.split("=", 1) for line in open(os.path.join(CL, "settings")).read().split())


def load_layout():
    """The nodes and guests of the cluster that is up: n1 … nN, vm1 … vm(N × M), as lab/cluster/control names them."""
    settings = cluster_settings()
    count, per_node = int(settings.get("NODE_COUNT", 3)), int(settings.get("GUESTS_PER_NODE", 1))
    NODES[:] = [f"n{i}" for i in range(1, count + 1)]
    GUESTS[:] = [f"vm{i}" for i in range(1, count * per_node + 1)]
DAEMON_COMMAND = (FACTS["KVMHA_DAEMON"] + "\0run").encode()


def now_ms():
    return int(time.time() * 1000)


def ctl(*args, check=True, timeout=240):
    """lab/cluster/control ARGS; a failure raises unless check=False (then see .returncode)."""
    done = subprocess.run([CONTROL, *args], capture_output=True, text=True, timeout=timeout)
    if check and done.returncode != 0:
        raise RuntimeError(f"lab cluster {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return done


def in_node(node, *argv, check=True, timeout=120):
    """A command inside `node`, as its own daemons see the world."""
    return ctl("exec", node, "--", *argv, check=check, timeout=timeout)


def first_alive():
    for n in NODES:
        if node_pid(n):
            return n
    raise RuntimeError("no cluster node is running")


def member():
    """A node that is online in a partition with quorum: the cluster's view, not that of a node that
    has just booted (or is cut off) and does not know the others yet."""
    for n in NODES:
        if not node_pid(n):
            continue
        mon = in_node(n, "crm_mon", "-1", "--output-as=xml", check=False).stdout
        if 'with_quorum="true"' in mon and re.search(rf'<node name="{n}"[^>]*online="true"', mon):
            return n
    return first_alive()


def crm_mon_xml():
    return in_node(member(), "crm_mon", "-1", "--output-as=xml", check=False).stdout


def node_pid(node):
    """The host PID of the node's PID 1, None when the node is down (its recorded start time differs)."""
    try:
        pid, st = open(os.path.join(STATE, "pids", f"cl-{node}")).read().split()
        return int(pid) if proc.starttime(pid) == st else None
    except (OSError, ValueError):
        return None
