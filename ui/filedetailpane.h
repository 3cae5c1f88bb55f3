#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace arrscore {

struct FileRow;

// Explains the selected file's score: each matched custom format with its score in the profile, the
// total against the cutoff, the valuable formats it lacks, its quality against the cutoff quality,
// media info, and a button that opens the movie or series in Radarr/Sonarr.
class FileDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit FileDetailPane(QWidget *parent = nullptr);

    void showFile(const FileRow &row);
    void clear();
    QString text() const; // for tests: the pane as plain text
    static QUrl webUrl(const FileRow &row); // <url base>/movie/<titleSlug> or /series/<titleSlug>

private:
    QLabel *m_title;
    QTextBrowser *m_body;
    QPushButton *m_open;
    QUrl m_link;
};

} // namespace arrscore
