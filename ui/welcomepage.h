#pragma once

#include <QWidget>

namespace arrscore {

// What a first start shows when no Radarr/Sonarr is configured: the demo, and how to add a server.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(const QString &configPath, QWidget *parent = nullptr);

Q_SIGNALS:
    void demoRequested();
    void addInstanceRequested();
};

} // namespace arrscore
