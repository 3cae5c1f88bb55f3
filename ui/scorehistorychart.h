#pragma once

#include "history/historytypes.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

#include <optional>

class QChartView;
class QLabel;

namespace arrscore {

// One movie's or episode's score over the stored syncs, as steps: each version of its file holds its
// score until the next one, with the profile's cutoff as a dashed line. Hovering a point tells the
// version's quality and release group.
class ScoreHistoryChart : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreHistoryChart(QWidget *parent = nullptr);

    // cutoff: drawn when set. until: where the current version's step ends (the sync shown).
    void setHistory(const ItemHistory &history, std::optional<int> cutoff, const QDateTime &until);
    // A sentence instead of the chart: loading, no history, an error.
    void showMessage(const QString &text);

    QChartView *view() const { return m_view; }
    int pointCount() const { return int(m_tips.size()); } // versions drawn (those with a score)
    QString note() const;                                 // the sentence shown, if any
    QStringList pointTips() const { return m_tips; }      // for tests: the hover text of each point

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QChartView *m_view;
    QLabel *m_note;
    ItemHistory m_history;
    std::optional<int> m_cutoff;
    QDateTime m_until;
    QStringList m_tips;
    bool m_hasHistory = false;
};

} // namespace arrscore
