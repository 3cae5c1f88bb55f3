#include "notify/webhookformat.h"

namespace arrscore {

} // namespace arrscore
