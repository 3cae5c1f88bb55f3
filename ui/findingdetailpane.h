#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace arrscore {

struct Finding;

// The Audit view's side pane: the selected finding's kind and what it means, its whole explanation, and
// its item's timeline as the server recorded it (grabs, imports, failures, deletions and renames), each
// event with its date in the locale, release, quality and the score the server kept at that moment.
class FindingDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit FindingDetailPane(QWidget *parent = nullptr);

    void showFinding(const Finding &finding);
    void clear();
    QString text() const; // for tests: the pane as plain text

private:
    QLabel *m_title;
    QTextBrowser *m_body;
};

} // namespace arrscore
