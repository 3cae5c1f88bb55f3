#pragma once

#include "exportdialog.h"
#include "base/model.h"
#include "models/variantrows.h"

#include <memory>

namespace arrscore {

// What File ▸ Export… writes, copied on the GUI thread so that the export can run on a worker thread
// while the window goes on changing.
struct ExportData
{
    QList<LibrarySnapshot> all;   // every instance's latest snapshot
    QList<LibrarySnapshot> shown; // copies holding only the files the current view shows
    QString viewName;             // the export view: files, candidates, formats, profiles, changes
    // For views that are not functions of the snapshots (formats, profiles, changes as shown): their rows.
    std::shared_ptr<VariantRows> shownRows;
    std::shared_ptr<VariantRows> allRows;
    QString databaseLocation; // for the HTML report's trend
};

// The export itself, by the same core code as `arrscore export`: CSV and JSON through Exporter (with
// progress and cancel), the HTML report through ReportData and HtmlReport. Written through a QSaveFile,
// so a failed or cancelled export leaves any earlier file as it was.
ExportDialog::Runner exportRunner(ExportData data);

} // namespace arrscore
