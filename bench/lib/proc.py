"""/proc/PID/stat read one way for the bench and the lab's Python: the fields after the command name
(which may hold spaces and parentheses), by their proc(5) numbers."""

# Field numbers of proc(5) (1-based, as the man page counts them).
STATE, PPID, UTIME, STIME, CUTIME, CSTIME, STARTTIME = 3, 4, 14, 15, 16, 17, 22


def fields(text):
    """The stat line's fields by proc(5) number, or None for a line that is not one."""
    if ")" not in text:
        return None
    rest = text[text.rfind(")") + 2:].split()
    return {number: value for number, value in enumerate(rest, start=3)}


def name(text):
    """The command name (comm) of a stat line."""
    return text[text.index("(") + 1:text.rindex(")")]


def read(pid, root="/proc"):
    try:
        with open(f"{root}/{pid}/stat") as f:
            return fields(f.read())
    except OSError:
        return None


def starttime(pid):
    """The process's start time in clock ticks since boot (its identity with the pid), None when it is
    gone or a zombie."""
    stat = read(pid)
    return None if not stat or stat.get(STATE) in ("Z", "X") else stat.get(STARTTIME)


def state(pid):
    stat = read(pid)
    return stat.get(STATE) if stat else None


def cpu_ticks(stat):
    """User plus system time, in clock ticks."""
    return int(stat[UTIME]) + int(stat[STIME])
