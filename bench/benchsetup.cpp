#include "benchsetup.h"

#include <QString>
#include <QTextStream>

namespace arrscore::bench {

BenchSetup::BenchSetup(int argc, char *argv[], const char *program, Needs needs, int minimumFiles, int defaultFiles)
    : m_fileCount(argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : defaultFiles)
{
    if (m_fileCount < minimumFiles) {
        QTextStream(stderr) << "usage: " << program << " [FILES]\n";
        m_exitCode = 2;
        return;
    }
    if (needs == WithFolder) {
        m_folder = std::make_unique<QTemporaryDir>();
        if (!m_folder->isValid()) {
            QTextStream(stderr) << "cannot create a temporary folder\n";
            m_exitCode = 1;
        }
    }
}

} // namespace arrscore::bench
