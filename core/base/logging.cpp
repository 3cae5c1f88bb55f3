#include "base/logging.h"

namespace arrscore {
Q_LOGGING_CATEGORY(lcNet, "arrscore.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "arrscore.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDb, "arrscore.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConfig, "arrscore.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "arrscore.export", QtWarningMsg)
} // namespace arrscore
