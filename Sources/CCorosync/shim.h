#include <corosync/corotypes.h>
#include <corosync/cpg.h>
#include <corosync/cmap.h>
#include <corosync/quorum.h>
