#include "base/buildinfo.h"

#include "buildcommit.h" // generated at every build by cmake/gitcommit.cmake

#include <QtGlobal>

namespace arrscore {

QString BuildInfo::version()
{
    return QStringLiteral(ARRSCORE_VERSION);
}

QString BuildInfo::gitCommit()
{
    const QString commit = QStringLiteral(ARRSCORE_GIT_COMMIT);
    return commit.isEmpty() ? QStringLiteral("unknown") : commit;
}

QString BuildInfo::qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString BuildInfo::qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::applicationId()
{
    return QStringLiteral(ARRSCORE_APP_ID);
}

QString BuildInfo::versionText(const QString &program)
{
    QString text = program + QLatin1Char(' ') + version() + QLatin1Char('\n') + tr("Commit: %1").arg(gitCommit())
                   + QLatin1Char('\n');
    // Both, because a distribution can update Qt under a binary built with an older one.
    text += qtRuntimeVersion() == qtBuildVersion()
                ? tr("Qt: %1").arg(qtRuntimeVersion())
                : tr("Qt: %1 (built with %2)").arg(qtRuntimeVersion(), qtBuildVersion());
    return text + QLatin1Char('\n');
}

} // namespace arrscore
