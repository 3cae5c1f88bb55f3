#pragma once

#include "base/model.h"

#include <QDialog>

class QPlainTextEdit;

namespace arrscore {

// Help ▸ Report a Problem: the text of a new issue, prefilled with the versions that help find a bug,
// shown in full before anything leaves the machine. Copy puts it on the clipboard; Open hands it to
// the browser as a new issue on the project's tracker.
class ProblemReportDialog : public QDialog
{
    Q_OBJECT
public:
    ProblemReportDialog(const QString &databaseLocation, const QList<LibrarySnapshot> &latest,
                        QWidget *parent = nullptr);

    // What the report says: versions of the app, Qt and the OS, the kind of database, each instance's
    // kind and server version. Never an instance's name, URL or key, a path, a host or a user name:
    // the report is meant for a public tracker.
    static QString reportText(const QString &databaseLocation, const QList<LibrarySnapshot> &latest);
    QString text() const;
    // The tracker's "new issue" address carrying the text.
    static QUrl newIssueUrl(const QString &text);

private:
    QPlainTextEdit *m_text;
};

} // namespace arrscore
