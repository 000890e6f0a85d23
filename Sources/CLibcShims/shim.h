#include <sys/prctl.h>

/* prctl is variadic, which Swift does not import: the one call kvmha needs, with fixed arguments. */
static inline int kvmha_set_undumpable(void) { return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }

/* The commit a package build was made from: debian/rules passes -Xcc -DKVMHA_BUILD_COMMIT="…" (git
   describe); any other build says "unknown". A C macro because SwiftPM has no other way to hand a
   build-time string to Swift code without generating sources into the tree. */
#ifndef KVMHA_BUILD_COMMIT
#define KVMHA_BUILD_COMMIT "unknown"
#endif
static inline const char *kvmha_build_commit(void) { return KVMHA_BUILD_COMMIT; }
