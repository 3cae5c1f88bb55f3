// The main() of every fuzz target's replay: feeds each file of the folders (or files) named on the command line
// to LLVMFuzzerTestOneInput once, in name order. Built with the normal compiler, so the seed corpus and every
// crash that became a regression input run in each build's ctest, sanitizers or not.
//
//   replay_<target> DIR|FILE...      at least one input in all, or it fails (a wrong path must not pass)
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QStringList inputsOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {path};
    QStringList files;
    // A target without regression inputs has no folder for them yet: nothing to replay there.
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const QString &file : inputsOf(QFile::decodeName(argv[i]))) {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(file), qPrintable(in.errorString()));
                return 1;
            }
            const QByteArray data = in.readAll();
            // Printed before the run, so that the input of a crash is the last name in the log.
            std::fprintf(stderr, "input %s (%lld bytes)\n", qPrintable(file), static_cast<long long>(data.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::fprintf(stderr, "no input found in the paths given\n");
        return 1;
    }
    std::fprintf(stderr, "%d inputs replayed, no property failed\n", replayed);
    return 0;
}
