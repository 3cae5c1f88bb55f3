#pragma once

#include <QDateTime>
#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QThreadPool;
class QTimer;

namespace arrscore {

struct FileRow;
struct ItemCheck;
struct MediaFile;
struct ReleaseInfo;
class ReleaseList;
class ScoreHistoryChart;
class UpgradeIndex;

// Explains the selected file's score: each matched custom format with its score in the profile, the
// total against the cutoff, the valuable formats it lacks, its quality against the cutoff quality,
// media info, the score over the stored syncs, the releases of its latest check for better ones (with Grab),
// and a button that opens the movie or series in Radarr/Sonarr.
class FileDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit FileDetailPane(QWidget *parent = nullptr);

    // The history database (a path or a postgresql:// URL); without one the pane shows no history.
    void setDatabaseLocation(const QString &location);
    QString databaseLocation() const { return m_location; }
    // Where the file's latest release check is found; it must outlive the pane.
    void setUpgradeIndex(const UpgradeIndex *index) { m_upgrades = index; }

    void showFile(const FileRow &row);
    void clear();
    QString text() const; // for tests: the pane as plain text
    ScoreHistoryChart *historyChart() const { return m_history; }
    ReleaseList *releaseList() const { return m_releases; }
    static QUrl webUrl(const FileRow &row); // <url base>/movie/<titleSlug> or /series/<titleSlug>
    // What HistoryStore::itemHistory() takes: the movie id, or the (first) episode id of an episode file.
    static qint64 historyItemId(const MediaFile &file);

Q_SIGNALS:
    void historyShown(); // the selected file's history arrived and is drawn (or could not be read)
    void grabRequested(const arrscore::ItemCheck &check, const arrscore::ReleaseInfo &release);

private:
    // The selection whose history is being read; a result for an older one is dropped.
    struct HistoryRequest
    {
        quint64 serial = 0;
        qint64 itemId = 0;
        QString instance;
        std::optional<int> cutoff;
        QDateTime until;
    };
    void loadHistory();

    QLabel *m_title;
    QTextBrowser *m_body;
    ScoreHistoryChart *m_history;
    ReleaseList *m_releases;
    QPushButton *m_open;
    QTimer *m_historyDelay;
    QThreadPool *m_historyPool;
    QUrl m_link;
    QString m_location;
    const UpgradeIndex *m_upgrades = nullptr;
    HistoryRequest m_request;
};

} // namespace arrscore
