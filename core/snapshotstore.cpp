#include "snapshotstore.h"
