#include "sonarrfetcher.h"
