// Fuzz target: every endpoint's parser of ApiParser on the same body (a server's answer: movies, movie files,
// series, episodes, episode files, quality profiles, custom formats, system/status). Whatever the bytes, each
// parser returns a value or a Parse error that names the endpoint (so a user can tell which request failed)
// and never crashes; a skipped item leaves a warning that says something.
#include "arr/apiparser.h"
#include "fuzzcheck.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace arrscore;

namespace {

const QString kEndpoint = QStringLiteral("/api/v3/fuzz");

template <typename T> void check(const Result<T> &result, const QStringList &warnings, const char *parser)
{
    const QString name = QString::fromLatin1(parser);
    if (!result) {
        FUZZ_CHECK(result.error().kind == ErrorKind::Parse,
                   name + QStringLiteral(": error of kind ") + errorKindName(result.error().kind));
        FUZZ_CHECK(result.error().message.contains(kEndpoint),
                   name + QStringLiteral(": the error does not name the endpoint: ") + result.error().message);
    }
    for (const QString &warning : warnings)
        FUZZ_CHECK(!warning.trimmed().isEmpty(), name + QStringLiteral(": an empty warning"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(ApiParser::systemStatus(body, kEndpoint), {}, "systemStatus");
    QStringList warnings;
    check(ApiParser::qualityProfiles(body, kEndpoint, &warnings), warnings, "qualityProfiles");
    warnings.clear();
    check(ApiParser::customFormats(body, kEndpoint, &warnings), warnings, "customFormats");
    warnings.clear();
    check(ApiParser::movies(body, kEndpoint, &warnings), warnings, "movies");
    warnings.clear();
    check(ApiParser::series(body, kEndpoint, &warnings), warnings, "series");
    warnings.clear();
    check(ApiParser::episodes(body, kEndpoint, &warnings), warnings, "episodes");
    warnings.clear();
    check(ApiParser::movieFiles(body, kEndpoint, &warnings), warnings, "movieFiles");
    warnings.clear();
    check(ApiParser::episodeFiles(body, kEndpoint, &warnings), warnings, "episodeFiles");
    return 0;
}
