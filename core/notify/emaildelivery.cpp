#include "notify/emaildelivery.h"

namespace arrscore {

} // namespace arrscore
