#pragma once

#include "arr/apiparser.h"
#include "base/error.h"
#include "base/model.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace arrscore {

class ArrClient;

// Fetches the whole library of one server: its profiles, custom formats and every file with its
// score. Subclasses pick the requests for their app and version. The first failure cancels the rest.
class LibraryFetcher : public QObject
{
    Q_OBJECT
public:
    LibraryFetcher(ArrClient *client, ServerStatus status, QObject *parent = nullptr);

    virtual void start() = 0;
    // How the files are fetched, in words, e.g. "/movie + batched moviefile?movieFileIds= (200 ids)".
    virtual QString strategy() const = 0;

    bool scoresAvailable() const { return m_scoresAvailable; }
    QList<QualityProfile> takeProfiles() { return std::move(m_profiles); }
    QList<CustomFormat> takeFormats() { return std::move(m_formats); }
    QList<MediaFile> takeFiles() { return std::move(m_files); }
    QStringList warnings() const { return m_warnings; }
    const Error &error() const { return m_error; }

Q_SIGNALS:
    // `done` of `total` units (files for Radarr, series for Sonarr); total may grow once known.
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    using BodyHandler = std::function<void(const QByteArray &body, const QString &endpoint)>;

    // GET relative to /api/v3; the handler runs only while nothing has failed.
    void request(const QString &resource, const QUrlQuery &query, BodyHandler handler);
    void fail(const Error &error);
    // Called after each handler; finishes when no request is outstanding.
    void checkDone();
    virtual void assemble() = 0;

    // Unwraps a parse result, failing the fetch on error.
    template <typename T> bool take(Result<T> result, T &into)
    {
        if (!result) {
            fail(result.error());
            return false;
        }
        into = std::move(result).value();
        return true;
    }

    ArrClient *m_client;
    ServerStatus m_status;
    bool m_scoresAvailable = true;
    QList<QualityProfile> m_profiles;
    QList<CustomFormat> m_formats;
    QList<MediaFile> m_files;
    QStringList m_warnings;
    Error m_error;

private:
    int m_outstanding = 0;
    bool m_finished = false;
};

} // namespace arrscore
