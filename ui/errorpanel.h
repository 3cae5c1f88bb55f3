#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace arrscore {

// A strip above the views that shows what went wrong (a failed sync, a failed export) with the
// actionable message, without blocking the window; the user closes it when read.
class ErrorPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    // Replaces what is shown. `messages`: one line each, shown as a list under the title.
    void showProblems(const QString &title, const QStringList &messages);
    void dismiss();
    QString text() const; // for tests: the panel as plain text

protected:
    void changeEvent(QEvent *event) override;

private:
    void tint();
    bool m_tinting = false;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace arrscore
