#include "filecolumns.h"
