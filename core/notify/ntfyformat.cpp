#include "notify/ntfyformat.h"

namespace arrscore {

} // namespace arrscore
