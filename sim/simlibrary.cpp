#include "simlibrary.h"
