/* cpg-rogue: a process allowed into kvmha-cpgmonitor's CPG group that does not hold the heartbeat
 * key, as the tests of issue 30 need one: written against libcpg alone (not kvmha's bindings), so the
 * daemon is tested against what any member can send. Lab and test use only.
 *
 *   cpg-rogue GROUP toggle NODE UUID COUNT   heartbeats in NODE's name listing UUID unmanaged in
 *                                            every other one (the double-run lie), 5 a second
 *   cpg-rogue GROUP die NODE RESOURCE COUNT  heartbeats naming RESOURCE, then exit without leaving
 *                                            (PROCDOWN: "fail my resource")
 *   cpg-rogue GROUP replay COUNT             waits for another member's message, then sends it
 *                                            COUNT times, 5 a second (a captured real heartbeat)
 *   cpg-rogue GROUP flood COUNT              COUNT well-formed lies as fast as flow control allows
 *
 * Exit 0 when everything was sent; 1 on a libcpg error (printed). */
#include <corosync/cpg.h>
#include <inttypes.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static unsigned char captured[65536];
static size_t captured_length;

static void delivered(cpg_handle_t handle, const struct cpg_name *group, uint32_t nodeid, uint32_t pid,
                      void *message, size_t length) {
    (void)handle; (void)group; (void)nodeid;
    if (captured_length == 0 && pid != (uint32_t)getpid() && length <= sizeof captured) {
        memcpy(captured, message, length);
        captured_length = length;
    }
}

static void changed(cpg_handle_t handle, const struct cpg_name *group, const struct cpg_address *members,
                    size_t members_count, const struct cpg_address *left, size_t left_count,
                    const struct cpg_address *joined, size_t joined_count) {
    (void)handle; (void)group; (void)members; (void)members_count; (void)left; (void)left_count;
    (void)joined; (void)joined_count;
}

static cpg_handle_t handle;

static int fail(const char *what, cs_error_t error) {
    fprintf(stderr, "cpg-rogue: %s: cs_error %d\n", what, (int)error);
    return 1;
}

static void pause_ms(long ms) {
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

/* One multicast, waiting out flow control (CS_ERR_TRY_AGAIN) while dispatching what arrives. */
static int send_bytes(const void *bytes, size_t length) {
    struct iovec iov = {(void *)bytes, length};
    for (;;) {
        cs_error_t error = cpg_mcast_joined(handle, CPG_TYPE_AGREED, &iov, 1);
        if (error == CS_OK) return 0;
        if (error != CS_ERR_TRY_AGAIN) return fail("cpg_mcast_joined", error);
        cpg_dispatch(handle, CS_DISPATCH_ALL);
        pause_ms(2);
    }
}

static int heartbeat(uint64_t sequence, const char *node, const char *resource, const char *uuid) {
    char text[1024];
    int length = snprintf(text, sizeof text, "kvmha-cpgmonitor/1\nseq=%" PRIu64 "\nnode=%s\nresource=%s%s%s%s",
                          sequence, node, resource, uuid ? "\ndomain=" : "", uuid ? uuid : "",
                          uuid ? " unmanaged" : "");
    return send_bytes(text, (size_t)length);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: cpg-rogue GROUP toggle|die|replay|flood ARGS (see the source)\n");
        return 2;
    }
    cpg_callbacks_t callbacks = {.cpg_deliver_fn = delivered, .cpg_confchg_fn = changed};
    cs_error_t error = cpg_initialize(&handle, &callbacks);
    if (error != CS_OK) return fail("cpg_initialize", error);
    struct cpg_name group;
    group.length = (uint32_t)strlen(argv[1]);
    if (group.length >= CPG_MAX_NAME_LENGTH) return 2;
    memcpy(group.value, argv[1], group.length);
    while ((error = cpg_join(handle, &group)) == CS_ERR_TRY_AGAIN) pause_ms(10);
    if (error != CS_OK) return fail("cpg_join", error);
    const char *mode = argv[2];
    if (strcmp(mode, "toggle") == 0 && argc == 6) {
        long count = atol(argv[5]);
        for (long i = 0; i < count; i++) {
            if (heartbeat((uint64_t)i + 1, argv[3], "", i % 2 == 0 ? argv[4] : NULL)) return 1;
            cpg_dispatch(handle, CS_DISPATCH_ALL);
            pause_ms(200);
        }
    } else if (strcmp(mode, "die") == 0 && argc == 6) {
        long count = atol(argv[5]);
        for (long i = 0; i < count; i++) {
            if (heartbeat((uint64_t)i + 1, argv[3], argv[4], NULL)) return 1;
            cpg_dispatch(handle, CS_DISPATCH_ALL);
            pause_ms(200);
        }
        _exit(0); /* no cpg_leave, no finalize: Corosync sees PROCDOWN */
    } else if (strcmp(mode, "replay") == 0 && argc == 4) {
        int fd;
        if ((error = cpg_fd_get(handle, &fd)) != CS_OK) return fail("cpg_fd_get", error);
        for (int waited = 0; captured_length == 0 && waited < 100; waited++) {
            struct pollfd p = {fd, POLLIN, 0};
            poll(&p, 1, 100);
            cpg_dispatch(handle, CS_DISPATCH_ALL);
        }
        if (captured_length == 0) {
            fprintf(stderr, "cpg-rogue: no message to capture in 10 s\n");
            return 1;
        }
        long count = atol(argv[3]);
        for (long i = 0; i < count; i++) {
            if (send_bytes(captured, captured_length)) return 1;
            cpg_dispatch(handle, CS_DISPATCH_ALL);
            pause_ms(200);
        }
    } else if (strcmp(mode, "flood") == 0 && argc == 4) {
        long count = atol(argv[3]);
        char uuid[40];
        for (long i = 0; i < count; i++) {
            snprintf(uuid, sizeof uuid, "11111111-2222-3333-4444-%012ld", i % 1000000);
            if (heartbeat((uint64_t)i + 1, "n1", "cpgmon:9", uuid)) return 1;
            if (i % 200 == 0) cpg_dispatch(handle, CS_DISPATCH_ALL);
        }
    } else {
        fprintf(stderr, "cpg-rogue: unknown mode or wrong arguments\n");
        return 2;
    }
    cpg_leave(handle, &group);
    cpg_finalize(handle);
    return 0;
}
