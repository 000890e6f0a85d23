#include <freeipmi/freeipmi.h>
