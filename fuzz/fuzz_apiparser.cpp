// Fuzz target: every endpoint's parser of ApiParser on the same body (a server's answer: movies, movie files,
// series, episodes, episode files, quality profiles, custom formats, system/status). Whatever the bytes, each
// parser returns a value or a Parse error that names the endpoint (so a user can tell which request failed)
// and never crashes; a skipped item leaves a warning that says something. The lists simdjson reads are read both
// ways it can: from a padded copy (these borrowed bytes have no padding) and in place (a body with padding to spare,
// as ReplyBody's have).
#include "arr/apiparser.h"
#include "fuzzcheck.h"

#include <QByteArray>
#include <QList>
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
    const QByteArray borrowed = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(ApiParser::systemStatus(borrowed, kEndpoint), {}, "systemStatus");
    QByteArray padded;
    padded.reserve(qsizetype(size) + ApiParser::bodyPadding);
    padded.append(borrowed);
    const QList<QByteArray> bodies{borrowed, padded};
    for (const QByteArray &body : bodies) {
        const auto list = [&body](const char *parser, auto parse) {
            QStringList warnings;
            check(parse(body, kEndpoint, &warnings), warnings, parser);
        };
        list("qualityProfiles", ApiParser::qualityProfiles);
        list("customFormats", ApiParser::customFormats);
        list("movies", ApiParser::movies);
        list("series", ApiParser::series);
        list("episodes", ApiParser::episodes);
        list("movieFiles", ApiParser::movieFiles);
        list("episodeFiles", ApiParser::episodeFiles);
    }
    return 0;
}
