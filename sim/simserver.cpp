#include "simserver.h"
