#include "configloader.h"
