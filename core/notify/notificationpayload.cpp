#include "notify/notificationpayload.h"

namespace arrscore {

} // namespace arrscore
