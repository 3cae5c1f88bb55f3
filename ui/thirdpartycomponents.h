#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace arrscore {

// What the app is built from and under which licence: the libraries it links, with the version in use (read at
// run time where the library can say, else the one built against), and the project's page and licence. The About
// box lists them; the problem report names the versions. The app's own version and commit are BuildInfo's.
class ThirdPartyComponents
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ThirdPartyComponents)
public:
    struct Component
    {
        QString name;
        QString version; // empty when the library is not part of this build
        QString licence; // SPDX identifier, e.g. "LGPL-3.0-only"
        QString licenceName;
        QString url; // the project's home page
    };

    static QList<Component> all();
    // The Qt in use, "6.4.2", and the one built with when they differ: "6.8.1 (built with 6.4.2)".
    static QString qtVersion();
    static QString projectUrl();     // the project's home page: ARRSCORE_HOMEPAGE_URL
    static QString issuesUrl();      // where problems are reported
    static QString projectLicence(); // the text of LICENSE
};

} // namespace arrscore
