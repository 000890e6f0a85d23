/* watchdog-emulator: a /dev/watchdog for one lab node, loaded into sbd with LD_PRELOAD (lab use only).
 *
 * The machine has no watchdog device, and a real one would reset the kernel every lab node shares. This
 * library gives the process it is loaded into a watchdog whose expiry resets one node: the process
 * named by KVMHA_WATCHDOG_RESET_PID (the node's body, the child of its PID 1 `tini`) is SIGKILLed, tini
 * exits, and the kernel ends the node's PID namespace — every process of the node, its guests' QEMUs
 * (the only writers of its LUNs) included.
 *
 * Emulated: the device (open/ioctl/write/close of KVMHA_WATCHDOG_DEVICE, default /dev/watchdog), its
 * timer, /proc/sysrq-trigger ('b', 'c', 'o' reset at once) and reboot(2) (resets at once). Real: sbd,
 * its disk protocol on a shared LUN, its timeouts, Pacemaker and Corosync.
 *
 * The timer runs in a helper process started at the first open, not in the watched process: a thread
 * of sbd would stop with a SIGSTOPped sbd and die with a killed one, exactly the faults a watchdog is
 * for. The fd handed to the caller is the write end of a pipe to that helper: every byte written is a
 * kick ('V' also arms the magic close), ioctls become the same bytes, WDIOC_SETTIMEOUT a 'T' and the
 * seconds. Closing after 'V' disarms; closing without it leaves the timer running, as on hardware.
 *
 * KVMHA_WATCHDOG_LOG: a file each event is appended to ("monotonic-seconds pid event"). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/watchdog.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int watchdog_fd = -1, sysrq_fd = -1;
static int timeout_s = 60; /* the softdog driver's default until WDIOC_SETTIMEOUT */

static double monotonic(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Raw system calls for the library's own I/O: its own wrappers must not see them. */
static void note(const char *event) {
    const char *path = getenv("KVMHA_WATCHDOG_LOG");
    if (!path) return;
    char line[200];
    int n = snprintf(line, sizeof line, "%.3f %d %s\n", monotonic(), (int)getpid(), event);
    int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return;
    (void)syscall(SYS_write, fd, line, (size_t)n);
    (void)syscall(SYS_close, fd);
}

static void send_bytes(const void *bytes, size_t length) {
    if (watchdog_fd >= 0) (void)syscall(SYS_write, watchdog_fd, bytes, length);
}

/* KVMHA_WATCHDOG_EVENTS and KVMHA_WATCHDOG_NODE: the lab cluster's event log ("wall-ms source node
 * text", lab/cluster/control's format), so the runner's timelines show the reset beside the fencing. */
static void lab_event(const char *text) {
    const char *path = getenv("KVMHA_WATCHDOG_EVENTS"), *node = getenv("KVMHA_WATCHDOG_NODE");
    if (!path || !node) return;
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    char line[300];
    int n = snprintf(line, sizeof line, "%lld\twatchdog\t%s\t%s %s\n",
                     (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000, node, node, text);
    int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0) return;
    (void)syscall(SYS_write, fd, line, (size_t)n);
    (void)syscall(SYS_close, fd);
}

/* The node's reset: its body killed, so its PID 1 exits and the kernel ends the namespace. */
static void reset_node(const char *why) {
    const char *text = getenv("KVMHA_WATCHDOG_RESET_PID");
    long pid = text ? strtol(text, NULL, 10) : 0;
    char event[160];
    snprintf(event, sizeof event, "reset (%s): SIGKILL of %ld", why, pid);
    note(event);
    snprintf(event, sizeof event, "self-fenced: watchdog reset (%s)", why);
    lab_event(event);
    if (pid > 1) kill((pid_t)pid, SIGKILL);
}

/* The device's timer, in its own process: reads kicks until the deadline passes or a magic close. */
static void helper(int from) {
    int timeout = timeout_s, magic = 0, open_end = 1;
    double last = monotonic();
    for (;;) {
        double left = last + timeout - monotonic();
        if (left <= 0) {
            reset_node("watchdog expired");
            _exit(0);
        }
        struct pollfd p = {from, POLLIN, 0};
        if (!open_end) { /* the writer closed without the magic: only the timer is left */
            struct timespec t = {(time_t)left, (long)((left - (time_t)left) * 1e9)};
            nanosleep(&t, NULL);
            continue;
        }
        if (poll(&p, 1, (int)(left * 1000) + 1) <= 0) continue;
        unsigned char bytes[64];
        ssize_t n = read(from, bytes, sizeof bytes);
        if (n <= 0) {
            if (magic) {
                note("magic close: disarmed");
                _exit(0);
            }
            note("closed without the magic character: still armed");
            open_end = 0;
            continue;
        }
        for (ssize_t i = 0; i < n; i++) {
            if (bytes[i] == 'T' && i + 1 < n) {
                timeout = bytes[++i];
                char event[64];
                snprintf(event, sizeof event, "timeout %d s", timeout);
                note(event);
            }
            magic = bytes[i] == 'V';
            last = monotonic();
        }
    }
}

static int open_watchdog(void) {
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0) return -1;
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        close(ends[1]);
        /* Its own session: a signal to the watched process's group does not stop the timer. */
        setsid();
        helper(ends[0]);
    }
    close(ends[0]);
    watchdog_fd = ends[1];
    note("watchdog opened");
    return watchdog_fd;
}

static int faked(const char *path) {
    const char *device = getenv("KVMHA_WATCHDOG_DEVICE");
    if (strcmp(path, device ? device : "/dev/watchdog") == 0) return open_watchdog();
    if (strcmp(path, "/proc/sysrq-trigger") == 0) {
        sysrq_fd = (int)syscall(SYS_openat, AT_FDCWD, "/dev/null", O_WRONLY | O_CLOEXEC);
        return sysrq_fd;
    }
    return -2;
}

/* Every open of a path: the emulated ones faked, the rest the system call itself. The mode is read
 * only where the flags say one was passed (O_CREAT, O_TMPFILE), as the C library does. */
static int open_path(int directory, const char *path, int flags, va_list ap) {
    int fd = faked(path);
    if (fd != -2) return fd;
    mode_t mode = (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
    return (int)syscall(SYS_openat, directory, path, flags, mode);
}

int openat(int directory, const char *path, int flags, ...) {
    va_list ap;
    va_start(ap, flags);
    int fd = open_path(directory, path, flags, ap);
    va_end(ap);
    return fd;
}

int open(const char *path, int flags, ...) {
    va_list ap;
    va_start(ap, flags);
    int fd = open_path(AT_FDCWD, path, flags, ap);
    va_end(ap);
    return fd;
}

int open64(const char *path, int flags, ...) {
    va_list ap;
    va_start(ap, flags);
    int fd = open_path(AT_FDCWD, path, flags, ap);
    va_end(ap);
    return fd;
}

int ioctl(int fd, unsigned long request, ...) {
    va_list ap;
    va_start(ap, request);
    void *argument = va_arg(ap, void *);
    va_end(ap);
    if (fd != watchdog_fd || fd < 0) return (int)syscall(SYS_ioctl, fd, request, argument);
    switch (request) {
    case WDIOC_SETTIMEOUT: {
        int seconds = *(int *)argument;
        if (seconds < 1 || seconds > 255) {
            errno = EINVAL;
            return -1;
        }
        timeout_s = seconds;
        unsigned char bytes[2] = {'T', (unsigned char)seconds};
        send_bytes(bytes, 2);
        return 0;
    }
    case WDIOC_GETTIMEOUT:
        *(int *)argument = timeout_s;
        return 0;
    case WDIOC_KEEPALIVE:
        send_bytes("k", 1);
        return 0;
    case WDIOC_SETOPTIONS:
        if (*(int *)argument & WDIOS_DISABLECARD) send_bytes("V", 1);
        return 0;
    case WDIOC_GETSUPPORT: {
        struct watchdog_info *info = argument;
        memset(info, 0, sizeof *info);
        info->options = WDIOF_SETTIMEOUT | WDIOF_KEEPALIVEPING | WDIOF_MAGICCLOSE;
        snprintf((char *)info->identity, sizeof info->identity, "kvmha lab watchdog");
        return 0;
    }
    default:
        errno = ENOTTY;
        return -1;
    }
}

ssize_t write(int fd, const void *buffer, size_t length) {
    if (fd >= 0 && fd == sysrq_fd && length > 0) {
        char key = ((const char *)buffer)[0];
        if (key == 'b' || key == 'c' || key == 'o') {
            char why[32];
            snprintf(why, sizeof why, "sysrq %c", key);
            reset_node(why);
        }
        return (ssize_t)length;
    }
    return (ssize_t)syscall(SYS_write, fd, buffer, length);
}

/* stdio's fopen does not go through open(): the trigger file is caught here too (a lab kernel with
 * sysrq would otherwise reset the machine every node shares). */
static ssize_t sysrq_cookie_write(void *cookie, const char *buffer, size_t length) {
    (void)cookie;
    if (length > 0 && (buffer[0] == 'b' || buffer[0] == 'c' || buffer[0] == 'o')) {
        char why[32];
        snprintf(why, sizeof why, "sysrq %c", buffer[0]);
        reset_node(why);
    }
    return (ssize_t)length;
}

FILE *fopen(const char *path, const char *mode) {
    static FILE *(*real)(const char *, const char *);
    if (strcmp(path, "/proc/sysrq-trigger") == 0) {
        cookie_io_functions_t io = {NULL, sysrq_cookie_write, NULL, NULL};
        return fopencookie(NULL, "w", io);
    }
    if (!real) real = (FILE * (*)(const char *, const char *)) dlsym(RTLD_NEXT, "fopen");
    return real(path, mode);
}

int reboot(int how) {
    char why[32];
    snprintf(why, sizeof why, "reboot(0x%x)", (unsigned)how);
    reset_node(why);
    _exit(0);
}
