#include "simcatalog.h"

namespace arrscore {

namespace {

struct FormatDef
{
    const char *name;
    const char *regex;
};

// Names and rough matching rules as in the TRaSH guides; the order fixes the ids (1-based).
constexpr FormatDef kFormats[] = {
    {"TrueHD ATMOS", R"(\bTrueHD.*Atmos\b)"},
    {"DTS X", R"(\bDTS[-.]?X\b)"},
    {"DTS-HD MA", R"(\bDTS[-. ]?HD[-. ]?MA\b)"},
    {"TrueHD", R"(\bTrueHD\b)"},
    {"DD+ ATMOS", R"(\b(DDP|EAC3).*Atmos\b)"},
    {"DD+", R"(\b(DDP|EAC3)\b)"},
    {"DTS", R"(\bDTS\b)"},
    {"AAC", R"(\bAAC\b)"},
    {"FLAC", R"(\bFLAC\b)"},
    {"DV HDR10", R"(\bDV\b.*\bHDR10\b)"},
    {"DV", R"(\b(DV|DoVi)\b)"},
    {"HDR10+", R"(\bHDR10(\+|P(lus)?)\b)"},
    {"HDR10", R"(\bHDR10\b)"},
    {"HDR", R"(\bHDR\b)"},
    {"Remux Tier 01", "^(FraMeSToR|3L|BiZKiT)$"},
    {"Remux Tier 02", "^(decibeL|SiCFoI)$"},
    {"UHD Bluray Tier 01", "^(DON|W4NK3R|HQMUX)$"},
    {"HD Bluray Tier 01", "^(CtrlHD|EbP|HiFi)$"},
    {"HD Bluray Tier 02", "^(NCmt|BMF)$"},
    {"WEB Tier 01", "^(NTb|FLUX|CMRG)$"},
    {"WEB Tier 02", "^(KiNGS|TEPES)$"},
    {"WEB Tier 03", "^(playWEB|EDITH)$"},
    {"AMZN", R"(\bAMZN\b)"},
    {"ATVP", R"(\bATVP\b)"},
    {"NF", R"(\bNF\b)"},
    {"DSNP", R"(\bDSNP\b)"},
    {"HMAX", R"(\bHMAX\b)"},
    {"Repack/Proper", R"(\b(repack|proper)\b)"},
    {"x265 (HD)", R"([xh][ .]?265|\bHEVC)"},
    {"BR-DISK", R"(\b(COMPLETE|ISO|BDISO)\b)"},
    {"LQ", "^(YIFY|YTS|aXXo)$"},
    {"3D", R"(\b3D\b)"},
    {"Upscaled", R"(\b(Upscaled?|AI)\b)"},
    {"No-RlsGroup", "^$"},
    {"Obfuscated", R"(\b(Obfuscated|Rakuten)\b)"},
    {"Bad Dual Groups", "^(alfaHD|BiOMA)$"},
    {"IMAX Enhanced", R"(\bIMAX[ .]Enhanced\b)"},
    {"Criterion Collection", R"(\bCriterion\b)"},
    {"10bit", R"(\b10[ .-]?bit\b)"},
};

} // namespace

SimCatalog::SimCatalog(SimAppType type) : m_type(type)
{
    const bool radarr = type == SimAppType::Radarr;
    const QString tv = radarr ? QStringLiteral("tv") : QStringLiteral("television");
    const QString web = radarr ? QStringLiteral("webdl") : QStringLiteral("web");
    const QString webRip = radarr ? QStringLiteral("webrip") : QStringLiteral("webRip");
    const QString bluray = QStringLiteral("bluray");
    const QString none = radarr ? QStringLiteral("none") : QString();
    addQuality(0, QStringLiteral("Unknown"), QStringLiteral("unknown"), 0, none);
    addQuality(1, QStringLiteral("SDTV"), tv, 480, none);
    addQuality(2, QStringLiteral("DVD"), QStringLiteral("dvd"), 480, none);
    addQuality(3, QStringLiteral("WEBDL-1080p"), web, 1080, none);
    addQuality(4, QStringLiteral("HDTV-720p"), tv, 720, none);
    addQuality(5, QStringLiteral("WEBDL-720p"), web, 720, none);
    addQuality(6, QStringLiteral("Bluray-720p"), bluray, 720, none);
    addQuality(7, QStringLiteral("Bluray-1080p"), bluray, 1080, none);
    addQuality(8, QStringLiteral("WEBDL-480p"), web, 480, none);
    addQuality(9, QStringLiteral("HDTV-1080p"), tv, 1080, none);
    addQuality(12, QStringLiteral("WEBRip-480p"), webRip, 480, none);
    addQuality(14, QStringLiteral("WEBRip-720p"), webRip, 720, none);
    addQuality(15, QStringLiteral("WEBRip-1080p"), webRip, 1080, none);
    addQuality(16, QStringLiteral("HDTV-2160p"), tv, 2160, none);
    addQuality(17, QStringLiteral("WEBRip-2160p"), webRip, 2160, none);
    addQuality(18, QStringLiteral("WEBDL-2160p"), web, 2160, none);
    addQuality(19, QStringLiteral("Bluray-2160p"), bluray, 2160, none);
    if (radarr) {
        addQuality(20, QStringLiteral("Bluray-480p"), bluray, 480, none);
        addQuality(21, QStringLiteral("Bluray-576p"), bluray, 576, none);
        addQuality(22, QStringLiteral("BR-DISK"), bluray, 1080, QStringLiteral("brdisk"));
        addQuality(30, QStringLiteral("Remux-1080p"), bluray, 1080, QStringLiteral("remux"));
        addQuality(31, QStringLiteral("Remux-2160p"), bluray, 2160, QStringLiteral("remux"));
    } else {
        addQuality(13, QStringLiteral("Bluray-480p"), bluray, 480);
        addQuality(20, QStringLiteral("Bluray-1080p Remux"), QStringLiteral("blurayRaw"), 1080);
        addQuality(21, QStringLiteral("Bluray-2160p Remux"), QStringLiteral("blurayRaw"), 2160);
        addQuality(22, QStringLiteral("Bluray-576p"), bluray, 576);
    }
    int id = 1;
    for (const FormatDef &def : kFormats) {
        m_formats.append({id++, QString::fromUtf8(def.name), QString::fromUtf8(def.regex), id % 3 == 0});
    }
}

void SimCatalog::addQuality(int id, const QString &name, const QString &source, int resolution, const QString &modifier)
{
    m_qualityIndex.insert(id, int(m_qualities.size()));
    m_qualities.append({id, name, source, resolution, modifier});
}

const SimQuality &SimCatalog::quality(int id) const
{
    return m_qualities.at(m_qualityIndex.value(id, 0));
}

int SimCatalog::qualityId(const QString &name) const
{
    for (const SimQuality &q : m_qualities) {
        if (q.name == name)
            return q.id;
    }
    return -1;
}

int SimCatalog::formatId(const QString &name) const
{
    for (const SimCustomFormat &cf : m_formats) {
        if (cf.name == name)
            return cf.id;
    }
    return -1;
}

QList<SimProfileItem> SimCatalog::itemLadder() const
{
    const bool radarr = m_type == SimAppType::Radarr;
    QList<SimProfileItem> items;
    auto single = [&](const char *name) { items.append({0, QString(), {qualityId(QString::fromUtf8(name))}, false}); };
    auto group = [&](int gid, const char *name, const char *a, const char *b) {
        items.append(
            {gid, QString::fromUtf8(name), {qualityId(QString::fromUtf8(a)), qualityId(QString::fromUtf8(b))}, false});
    };
    single("Unknown");
    single("SDTV");
    group(1000, "WEB 480p", "WEBRip-480p", "WEBDL-480p");
    single("DVD");
    single("Bluray-480p");
    single("Bluray-576p");
    single("HDTV-720p");
    single("HDTV-1080p");
    group(1001, "WEB 720p", "WEBRip-720p", "WEBDL-720p");
    single("Bluray-720p");
    group(1002, "WEB 1080p", "WEBRip-1080p", "WEBDL-1080p");
    single("Bluray-1080p");
    single(radarr ? "Remux-1080p" : "Bluray-1080p Remux");
    single("HDTV-2160p");
    group(1003, "WEB 2160p", "WEBRip-2160p", "WEBDL-2160p");
    single("Bluray-2160p");
    single(radarr ? "Remux-2160p" : "Bluray-2160p Remux");
    if (radarr)
        single("BR-DISK");
    return items;
}

SimProfile SimCatalog::makeProfile(int id, const QString &name, const QStringList &allowed, const QString &cutoff,
                                   const QHash<QString, int> &scores) const
{
    const bool radarr = m_type == SimAppType::Radarr;
    auto appName = [radarr](QString n) {
        if (!radarr)
            n.replace(QStringLiteral("Remux-1080p"), QStringLiteral("Bluray-1080p Remux"))
                .replace(QStringLiteral("Remux-2160p"), QStringLiteral("Bluray-2160p Remux"));
        return n;
    };
    SimProfile p;
    p.id = id;
    p.name = name;
    p.items = itemLadder();
    for (SimProfileItem &item : p.items) {
        const QString itemName = item.groupId ? item.groupName : quality(item.qualityIds.first()).name;
        for (const QString &a : allowed)
            item.allowed = item.allowed || appName(a) == itemName;
        if (appName(cutoff) == itemName)
            p.cutoff = item.groupId ? item.groupId : item.qualityIds.first();
    }
    p.formatScores.fill(0, m_formats.size() + 1);
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const int fid = formatId(it.key());
        Q_ASSERT(fid > 0);
        p.formatScores[fid] = it.value();
    }
    return p;
}

QList<SimProfile> SimCatalog::defaultProfiles() const
{
    const QHash<QString, int> unwanted = {
        {QStringLiteral("BR-DISK"), -10000},     {QStringLiteral("LQ"), -10000},
        {QStringLiteral("3D"), -10000},          {QStringLiteral("x265 (HD)"), -10000},
        {QStringLiteral("Upscaled"), -10000},    {QStringLiteral("Obfuscated"), -10000},
        {QStringLiteral("No-RlsGroup"), -10000}, {QStringLiteral("Bad Dual Groups"), -10000},
        {QStringLiteral("Repack/Proper"), 5},
    };
    const QHash<QString, int> web = {
        {QStringLiteral("WEB Tier 01"), 1700},
        {QStringLiteral("WEB Tier 02"), 1650},
        {QStringLiteral("WEB Tier 03"), 1600},
        {QStringLiteral("ATVP"), 100},
        {QStringLiteral("NF"), 75},
        {QStringLiteral("DSNP"), 50},
        {QStringLiteral("HMAX"), 50},
    };
    const QHash<QString, int> hdr = {
        {QStringLiteral("DV HDR10"), 1500}, {QStringLiteral("DV"), 1500}, {QStringLiteral("HDR10+"), 600},
        {QStringLiteral("HDR10"), 500},     {QStringLiteral("HDR"), 500},
    };
    const QHash<QString, int> audio = {
        {QStringLiteral("TrueHD ATMOS"), 5000}, {QStringLiteral("DTS X"), 4500},
        {QStringLiteral("DD+ ATMOS"), 3000},    {QStringLiteral("TrueHD"), 2750},
        {QStringLiteral("DTS-HD MA"), 2500},    {QStringLiteral("FLAC"), 2250},
        {QStringLiteral("DD+"), 1750},          {QStringLiteral("DTS"), 1250},
        {QStringLiteral("AAC"), 1000},
    };
    auto merged = [](std::initializer_list<QHash<QString, int>> parts) {
        QHash<QString, int> out;
        for (const auto &part : parts)
            out.insert(part);
        return out;
    };
    QList<SimProfile> profiles;
    SimProfile hd = makeProfile(
        1, QStringLiteral("HD Bluray + WEB"),
        {QStringLiteral("Bluray-1080p"), QStringLiteral("WEB 1080p"), QStringLiteral("Bluray-720p"),
         QStringLiteral("WEB 720p")},
        QStringLiteral("Bluray-1080p"),
        merged({unwanted,
                web,
                {{QStringLiteral("HD Bluray Tier 01"), 1800}, {QStringLiteral("HD Bluray Tier 02"), 1750}}}));
    hd.cutoffFormatScore = 10000;
    profiles.append(hd);
    SimProfile uhd =
        makeProfile(2, QStringLiteral("UHD Bluray + WEB"),
                    {QStringLiteral("Bluray-2160p"), QStringLiteral("WEB 2160p")}, QStringLiteral("Bluray-2160p"),
                    merged({unwanted, web, hdr, audio, {{QStringLiteral("UHD Bluray Tier 01"), 1800}}}));
    uhd.cutoffFormatScore = 10000;
    profiles.append(uhd);
    SimProfile remux4k =
        makeProfile(3, QStringLiteral("Remux + WEB 2160p"),
                    {QStringLiteral("Remux-2160p"), QStringLiteral("WEB 2160p")}, QStringLiteral("Remux-2160p"),
                    merged({unwanted,
                            web,
                            hdr,
                            audio,
                            {{QStringLiteral("Remux Tier 01"), 1950},
                             {QStringLiteral("Remux Tier 02"), 1900},
                             {QStringLiteral("IMAX Enhanced"), 800}}}));
    remux4k.cutoffFormatScore = 10000;
    profiles.append(remux4k);
    SimProfile remux1080 =
        makeProfile(4, QStringLiteral("Remux + WEB 1080p"),
                    {QStringLiteral("Remux-1080p"), QStringLiteral("WEB 1080p")}, QStringLiteral("Remux-1080p"),
                    merged({unwanted,
                            web,
                            audio,
                            {{QStringLiteral("Remux Tier 01"), 1950}, {QStringLiteral("Remux Tier 02"), 1900}}}));
    remux1080.cutoffFormatScore = 10000;
    profiles.append(remux1080);
    QStringList everything;
    for (const SimProfileItem &item : itemLadder()) {
        if (item.groupId || item.qualityIds.first() != 0)
            everything.append(item.groupId ? item.groupName : quality(item.qualityIds.first()).name);
    }
    SimProfile any = makeProfile(5, QStringLiteral("Any"), everything, QStringLiteral("HDTV-720p"), {});
    any.upgradeAllowed = false;
    any.cutoffFormatScore = 0;
    any.minUpgradeFormatScore = 1;
    profiles.append(any);
    // A profile whose format cutoff is negative: files "meet" it while carrying penalties.
    SimProfile legacy = makeProfile(6, QStringLiteral("SD Legacy"),
                                    {QStringLiteral("SDTV"), QStringLiteral("DVD"), QStringLiteral("WEB 480p"),
                                     QStringLiteral("HDTV-720p"), QStringLiteral("WEB 720p")},
                                    QStringLiteral("HDTV-720p"),
                                    {{QStringLiteral("LQ"), -1000},
                                     {QStringLiteral("Upscaled"), -2000},
                                     {QStringLiteral("BR-DISK"), -10000},
                                     {QStringLiteral("x265 (HD)"), -200},
                                     {QStringLiteral("WEB Tier 03"), 50},
                                     {QStringLiteral("AAC"), 10}});
    legacy.minFormatScore = -10000;
    legacy.cutoffFormatScore = -500;
    legacy.minUpgradeFormatScore = 10;
    profiles.append(legacy);
    return profiles;
}

SimLanguage SimCatalog::language(int id)
{
    switch (id) {
    case 2:
        return {2, QStringLiteral("French")};
    case 3:
        return {3, QStringLiteral("Spanish")};
    case 4:
        return {4, QStringLiteral("German")};
    case 8:
        return {8, QStringLiteral("Japanese")};
    case 31:
        return {31, QStringLiteral("Arabic")};
    case 23:
        return {23, QStringLiteral("Hebrew")};
    default:
        return {1, QStringLiteral("English")};
    }
}

QStringList SimCatalog::movieTitles()
{
    return QStringLiteral("Blade Runner 2049|Arrival|Dune|Dune: Part Two|Mad Max: Fury Road|The Matrix|Inception|"
                          "Interstellar|Parasite|Oldboy|The Dark Knight|Heat|Alien|Aliens|Gravity|Her|Drive|"
                          "Whiplash|Moonlight|Get Out|Sicario|Prisoners|Enemy|Incendies|Arrival of the Fall|"
                          "No Country for Old Men|There Will Be Blood|Zodiac|Se7en|Fight Club|Memento|"
                          "The Prestige|Tenet|Oppenheimer|Dunkirk|Gladiator|Troy|The Thing|Halloween|Jaws|"
                          "Jurassic Park|Back to the Future|Ghostbusters|Ran|Seven Samurai|Ikiru|Rashomon|"
                          "Spirited Away Again|Paprika|Akira|Perfect Blue|Ghost in the Shell|Amour|Caché|"
                          "The Wages of Fear|La Haine|Breathless|Stalker|Solaris|Andrei Rublev|Metropolis|"
                          "Nosferatu|Vertigo|Psycho|Rear Window|North by Northwest|Casablanca|Chinatown|"
                          "The Conversation|Apocalypse Now|Taxi Driver|Goodfellas|Casino|The Irishman|Hugo|"
                          "Arrival at Dawn|Everything Everywhere All at Once|Past Lives|Aftersun|Tár|Roma")
        .split(QLatin1Char('|'));
}

QStringList SimCatalog::hostileTitles()
{
    return {QStringLiteral("Amélie"),
            QStringLiteral("千と千尋の神隠し"),
            QStringLiteral("Léon"),
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("الرسالة"),
            QStringLiteral("<img src=x onerror=alert(1)>"),
            QStringLiteral("גבעת חלפון אינה עונה"),
            QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
            QStringLiteral("+cmd"),
            QStringLiteral("-2+3"),
            QStringLiteral("@SUM(A1)"),
            QStringLiteral("The \"Quoted\" Movie's Title"),
            QStringLiteral("Commas, More Commas, Done"),
            QStringLiteral("Line One\nLine Two"),
            QStringLiteral("🎬 Popcorn Night 🍿"),
            QStringLiteral("Tab\tSeparated; DROP TABLE movies;--"),
            QStringLiteral("Back\\slash & Ampersand"),
            QStringLiteral("Crème Brûlée à la Façon")};
}

QStringList SimCatalog::seriesTitles()
{
    return QStringLiteral("Breaking Bad|Severance|The Last of Us|Stranger Things|Better Call Saul|Dark|The Wire|"
                          "The Sopranos|Mad Men|Succession|The Expanse|Andor|Fargo|True Detective|Chernobyl|"
                          "The Bear|Slow Horses|Mr. Robot|Halt and Catch Fire|Twin Peaks|Lost|Firefly|"
                          "Battlestar Galactica|The Leftovers|Atlanta|Barry|Fleabag|Sherlock|Black Mirror|"
                          "Money Heist|Dexter|Band of Brothers|Shogun|Bluey|Arcane|Cowboy Bebop|Reservation Dogs")
        .split(QLatin1Char('|'));
}

QStringList SimCatalog::hostileSeriesTitles()
{
    return {QStringLiteral("進撃の巨人"),   QStringLiteral("<script>alert('tv')</script>"),
            QStringLiteral("فوضى"),         QStringLiteral("שטיסל"),
            QStringLiteral("=1+1"),         QStringLiteral("Line\nBreak Show"),
            QStringLiteral("😀 Emoji Show"), QStringLiteral("La Casa de Papel, \"Heist\""),
            QStringLiteral("@Midnight"),    QStringLiteral("Ñoño Ümlaut Show")};
}

} // namespace arrscore
