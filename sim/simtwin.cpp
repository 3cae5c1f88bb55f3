#include "simtwin.h"

#include "simplanter.h"

namespace arrscore {

namespace {

constexpr quint64 kCatalogueSalt = 0x7717;
constexpr quint64 kFileSalt = 0xF11E;

} // namespace

std::optional<SimTwin::Kind> SimTwin::parse(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty())
        return Kind::None;
    if (n == QLatin1String("1080p"))
        return Kind::Hd;
    if (n == QLatin1String("4k"))
        return Kind::Uhd;
    return std::nullopt;
}

QString SimTwin::name(Kind twin)
{
    switch (twin) {
    case Kind::Hd:
        return QStringLiteral("1080p");
    case Kind::Uhd:
        return QStringLiteral("4k");
    case Kind::None:
        break;
    }
    return {};
}

bool SimTwin::onlyInUhd(quint64 seed, int index)
{
    return index == 1 || (index > 2 && SimPlanter::roll(seed ^ kCatalogueSalt, index) < 8);
}

bool SimTwin::onlyInHd(quint64 seed, int index)
{
    const int r = SimPlanter::roll(seed ^ kCatalogueSalt, index);
    return index == 2 || (index > 2 && r >= 8 && r < 16);
}

bool SimTwin::leftOut(Kind twin, quint64 seed, int index)
{
    return (twin == Kind::Hd && onlyInUhd(seed, index)) || (twin == Kind::Uhd && onlyInHd(seed, index));
}

bool SimTwin::onlyHere(Kind twin, quint64 seed, int index)
{
    return (twin == Kind::Uhd && onlyInUhd(seed, index)) || (twin == Kind::Hd && onlyInHd(seed, index));
}

bool SimTwin::fileLeftOut(Kind twin, quint64 seed, int index)
{
    return twin != Kind::None && SimPlanter::roll(fileSeed(twin, seed), index) < 10;
}

int SimTwin::profileFor(Kind twin, int profileId)
{
    // Catalogue profiles: 1 HD Bluray + WEB, 2 UHD Bluray + WEB, 3 Remux + WEB 2160p, 4 Remux + WEB 1080p.
    const bool remux = profileId == 3 || profileId == 4 || profileId == 6;
    switch (twin) {
    case Kind::Hd:
        return remux ? 4 : 1;
    case Kind::Uhd:
        return remux ? 3 : 2;
    case Kind::None:
        break;
    }
    return profileId;
}

quint64 SimTwin::fileSeed(Kind twin, quint64 seed)
{
    return seed ^ (kFileSalt * (twin == Kind::Uhd ? 2 : 1));
}

QList<SimTwin::Drift> SimTwin::drift(Kind twin)
{
    switch (twin) {
    case Kind::Uhd:
        return {{QStringLiteral("UHD Bluray + WEB"), QStringLiteral("DV HDR10"), 1000},
                {QStringLiteral("UHD Bluray + WEB"), QStringLiteral("HDR10+"), 800},
                {QStringLiteral("Remux + WEB 2160p"), QStringLiteral("TrueHD ATMOS"), 4000},
                {QStringLiteral("HD Bluray + WEB"), QStringLiteral("NF"), 0}};
    case Kind::Hd:
        return {{QStringLiteral("Remux + WEB 1080p"), QStringLiteral("DTS-HD MA"), 2600}};
    case Kind::None:
        break;
    }
    return {};
}

} // namespace arrscore
