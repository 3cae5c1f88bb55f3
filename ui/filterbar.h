#pragma once

#include "base/model.h"
#include "models/libraryfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace arrscore {

// The filters above the library's views: a search box for title, release group and path, and choices
// of instance, profile, quality, resolution, score range, a custom format the files have or lack,
// "candidates only" and "better release available". Every change is applied at once.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Fills the choices with what the snapshots hold; keeps the current selection where it still exists.
    void setChoices(const QList<LibrarySnapshot> &snapshots);
    void setFilter(const LibraryFilter &filter);
    LibraryFilter filter() const { return m_filter; }
    void focusSearch();

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void filterChanged(const arrscore::LibraryFilter &filter);

private:
    QComboBox *addCombo(const QString &objectName, const QString &anyText, const QString &toolTip);
    void readWidgets();
    void showFilter();

    LibraryFilter m_filter;
    bool m_updating = false;
    QLineEdit *m_search;
    QComboBox *m_instance;
    QComboBox *m_profile;
    QComboBox *m_quality;
    QComboBox *m_resolution;
    QSpinBox *m_minScore;
    QSpinBox *m_maxScore;
    QComboBox *m_hasFormat;
    QComboBox *m_lacksFormat;
    QCheckBox *m_candidates;
    QCheckBox *m_better;
    QToolButton *m_clear;
};

} // namespace arrscore
