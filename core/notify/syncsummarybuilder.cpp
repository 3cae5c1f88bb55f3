#include "notify/syncsummarybuilder.h"

namespace arrscore {

} // namespace arrscore
