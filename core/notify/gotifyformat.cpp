#include "notify/gotifyformat.h"

namespace arrscore {

} // namespace arrscore
