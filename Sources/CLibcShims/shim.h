#include <sys/prctl.h>

/* prctl is variadic, which Swift does not import: the one call kvmha needs, with fixed arguments. */
static inline int kvmha_set_undumpable(void) { return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }
