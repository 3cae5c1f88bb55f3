#include "radarrfetcher.h"
