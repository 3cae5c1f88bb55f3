#pragma once

#include <QString>
#include <QStringList>

namespace arrscore::test {

// An ordinary user's file permissions for the tests of "not readable" and "not writable": root passes
// every permission check (and CI runs as root), so while one lives the process's effective user and
// group are nobody's (65534), and back again when it goes. As an ordinary user it changes nothing:
// permission bits already stop us.
class Unprivileged
{
public:
    Unprivileged();
    ~Unprivileged();
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;

    // False when root could not switch (then the test must fail, not pass unchecked).
    bool ok() const { return m_ok; }

    // Whether this process runs as root, and so needs this.
    static bool isRoot();
    // program and arguments as run by nobody when we are root (setpriv, from util-linux), else unchanged:
    // the real binary under an ordinary user's permissions.
    static QStringList command(const QString &program, const QStringList &arguments);
    // chmod a+rx of path and of each folder above it up to the temporary folder, so that nobody can
    // reach what a test made there (QTemporaryDir makes 0700 folders).
    static bool makeReachable(const QString &path);
    // chmod, in octal as ls shows it; false when it failed.
    static bool setMode(const QString &path, int mode);

private:
    bool m_switched = false;
    bool m_ok = true;
};

} // namespace arrscore::test
