#pragma once

#include "base/error.h"
#include "base/handoff.h"
#include "models/librarymodels.h"
#include "report/viewexport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace arrscore {

// File ▸ Export…: collects the format (CSV, JSON, HTML report), the scope (the current view with its
// filters, or everything) and the destination; ViewExport (core, as for `arrscore export`) writes it on a
// worker thread with progress and cancel, and the result can be opened at the end.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    using Format = ViewExport::Format;
    struct Request
    {
        Format format = Format::Csv;
        bool everything = false; // false: the current view with its filters
        QString path;
    };
    struct Scope
    {
        QString viewTitle;    // "Library", "Upgrade candidates", ...
        qint64 shownRows = 0; // rows of the current view with its filters
        qint64 totalRows = 0; // rows of the view without filters
        bool filtered = false;
        bool htmlAvailable = true; // the HTML report covers files; the Changes view has none
    };
    // `current` and `everything` are what the two scopes write, copied so that the export can run on a
    // worker thread while the window goes on changing.
    ExportDialog(const Scope &scope, ViewExport::Source current, ViewExport::Source everything,
                 const QString &suggestedDirectory, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The dialog for one view of the models (the Changes view has no HTML report), in the folder of
    // the last export; a successful export remembers its folder for the next one.
    static ExportDialog *forView(const LibraryModels::ViewContents &contents, const QString &viewTitle,
                                 const QString &databaseLocation, QWidget *parent = nullptr);

    Request request() const;
    void setPath(const QString &path);
    bool isRunning() const;
    QString resultPath() const { return m_resultPath; }

public Q_SLOTS:
    void start();
    void openResult();

Q_SIGNALS:
    void exported(const QString &path);
    void failed(const QString &message);

protected:
    void reject() override;

private:
    void browse();
    void updateSuffix();
    void onFinished();
    void setBusy(bool busy);

    Scope m_scope;
    ViewExport::Source m_currentSource;
    ViewExport::Source m_everythingSource;
    QRadioButton *m_csv;
    QRadioButton *m_json;
    QRadioButton *m_html;
    QRadioButton *m_current;
    QRadioButton *m_everything;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_openButton;
    HandOff<Status> m_export;
    QFutureWatcher<void> m_watcher; // on m_export
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_rows;
    QString m_resultPath;
};

} // namespace arrscore
