/*
 * kvmha's recovery protocol, abstracted for spin: what Corosync (membership, quorum), Pacemaker
 * (only what it guarantees), each node's libvirtd and the QEMU of each guest, ocf:kvmha:VirtualDomain
 * (start, stop, migrate_to/from and their intent records), kvmha-cpgmonitor (events, peer watch,
 * rescan, reports), the fencing topology — level 1 fence_ipmi (which may not answer), level 2 sbd's
 * poison pill and watchdog — do, and which faults hit them.
 * 3 nodes, 2 guests, a bounded number of faults. Pacemaker's 60 s VirtualDomain monitor is left
 * out on purpose: every guest recovery here is the daemon's doing.
 *
 * Names the Swift code also has are compared with Sources/ by Tests/CPGMonitorTests/ModelNamesTests.
 *
 * Variants (spin -D…), each breaking one rule; spin must find a counterexample for each:
 *   BROKEN_NO_FENCE        Pacemaker recovers a lost node's guests without fencing it first
 *   BROKEN_NO_QUORUM_GATE  the daemon reports from a partition without quorum
 *   BROKEN_NO_INTENT       the daemon reports a failure event without reading the intent record
 *   BROKEN_NO_STATE_CHECK  the daemon reports a STOPPED failure although the domain runs again now
 *                          (a late event of the previous QEMU, delivered after libvirtd restarts)
 *   BROKEN_NO_RESCAN       the daemon does not read the records when it (re)connects
 *   BROKEN_EARLY_LEVEL2    level 2 reports the node fenced without waiting out the watchdog time
 *   NO_SECOND_LEVEL        (not a broken rule: the topology before level 2) a dead BMC strands the
 *                          guests of its node: the liveness claim fails with it
 * LIVENESS leaves out the faults the liveness property assumes away (loss of quorum, a second node
 * lost); a BMC that does not answer stays in: level 2 recovers without a person.
 *
 * Level 2 and time. sbd's rules make "msgwait has passed" mean "the victim is off": it reads its slot
 * every loop timeout and resets on the pill, and a victim that cannot read or hangs is reset by its
 * watchdog, whose timeout is at most half of msgwait. The model has no clock, so it states that
 * guarantee as the guard of level 2's completion (the victim is down); BROKEN_EARLY_LEVEL2 drops it,
 * as a msgwait shorter than the watchdog timeout would (Pacemaker's stonith-watchdog-timeout likewise).
 */
#define N 3
#define G 2
#define NONE 255
#define at(g, n) ((g) * N + (n))
#ifndef FAULTS
#define FAULTS 2
#endif
#ifndef OPERATIONS
#define OPERATIONS 1
#endif

/* --- names shared with the Swift code ------------------------------------------------------ */
mtype:intent = { running, stopping, migrating_away, migrating_in, stopped };       /* DomainIntent */
/* libvirt events: the first FAILURE_KINDS are GuestFailure's cases, the rest are STOPPED details
 * that are never a failure (spin numbers each mtype:… list apart, so events share one list) */
mtype:event = { crashed, watchdog, io_error_pause, control_error, shutdown, destroyed, migrated };
#define FAILURE_KINDS 4
mtype:reason = { leave, processDown, nodeDown };        /* CPGReason values the daemon acts upon */
mtype:report = { guestFailed, daemonFailed };                 /* what crm_resource --fail tells */

/* --- the world ------------------------------------------------------------------------------ */
bool up[N];                 /* node powered and running */
bool cut[N];                /* node cut off from the others (its own partition) */
bool libvirtd[N];
bool daemon[N];             /* kvmha-cpgmonitor alive (hung = dead: the heartbeat deadline) */
bool rescan[N];             /* the daemon has to (re)read libvirt and the records */
bool member[N];             /* Pacemaker counts the node in: not fenced since it was lost */
bool fenceReachable[N];
bool pill[N];               /* level 2 under way: sbd's poison pill in the node's slot, msgwait running */
bool qemu[G * N];           /* the guest's QEMU runs on that node */
bool hasRecord[G * N];
mtype:intent intent[G * N];
bool byCluster[G * N];      /* ghost: the last QEMU exit there was the cluster's doing */
bool pendingFailed[G * N];  /* libvirtd, once back, reports STOPPED_FAILED of a QEMU the agent killed */
byte where[G];              /* Pacemaker's belief: the node running the guest, or NONE */
bool daemonReported[N];
byte faults, operations;

/* libvirt → a node's daemon: guest, kind. Large enough that no event is ever dropped (libvirt's
 * queue is unbounded): at most one per fault, operation and late STOPPED. */
#define EVENTS (FAULTS + 2 * OPERATIONS + 2)
chan events[N] = [EVENTS] of { byte, mtype:event };
/* daemons → Pacemaker: crm_resource --fail of a guest's resource or a daemon's clone instance, on a node */
chan reports = [6] of { mtype:report, byte, byte };
#define ROOM (len(reports) <= 6 - G)          /* every atomic step that reports sends at most G */

/* Scratch, not part of the state: every atomic step below tests its guard first and cannot block
 * after that, so no other process sees these half-way. */
hidden byte k, c, g, n, m, what;
hidden mtype:event kind;
hidden mtype:report rkind;

/* Quorum: the majority of the 3 nodes, counted among the live nodes on the same side of a cut. */
#define side(a, b) (cut[a] == cut[b])
inline countSide(x) {
    c = 0;
    for (k : 0 .. N - 1) { if :: up[k] && side(k, x) -> c++ :: else -> skip fi }
}
bool quorate[N];
/* A daemon whose partition gets quorum back looks at the records again (what died meanwhile). */
inline updateQuorum() {
    for (m : 0 .. N - 1) {
        countSide(m);
        if :: !quorate[m] && up[m] && c * 2 > N -> rescan[m] = daemon[m] :: else -> skip fi;
        quorate[m] = up[m] && c * 2 > N
    }
}
/* Pacemaker's DC is in the partition with quorum; it decides only there. */
#define dcSide(x) (quorate[x])
#define dcExists (quorate[0] || quorate[1] || quorate[2])

/* --- properties ------------------------------------------------------------------------------ */
/* (1) a guest never runs on two nodes */
#define twice(g) ((qemu[at(g,0)] + qemu[at(g,1)] + qemu[at(g,2)]) > 1)
ltl neverTwice { [] !(twice(0) || twice(1)) }
/* (2) no failure report or fence request without quorum, and (3) no guest reported failed on a node
 * where it runs, or where the cluster stopped or migrated it: assertions where reports and fence
 * requests are made (byCluster is a ghost: the last exit of that QEMU was the cluster's doing). */
/* (4) with quorum and reachable fence devices (-DLIVENESS), once the faults are over every guest
 * runs again and every live node's daemon is back */
#define runs(g) (qemu[at(g,0)] || qemu[at(g,1)] || qemu[at(g,2)])
#define daemonsBack ((!up[0] || daemon[0]) && (!up[1] || daemon[1]) && (!up[2] || daemon[2]))
ltl recovered { <> [] (runs(0) && runs(1) && daemonsBack) }

/* --- ocf:kvmha:VirtualDomain on node x, as Pacemaker calls it --------------------------------- */
inline agentStart(y, x) {
    qemu[at(y, x)] = true; byCluster[at(y, x)] = false;
    hasRecord[at(y, x)] = true; intent[at(y, x)] = running;      /* recorded once the start succeeded */
    where[y] = x
}
inline agentStop(y, x) {
    hasRecord[at(y, x)] = true; intent[at(y, x)] = stopping;     /* the intent first */
    if
    :: qemu[at(y, x)] ->
        qemu[at(y, x)] = false; byCluster[at(y, x)] = true;
        if
        :: libvirtd[x] && daemon[x] && nfull(events[x]) -> events[x]!y, destroyed
        :: libvirtd[x] && (!daemon[x] || full(events[x])) -> skip
        :: !libvirtd[x] -> pendingFailed[at(y, x)] = true        /* killed from its record */
        fi
    :: else -> skip
    fi;
    hasRecord[at(y, x)] = false;                                 /* removed when the stop succeeded */
    if :: where[y] == x -> where[y] = NONE :: else -> skip fi
}
inline powerOff(x) {
    up[x] = false; daemon[x] = false; libvirtd[x] = false;
    for (k : 0 .. G - 1) { qemu[at(k, x)] = false; hasRecord[at(k, x)] = false; pendingFailed[at(k, x)] = false }
    updateQuorum()
}

/* --- Pacemaker ---------------------------------------------------------------------------------- */
#ifdef BROKEN_EARLY_LEVEL2
#define LEVEL2_DONE(x) true
#else
#define LEVEL2_DONE(x) (!up[x])                      /* the watchdog time has passed: it is off */
#endif
#define lost(x) (member[x] && !dcSide(x))
#define deadDaemon(x) (up[x] && member[x] && dcSide(x) && !daemon[x])
proctype Pacemaker() {
    do
    :: atomic { reports?rkind, what, n ->                          /* a daemon's crm_resource --fail */
        if
        :: rkind == guestFailed && up[n] && member[n] && dcSide(n) ->
            agentStop(what, n)       /* recover: stop it there (also where it was not expected), start below */
        :: rkind == daemonFailed && up[n] && member[n] && dcSide(n) ->
            daemon[n] = true; rescan[n] = true; daemonReported[n] = false
        :: else -> skip
        fi; rkind = 0; what = 0; n = 0 }
    :: atomic { dcExists && (where[0] == NONE || where[1] == NONE) ->   /* start what runs nowhere */
        for (g : 0 .. G - 1) {
            n = NONE;
            for (k : 0 .. N - 1) {                                   /* guest g prefers node g, then on */
                m = (g + k) % N;
                if :: n == NONE && where[g] == NONE && up[m] && member[m] && dcSide(m) && libvirtd[m] -> n = m
                :: else -> skip fi
            }
            if :: n != NONE -> agentStart(g, n) :: else -> skip fi
        }
        g = 0; n = 0; m = 0; k = 0 }
    :: atomic { dcExists && (lost(0) || lost(1) || lost(2)) ->          /* a lost node is fenced first */
        n = (lost(0) -> 0 : (lost(1) -> 1 : 2));
        assert(dcExists);                                      /* (2) no fence request without quorum */
#ifdef BROKEN_NO_FENCE
        member[n] = false;
        for (g : 0 .. G - 1) { if :: where[g] == n -> where[g] = NONE :: else -> skip fi }
#else
        if
        :: fenceReachable[n] ->                                         /* level 1: the BMC powers it off */
            powerOff(n); member[n] = false;
            for (g : 0 .. G - 1) { if :: where[g] == n -> where[g] = NONE :: else -> skip fi }
#ifdef NO_SECOND_LEVEL
        :: else -> skip                                   /* BMC unreachable: no recovery, an alert */
#else
        :: !fenceReachable[n] && !pill[n] -> pill[n] = true   /* level 1 failed: level 2 writes the pill */
        :: !fenceReachable[n] && pill[n] && LEVEL2_DONE(n) -> /* msgwait over: the node counts as fenced */
            member[n] = false;
            for (g : 0 .. G - 1) { if :: where[g] == n -> where[g] = NONE :: else -> skip fi }
        :: else -> skip                      /* msgwait still running; never block inside the step */
#endif
        fi;
#endif
        g = 0; n = 0; m = 0 }
    :: atomic { dcExists && (!member[0] || !member[1] || !member[2]) ->  /* a fenced node boots, rejoins */
        n = (!member[0] -> 0 : (!member[1] -> 1 : 2));
        up[n] = true; cut[n] = false; libvirtd[n] = true; member[n] = true; pill[n] = false;
        daemon[n] = true; rescan[n] = true; daemonReported[n] = false; updateQuorum();
        n = 0; m = 0 }
    :: atomic { dcExists && (deadDaemon(0) || deadDaemon(1) || deadDaemon(2)) ->  /* the clone's monitor */
        n = (deadDaemon(0) -> 0 : (deadDaemon(1) -> 1 : 2));
        daemon[n] = true; rescan[n] = true; daemonReported[n] = false;
        n = 0; m = 0 }
    :: atomic { operations < OPERATIONS && where[0] != NONE && dcSide(where[0]) &&
                qemu[at(0, where[0])] ->                         /* an operator moves or restarts guest 0 */
        operations++;
        n = where[0]; m = (n + 1) % N;
        if
        :: libvirtd[n] && up[m] && member[m] && dcSide(m) && libvirtd[m] ->   /* crm resource move: migrate */
            hasRecord[at(0, n)] = true; intent[at(0, n)] = migrating_away;
            hasRecord[at(0, m)] = true; intent[at(0, m)] = migrating_in;
            qemu[at(0, m)] = true; byCluster[at(0, m)] = false;
            qemu[at(0, n)] = false; byCluster[at(0, n)] = true;
            if :: daemon[n] && nfull(events[n]) -> events[n]!0, migrated :: !daemon[n] || full(events[n]) -> skip fi;
            intent[at(0, n)] = stopped; intent[at(0, m)] = running; where[0] = m
        :: true -> agentStop(0, n)                                  /* crm resource restart */
        fi;
        n = 0; m = 0 }
    od
}

/* --- kvmha-cpgmonitor on node x ------------------------------------------------------------- */
#define isFailure(e) (e == crashed || e == watchdog || e == io_error_pause || e == control_error)
#ifdef BROKEN_NO_INTENT
#define ours(y, x) true
#else
#define ours(y, x) (hasRecord[at(y, x)] && intent[at(y, x)] == running)
#endif
#ifdef BROKEN_NO_STATE_CHECK
#define stillDown(y, x) true
#else
#define stillDown(y, x) (!qemu[at(y, x)])
#endif
#ifdef BROKEN_NO_QUORUM_GATE
#define gate(x) true
#else
#define gate(x) quorate[x]
#endif

#define deadPeer(m, x) (m != x && up[m] && !daemon[m] && member[m] && side(m, x) && !daemonReported[m])
#define alive(k, x) (daemon[k] && up[k] && side(k, x))
/* the lowest live member on this side reports, so a failure is reported once */
#define isLowest(x) (x == 0 || (x == 1 && !alive(0, 1)) || (x == 2 && !alive(0, 2) && !alive(1, 2)))

proctype Daemon(byte x) {
    do
    :: atomic { ROOM && nempty(events[x]) ->                             /* a libvirt domain event */
        events[x]?g, kind;
        if
        :: daemon[x] && isFailure(kind) && ours(g, x) && stillDown(g, x) && gate(x) ->
            assert(quorate[x]);                                    /* (2) no report without quorum */
            assert(!qemu[at(g, x)] && !byCluster[at(g, x)]);      /* (3) down, and not on purpose */
            reports!guestFailed, g, x
        :: else -> skip                        /* benign, not ours, running again, or no quorum */
        fi; g = 0; kind = 0 }
    :: atomic { ROOM && daemon[x] && rescan[x] && libvirtd[x] ->        /* (re)connected: the records */
        rescan[x] = false;
#ifndef BROKEN_NO_RESCAN
        for (g : 0 .. G - 1) {
            if
            :: hasRecord[at(g, x)] && intent[at(g, x)] == running && !qemu[at(g, x)] && gate(x) ->
                assert(quorate[x]); assert(!qemu[at(g, x)] && !byCluster[at(g, x)]);
                reports!guestFailed, g, x
            :: else -> skip
            fi
        }
#endif
        g = 0 }
    :: atomic { ROOM && daemon[x] && up[x] && isLowest(x) && gate(x) &&   /* peer watch: PROCDOWN, silence */
                (deadPeer(0, x) || deadPeer(1, x) || deadPeer(2, x)) ->
        n = (deadPeer(0, x) -> 0 : (deadPeer(1, x) -> 1 : 2));
        assert(quorate[x]);                                                         /* (2) */
        daemonReported[n] = true;
        reports!daemonFailed, n, n;
        n = 0 }
    od
}

/* --- faults, each a transition, at most FAULTS of them ----------------------------------------- */
#define CRASH(y, x) :: atomic { faults < FAULTS && qemu[at(y, x)] -> faults++; qemu[at(y, x)] = false; \
        byCluster[at(y, x)] = false; \
        if :: libvirtd[x] && daemon[x] && nfull(events[x]) -> events[x]!y, crashed \
        :: !libvirtd[x] || !daemon[x] || full(events[x]) -> skip fi }
#define DAEMON_DIES(x) :: atomic { faults < FAULTS && up[x] && daemon[x] -> faults++; daemon[x] = false }
#define LIBVIRTD_DIES(x) :: atomic { faults < FAULTS && up[x] && libvirtd[x] -> faults++; libvirtd[x] = false }
#define LIBVIRTD_BACK(x) :: atomic { up[x] && !libvirtd[x] && member[x] -> libvirtd[x] = true; rescan[x] = daemon[x] }
#define LATE_EVENT(y, x) :: atomic { pendingFailed[at(y, x)] && libvirtd[x] && nfull(events[x]) -> \
        pendingFailed[at(y, x)] = false; if :: daemon[x] -> events[x]!y, crashed :: else -> skip fi }
#define POWER_LOSS(x) :: atomic { faults < FAULTS && up[x] && (quorate[0] + quorate[1] + quorate[2] == N) -> \
        faults++; powerOff(x) }
#define CUT_OFF(x) :: atomic { faults < FAULTS && up[x] && (quorate[0] + quorate[1] + quorate[2] == N) -> \
        faults++; cut[x] = true; updateQuorum() }
#define BMC_GONE(x) :: atomic { faults < FAULTS && fenceReachable[x] -> faults++; fenceReachable[x] = false }
#define SECOND_NODE(x) :: atomic { faults < FAULTS && up[x] -> faults++; powerOff(x) }

proctype Faults() {
    do
    CRASH(0, 0) CRASH(0, 1) CRASH(0, 2) CRASH(1, 0) CRASH(1, 1) CRASH(1, 2)
    DAEMON_DIES(0) DAEMON_DIES(1) DAEMON_DIES(2)
    LIBVIRTD_DIES(0) LIBVIRTD_DIES(1) LIBVIRTD_DIES(2)
    LIBVIRTD_BACK(0) LIBVIRTD_BACK(1) LIBVIRTD_BACK(2)
    LATE_EVENT(0, 0) LATE_EVENT(0, 1) LATE_EVENT(0, 2) LATE_EVENT(1, 0) LATE_EVENT(1, 1) LATE_EVENT(1, 2)
    POWER_LOSS(0) POWER_LOSS(1) POWER_LOSS(2)
    CUT_OFF(0) CUT_OFF(1) CUT_OFF(2)
    BMC_GONE(0) BMC_GONE(1) BMC_GONE(2)
#ifndef LIVENESS
    SECOND_NODE(0) SECOND_NODE(1) SECOND_NODE(2)
#endif
    od
}

/* sbd on each node: a node whose slot holds the pill resets itself (at its next read of the slot, or
 * by its watchdog if it cannot read): the self-fence, whatever side of a cut it is on. */
proctype Sbd() {
    do
    :: atomic { up[0] && pill[0] -> powerOff(0) }
    :: atomic { up[1] && pill[1] -> powerOff(1) }
    :: atomic { up[2] && pill[2] -> powerOff(2) }
    od
}

/* Time goes on when nothing else can move, so a stuck system is an infinite run that the liveness
 * claim sees (weak fairness still makes every enabled process move). */
hidden byte tick;
proctype Clock() { do :: tick = 1 - tick od }

init {
    atomic {
        for (k : 0 .. N - 1) { up[k] = true; libvirtd[k] = true; member[k] = true; fenceReachable[k] = true }
        where[0] = NONE; where[1] = NONE;
        updateQuorum();
        for (k : 0 .. N - 1) { daemon[k] = true };                   /* nothing to rescan at the start */
        k = 0; c = 0; m = 0;
        run Pacemaker();
        run Daemon(0); run Daemon(1); run Daemon(2);
        run Faults();
        run Sbd();
        run Clock()
    }
}
