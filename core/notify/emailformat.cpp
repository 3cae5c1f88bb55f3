#include "notify/emailformat.h"

namespace arrscore {

} // namespace arrscore
