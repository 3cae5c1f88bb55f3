#include "unprivileged.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

namespace arrscore::test {

namespace {
constexpr uid_t kNobody = 65534;
constexpr gid_t kNoGroup = 65534;
} // namespace

Unprivileged::Unprivileged()
{
    if (!isRoot())
        return;
    // The group first: once the user is not root, the group can no longer be changed.
    m_ok = ::setegid(kNoGroup) == 0 && ::seteuid(kNobody) == 0;
    m_switched = true;
}

Unprivileged::~Unprivileged()
{
    if (!m_switched)
        return;
    if (::seteuid(0) != 0 || ::setegid(0) != 0)
        qFatal("cannot become root again after a test that ran as nobody");
}

bool Unprivileged::isRoot()
{
    return ::geteuid() == 0;
}

QStringList Unprivileged::command(const QString &program, const QStringList &arguments)
{
    if (!isRoot())
        return QStringList{program} + arguments;
    return QStringList{QStringLiteral("setpriv"),
                       QStringLiteral("--reuid=%1").arg(kNobody),
                       QStringLiteral("--regid=%1").arg(kNoGroup),
                       QStringLiteral("--clear-groups"),
                       QStringLiteral("--"),
                       program}
           + arguments;
}

bool Unprivileged::makeReachable(const QString &path)
{
    const QString top = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).canonicalPath();
    QString current = QFileInfo(path).canonicalFilePath();
    if (!current.startsWith(top + QLatin1Char('/')))
        return false; // only what a test made in the temporary folder
    bool ok = true;
    while (current.startsWith(top + QLatin1Char('/'))) {
        struct stat info = {};
        const QByteArray native = QFile::encodeName(current);
        ok = ::stat(native.constData(), &info) == 0
             && ::chmod(native.constData(), (info.st_mode & 07777) | S_IRUSR | S_IRGRP | S_IROTH
                                                | (S_ISDIR(info.st_mode) ? S_IXUSR | S_IXGRP | S_IXOTH : 0))
                    == 0
             && ok;
        current = QFileInfo(current).absolutePath();
    }
    return ok;
}

bool Unprivileged::setMode(const QString &path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

} // namespace arrscore::test
