#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace arrscore {

// The bar above the views while release lookups run: "Checking 3 of 12 — Heat (1995) on movies", a
// progress bar and Cancel. Hidden when nothing runs.
class CheckProgressPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CheckProgressPanel(QWidget *parent = nullptr);

    void start(int total);
    void setCurrent(const QString &instance, const QString &description);
    void setProgress(int done, int total);
    void finish();
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    void updateText();

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QString m_current;
    int m_done = 0;
    int m_total = 0;
};

} // namespace arrscore
