#pragma once

#include <QCoreApplication>
#include <QString>

namespace arrscore {

// What this build is: the version, the git commit it was built from and the Qt it was built with and runs on.
// One source for both binaries' --version, the About box and problem reports.
class BuildInfo
{
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)

public:
    static QString version();          // "0.2.0", the project's version in CMakeLists.txt
    static QString gitCommit();        // the short commit hash, "unknown" when built outside git
    static QString qtBuildVersion();   // the Qt the binary was compiled against
    static QString qtRuntimeVersion(); // the Qt it runs on now (qVersion()), newer after a system update
    static QString applicationId();    // the reverse-DNS id of the desktop file, icon and AppStream metainfo

    // The lines --version prints: "<program> <version>", the commit, and the Qt versions.
    static QString versionText(const QString &program);
};

} // namespace arrscore
