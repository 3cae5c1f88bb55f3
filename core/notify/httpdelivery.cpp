#include "notify/httpdelivery.h"

namespace arrscore {

} // namespace arrscore
