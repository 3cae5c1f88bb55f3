#include "syncjob.h"
