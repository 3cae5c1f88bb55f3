#include "notify/slackformat.h"

namespace arrscore {

} // namespace arrscore
