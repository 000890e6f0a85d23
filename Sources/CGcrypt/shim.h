#include <gcrypt.h>

/* gcry_control is variadic, which Swift does not import: libgcrypt's initialization as its manual
   asks of an application (version check first, then "initialization finished"), with fixed arguments.
   No secure memory: it needs mlock limits the daemon's unit does not raise, and the daemon forbids
   core dumps and ptrace (PR_SET_DUMPABLE 0) before it reads a key. Returns NULL when the library
   is older than the headers. */
static inline const char *kvmha_gcry_initialize(void) {
    if (gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P)) return gcry_check_version(NULL);
    const char *version = gcry_check_version(GCRYPT_VERSION);
    if (version == NULL) return NULL;
    gcry_control(GCRYCTL_DISABLE_SECMEM, 0);
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    return version;
}
