#pragma once

#include <QDialog>
#include <QStringList>

class QTextBrowser;
class QToolButton;
class QUrl;

namespace arrscore {

// Help ▸ User Guide: the README and the guides it links to (exports, analyses), rendered from copies
// built into the app, so the guide matches the version in use and works offline, installed or from the
// build tree. Links to other documents and to the web open in the browser.
class UserGuide : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);

    // The documents built in, as paths under the repository's root ("README.md", "docs/EXPORT.md").
    static QStringList documents();
    QString currentDocument() const { return m_current; }
    bool open(const QString &document, const QString &anchor = {});

private:
    void follow(const QUrl &url);
    void back();

    QTextBrowser *m_browser;
    QToolButton *m_back;
    QString m_current;
    QStringList m_history;
};

} // namespace arrscore
