#include "retrypolicy.h"
