#include "progressprinter.h"
