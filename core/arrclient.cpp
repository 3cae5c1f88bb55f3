#include "arrclient.h"
