#pragma once

#include "audit/finding.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace arrscore {

class FindingDetailPane;
class FindingFilterModel;
class FindingTableModel;
class TablePage;

// The Audit view: what the servers' own history says went wrong (upgrade loops, grabs scored differently once
// imported, scores that changed or do not add up, repeated failures), one finding a row, narrowed by kind and
// words, with the selected finding's explanation and its item's timeline beside it. Until there is something
// to show it explains what it will show and where the history comes from.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);

    // The audit's findings, grouped by kind, and what the servers cannot tell (Auditor::Outcome::notes);
    // synced: whether any instance has been synced (the empty state says what to do next).
    void setAudit(const QList<Finding> &findings, const QStringList &notes, bool synced);
    TablePage *tablePage() const { return m_page; }
    FindingTableModel *model() const { return m_model; }
    FindingFilterModel *proxy() const { return m_proxy; }
    FindingDetailPane *detailPane() const { return m_detail; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *textFilter() const { return m_text; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

private:
    void fillKinds();

    FindingTableModel *m_model;
    FindingFilterModel *m_proxy;
    QComboBox *m_kind;
    QLineEdit *m_text;
    QLabel *m_notes;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    TablePage *m_page;
    FindingDetailPane *m_detail;
};

} // namespace arrscore
