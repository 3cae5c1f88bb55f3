#include "apiparser.h"
