// Fuzz target: ConfigLoader::parse() on arrscore.yaml text (today's format and the older Python tool's) with
// an environment. The input is the YAML; after a line "#env" (a YAML comment), each line NAME=VALUE is a
// variable, so the fuzzer also reaches the overrides (ARRSCORE_<NAME>_URL, RADARR_API_KEY, api_key_env…).
// Whatever the input: a configuration whose every instance is usable, or a Config error that says something;
// and no API key, from the file or the environment, is ever quoted back in an error or a warning.
#include "config/configloader.h"
#include "fuzzcheck.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace arrscore;

namespace {

// Keys of at least this length are checked: a shorter one (a fuzzer's "ab") occurs in any sentence by chance.
constexpr qsizetype kCheckedKeyLength = 8;

void checkNotQuoted(const QString &key, const QString &text, const QString &where)
{
    if (key.size() >= kCheckedKeyLength)
        FUZZ_CHECK(!text.contains(key),
                   where + QStringLiteral(" quotes the key \"") + key + QStringLiteral("\": ") + text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf("\n#env\n");
    const QByteArray yaml = split < 0 ? input : input.left(split + 1);
    QProcessEnvironment env;
    QStringList envKeys;
    if (split >= 0) {
        for (const QByteArray &line : input.mid(split + 6).split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals <= 0)
                continue;
            const QString name = QString::fromUtf8(line.left(equals));
            const QString value = QString::fromUtf8(line.mid(equals + 1));
            env.insert(name, value);
        }
        // From the final environment: a variable given twice holds only its last value, and an earlier one is
        // no key at all (it may legitimately occur in a URL the error quotes).
        for (const QString &name : env.keys())
            if (name.endsWith(QLatin1String("API_KEY")))
                envKeys.append(env.value(name).trimmed());
    }

    const Result<AppConfig> config = ConfigLoader::parse(yaml, QStringLiteral("/fuzz/arrscore.yaml"), env);
    if (!config) {
        const Error &error = config.error();
        FUZZ_CHECK(error.kind == ErrorKind::Config, QStringLiteral("error of kind ") + errorKindName(error.kind));
        FUZZ_CHECK(!error.message.trimmed().isEmpty(), QStringLiteral("an error without a message"));
        for (const QString &key : envKeys)
            checkNotQuoted(key, error.message, QStringLiteral("the error"));
        return 0;
    }
    QSet<QString> names;
    for (const InstanceConfig &instance : config->instances) {
        FUZZ_CHECK(InstanceConfig::isValidName(instance.name), QStringLiteral("invalid name: ") + instance.name);
        FUZZ_CHECK(!names.contains(instance.name), QStringLiteral("name used twice: ") + instance.name);
        names.insert(instance.name);
        const QString scheme = instance.url.scheme();
        FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https"),
                   QStringLiteral("URL of an unexpected scheme: ") + instance.displayUrl());
        for (const QString &warning : config->warnings)
            checkNotQuoted(instance.apiKey, warning, QStringLiteral("a warning"));
    }
    for (const QString &key : envKeys)
        for (const QString &warning : config->warnings)
            checkNotQuoted(key, warning, QStringLiteral("a warning"));
    return 0;
}
