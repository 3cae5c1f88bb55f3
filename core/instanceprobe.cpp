#include "instanceprobe.h"
