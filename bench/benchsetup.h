#pragma once

#include <QTemporaryDir>

#include <memory>

namespace arrscore::bench {

// What every benchmark's main() starts with: "bench_x [FILES]" (100,000 files unless the benchmark says
// otherwise) and, for those that write files, a temporary folder; each with its message when it cannot be had.
class BenchSetup
{
public:
    enum Needs { FilesOnly, WithFolder };

    BenchSetup(int argc, char *argv[], const char *program, Needs needs = FilesOnly, int minimumFiles = 1,
               int defaultFiles = 100000);

    bool ok() const { return m_exitCode == 0; }
    int exitCode() const { return m_exitCode; } // 2: usage, 1: no temporary folder
    int fileCount() const { return m_fileCount; }
    const QTemporaryDir &folder() const { return *m_folder; } // WithFolder only

private:
    int m_fileCount = 0;
    int m_exitCode = 0;
    std::unique_ptr<QTemporaryDir> m_folder;
};

} // namespace arrscore::bench
