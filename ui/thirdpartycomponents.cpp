#include "thirdpartycomponents.h"

#include "base/buildinfo.h"

#include <QFile>

#include <sqlite3.h>
#if ARRSCORE_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace arrscore {

namespace {

#if ARRSCORE_HAVE_LIBPQ
QString libpqVersion()
{
    // PQlibVersion(): major * 10000 + minor from PostgreSQL 10 on.
    const int v = PQlibVersion();
    return QStringLiteral("%1.%2").arg(v / 10000).arg(v % 10000);
}
#endif

} // namespace

QList<ThirdPartyComponents::Component> ThirdPartyComponents::all()
{
    return
    {
        {tr("Qt"), BuildInfo::qtRuntimeVersion(), QStringLiteral("LGPL-3.0-only"),
         tr("GNU Lesser General Public License v3"), QStringLiteral("https://www.qt.io/")},
            {tr("yaml-cpp"), QStringLiteral(ARRSCORE_YAML_CPP_VERSION), QStringLiteral("MIT"), tr("MIT License"),
             QStringLiteral("https://github.com/jbeder/yaml-cpp")},
            {tr("QtKeychain"), QStringLiteral(ARRSCORE_QTKEYCHAIN_VERSION), QStringLiteral("BSD-3-Clause"),
             tr("BSD 3-Clause License"), QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
            {tr("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing"), tr("Public domain"),
             QStringLiteral("https://www.sqlite.org/")},
#if ARRSCORE_HAVE_LIBPQ
            {tr("libpq"), libpqVersion(), QStringLiteral("PostgreSQL"), tr("PostgreSQL License"),
             QStringLiteral("https://www.postgresql.org/")},
#else
            {tr("libpq"), QString(), QStringLiteral("PostgreSQL"), tr("PostgreSQL License"),
             QStringLiteral("https://www.postgresql.org/")},
#endif
    };
}

QString ThirdPartyComponents::qtVersion()
{
    // Both when they differ: a distribution can update Qt under a binary built with an older one.
    return BuildInfo::qtRuntimeVersion() == BuildInfo::qtBuildVersion()
               ? BuildInfo::qtRuntimeVersion()
               : tr("%1 (built with %2)").arg(BuildInfo::qtRuntimeVersion(), BuildInfo::qtBuildVersion());
}

QString ThirdPartyComponents::projectUrl()
{
    return QStringLiteral(ARRSCORE_HOMEPAGE_URL);
}

QString ThirdPartyComponents::issuesUrl()
{
    return projectUrl() + QStringLiteral("/issues");
}

QString ThirdPartyComponents::projectLicence()
{
    QFile file(QStringLiteral(":/about/LICENSE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace arrscore
