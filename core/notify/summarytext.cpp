#include "notify/summarytext.h"

namespace arrscore {

} // namespace arrscore
