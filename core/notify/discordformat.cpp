#include "notify/discordformat.h"

namespace arrscore {

} // namespace arrscore
