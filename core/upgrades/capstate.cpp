#include "upgrades/capstate.h"

#include <QLocale>

namespace arrscore {

QString CapState::text() const
{
    if (limit == 0)
        return tr("switched off");
    if (!exhausted())
        return tr("%1 of %2 left this hour").arg(remaining()).arg(limit);
    if (!nextFree.isValid())
        return tr("none left this hour");
    return tr("none left until %1").arg(QLocale().toString(nextFree.toLocalTime().time(), QLocale::ShortFormat));
}

} // namespace arrscore
