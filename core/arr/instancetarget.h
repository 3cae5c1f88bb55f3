#pragma once

#include "arr/clientsettings.h"
#include "base/model.h"

#include <QDateTime>
#include <QString>

namespace arrscore {

struct InstanceConfig;

// Where and how to reach one instance: its name and type from the configuration, and the client
// settings (which hold its key).
struct InstanceTarget
{
    QString name;
    InstanceType type = InstanceType::Radarr;
    ClientSettings client;
    qint64 syncTimeoutMs = 0; // the bound of a whole sync (sync_timeout); 0 = automatic (SyncJob::automaticDeadlineMs)
    int historyDays = 0; // history_days (fromConfig: 90 unless set): how far back a first history read goes; 0 = off
    // Where the server's history is read from: the end of what an earlier sync read (SyncSession sets it
    // from the database); invalid for a first read, which goes back historyDays.
    QDateTime historySince;

    static InstanceTarget fromConfig(const InstanceConfig &config);
    // For a connection test (the CLI's test, the app's Test button): the same, but a server still starting
    // up is waited for only a few seconds: a person is waiting, and the answer is "try again in a minute".
    static InstanceTarget forConnectionTest(const InstanceConfig &config);
};

} // namespace arrscore
