#include "simlibrary.h"

#include "simgenerator.h"
#include "simplanter.h"
#include "simtwin.h"

#include <QLoggingCategory>

#include <algorithm>

namespace arrscore {

Q_LOGGING_CATEGORY(lcSimLibrary, "arrscore.sim.library", QtInfoMsg)

SimLibrary::SimLibrary(const SimLibraryConfig &config)
{
    regenerate(config);
}

SimLibrary::~SimLibrary() = default;

void SimLibrary::regenerate(const SimLibraryConfig &config)
{
    m_config = config;
    m_version = QVersionNumber::fromString(config.version);
    if (m_version.isNull())
        m_version = QVersionNumber(isRadarr() ? 5 : 4);
    const SimTwin::Kind twin = SimTwin::parse(config.twin).value_or(SimTwin::Kind::None);
    m_catalog = std::make_unique<SimCatalog>(config.type);
    m_generator = std::make_unique<SimGenerator>(*m_catalog, config.seed);
    // A twin draws the catalogue from the seed and its files from a generator of its own.
    std::unique_ptr<SimGenerator> twinFiles;
    if (twin != SimTwin::Kind::None)
        twinFiles = std::make_unique<SimGenerator>(*m_catalog, SimTwin::fileSeed(twin, config.seed));
    m_profiles = m_catalog->defaultProfiles();
    for (const SimTwin::Drift &d : SimTwin::drift(twin)) {
        const int formatId = m_catalog->formatId(d.format);
        for (SimProfile &p : m_profiles) {
            if (p.name == d.profile && formatId > 0)
                p.formatScores[formatId] = d.score;
        }
    }
    m_movies.clear();
    m_series.clear();
    m_onlyHere.clear();
    m_nextFileId = 1;
    m_nextMovieId = 1;
    m_listedTwice.clear();
    m_hiddenFiles.clear();
    m_filesHidden = false;
    if (isRadarr()) {
        generateMovies(twinFiles ? *twinFiles : *m_generator);
    } else {
        const int count = qMax(0, config.series);
        const int empty = qBound(0, config.emptySeries, count);
        // Empty series are spread through the list rather than bunched at the end.
        QList<int> files(count, 0);
        QList<int> withFiles;
        for (int i = 0; i < count; ++i) {
            if (empty == 0 || (i * empty) / count == ((i + 1) * empty) / count)
                withFiles.append(i);
        }
        const int n = int(withFiles.size());
        for (int k = 0; k < n; ++k) {
            if (config.totalEpisodeFiles >= 0)
                files[withFiles[k]] = config.totalEpisodeFiles / n + (k < config.totalEpisodeFiles % n ? 1 : 0);
            else
                files[withFiles[k]] = config.episodeFilesPerSeries;
        }
        m_series = m_generator->series(count, files, m_nextFileId);
        if (twinFiles)
            makeTwinSeries(*twinFiles);
    }
    rebuildIndexes();
    rebuildRanks();
    m_plants = SimPlanter::plan(*this);
    ++m_revision;
    ++m_generation;
    qCDebug(lcSimLibrary) << "generated" << m_movies.size() << "movies," << m_series.size() << "series";
}

void SimLibrary::generateMovies(SimGenerator &files)
{
    const SimTwin::Kind twin = SimTwin::parse(m_config.twin).value_or(SimTwin::Kind::None);
    m_movies.reserve(m_config.movies);
    for (int i = 0; i < m_config.movies; ++i) {
        SimMovie m = m_generator->movie(m_nextMovieId++, i);
        // Ids have gaps, like a library where things were deleted.
        if (m_generator->bounded(0, 99) < 5)
            m_nextMovieId += m_generator->bounded(1, 3);
        if (twin != SimTwin::Kind::None)
            m.qualityProfileId = SimTwin::profileFor(twin, m.qualityProfileId);
        if (files.bounded(0, 99) >= m_config.moviesWithoutFilePercent) {
            m.file = files.movieFile(m, m_nextFileId++);
            if (files.bounded(0, 99) < 5)
                m_nextFileId += files.bounded(1, 4);
        }
        if (SimTwin::leftOut(twin, m_config.seed, i))
            continue;
        if (SimTwin::onlyHere(twin, m_config.seed, i))
            m_onlyHere.append(m.tmdbId);
        m_movies.append(std::move(m));
    }
    if (twin == SimTwin::Kind::Uhd) {
        // The 4K instance numbers its movies itself: the same movie has another id in each.
        int nextId = 1;
        for (SimMovie &m : m_movies) {
            m.id = nextId++;
            if (std::optional<SimFile> &file = m.file; file.has_value())
                file->ownerId = m.id;
        }
    }
}

void SimLibrary::makeTwinSeries(SimGenerator &files)
{
    const SimTwin::Kind twin = SimTwin::parse(m_config.twin).value_or(SimTwin::Kind::None);
    QList<SimSeries> kept;
    int fileIndex = 0;
    for (int i = 0; i < m_series.size(); ++i) {
        SimSeries s = m_series.at(i);
        s.qualityProfileId = SimTwin::profileFor(twin, s.qualityProfileId);
        // The same episodes, each twin its own files: another release of each, a few not downloaded at all.
        QList<SimFile> own;
        for (const SimFile &f : std::as_const(s.files)) {
            if (SimTwin::fileLeftOut(twin, m_config.seed, fileIndex++)) {
                for (SimEpisode &e : s.episodes) {
                    if (e.episodeFileId == f.id)
                        e.episodeFileId = 0;
                }
                continue;
            }
            own.append(files.restyledEpisodeFile(f, s.qualityProfileId));
        }
        s.files = own;
        if (SimTwin::leftOut(twin, m_config.seed, i))
            continue;
        if (SimTwin::onlyHere(twin, m_config.seed, i))
            m_onlyHere.append(s.tvdbId);
        kept.append(std::move(s));
    }
    m_series = kept;
    if (twin != SimTwin::Kind::Uhd)
        return;
    // The 4K instance numbers series, episodes and files itself.
    int nextEpisodeId = 1;
    int nextFileId = 1;
    for (int k = 0; k < m_series.size(); ++k) {
        SimSeries &s = m_series[k];
        s.id = k + 1;
        QHash<int, int> fileIds;
        for (SimFile &f : s.files) {
            fileIds.insert(f.id, nextFileId);
            f.id = nextFileId++;
            f.ownerId = s.id;
        }
        for (SimEpisode &e : s.episodes) {
            e.id = nextEpisodeId++;
            e.seriesId = s.id;
            e.episodeFileId = fileIds.value(e.episodeFileId);
        }
    }
    m_nextFileId = nextFileId;
}

QString SimLibrary::appName() const
{
    return isRadarr() ? QStringLiteral("Radarr") : QStringLiteral("Sonarr");
}

bool SimLibrary::versionAtLeast(int major, int minor, int patch) const
{
    return QVersionNumber::compare(m_version, QVersionNumber(major, minor, patch)) >= 0;
}

void SimLibrary::rebuildIndexes()
{
    m_movieIndex.clear();
    m_movieFileIndex.clear();
    m_seriesIndex.clear();
    m_movieIndex.reserve(m_movies.size());
    for (int i = 0; i < m_movies.size(); ++i) {
        const SimMovie &movie = m_movies.at(i);
        m_movieIndex.insert(movie.id, i);
        if (movie.file)
            m_movieFileIndex.insert(movie.file->id, i);
        m_nextMovieId = qMax(m_nextMovieId, movie.id + 1);
    }
    for (int i = 0; i < m_series.size(); ++i)
        m_seriesIndex.insert(m_series[i].id, i);
}

void SimLibrary::rebuildRanks()
{
    m_ranks.clear();
    for (const SimProfile &p : m_profiles) {
        QHash<int, int> &ranks = m_ranks[p.id];
        for (int i = 0; i < p.items.size(); ++i) {
            const SimProfileItem &item = p.items[i];
            if (item.groupId)
                ranks.insert(item.groupId, i);
            for (int q : item.qualityIds)
                ranks.insert(q, i);
        }
    }
}

int SimLibrary::itemRank(int profileId, int qualityOrGroupId) const
{
    return m_ranks.value(profileId).value(qualityOrGroupId, -1);
}

const SimProfile *SimLibrary::profile(int id) const
{
    for (const SimProfile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const SimMovie *SimLibrary::movie(int id) const
{
    const auto it = m_movieIndex.constFind(id);
    return it == m_movieIndex.cend() ? nullptr : &m_movies[*it];
}

const SimMovie *SimLibrary::movieByFileId(int fileId) const
{
    const auto it = m_movieFileIndex.constFind(fileId);
    return it == m_movieFileIndex.cend() ? nullptr : &m_movies[*it];
}

const SimSeries *SimLibrary::seriesById(int id) const
{
    const auto it = m_seriesIndex.constFind(id);
    return it == m_seriesIndex.cend() ? nullptr : &m_series[*it];
}

const SimEpisode *SimLibrary::episode(int id) const
{
    for (const SimSeries &s : m_series) {
        for (const SimEpisode &e : s.episodes) {
            if (e.id == id)
                return &e;
        }
    }
    return nullptr;
}

const SimFile *SimLibrary::episodeFile(const SimSeries &series, int episodeFileId) const
{
    for (const SimFile &f : series.files) {
        if (f.id == episodeFileId)
            return &f;
    }
    return nullptr;
}

int SimLibrary::episodeFileCount() const
{
    int n = 0;
    for (const SimSeries &s : m_series)
        n += int(s.files.size());
    return n;
}

int SimLibrary::customFormatScore(const SimFile &file, int profileId) const
{
    const SimProfile *p = profile(profileId);
    if (!p)
        return 0;
    int score = 0;
    for (int id : file.customFormatIds)
        score += p->formatScores.value(id);
    return score;
}

int SimLibrary::reportedScore(const SimFile &file, int profileId) const
{
    // Before files carried a score field (Radarr 4.7.5) a client computes it, so nothing can be off.
    const bool reported = isRadarr() ? versionAtLeast(4, 7, 5) : hasCustomFormats();
    return customFormatScore(file, profileId) + (reported ? m_plants.value(file.id).skew : 0);
}

bool SimLibrary::qualityCutoffNotMet(const SimFile &file, int profileId) const
{
    const SimProfile *p = profile(profileId);
    if (!p)
        return false;
    return itemRank(profileId, file.qualityId) < itemRank(profileId, p->cutoff);
}

bool SimLibrary::setFormatScore(int profileId, int formatId, int score)
{
    for (SimProfile &p : m_profiles) {
        if (p.id == profileId && formatId > 0 && formatId < p.formatScores.size()) {
            p.formatScores[formatId] = score;
            ++m_revision;
            return true;
        }
    }
    return false;
}

bool SimLibrary::setCutoffFormatScore(int profileId, int score)
{
    for (SimProfile &p : m_profiles) {
        if (p.id == profileId) {
            p.cutoffFormatScore = score;
            ++m_revision;
            return true;
        }
    }
    return false;
}

int SimLibrary::replaceMovieFile(int movieId, const QString &qualityName, const std::optional<QList<int>> &formatIds)
{
    const auto it = m_movieIndex.constFind(movieId);
    if (it == m_movieIndex.cend())
        return 0;
    SimMovie &m = m_movies[*it];
    if (m.file)
        m_movieFileIndex.remove(m.file->id);
    const int qualityId = qualityName.isEmpty() ? -1 : m_catalog->qualityId(qualityName);
    SimFile f = m_generator->movieFile(m, m_nextFileId++, qualityId);
    if (formatIds)
        f.customFormatIds = *formatIds;
    if (m.file)
        f.dateAdded = qMax(f.dateAdded, m.file->dateAdded + 86400);
    m.file = f;
    m_movieFileIndex.insert(f.id, *it);
    ++m_revision;
    return f.id;
}

bool SimLibrary::removeMovieFile(int movieId)
{
    const auto it = m_movieIndex.constFind(movieId);
    if (it == m_movieIndex.cend())
        return false;
    SimMovie &movie = m_movies[*it];
    if (!movie.file)
        return false;
    m_movieFileIndex.remove(movie.file->id);
    m_listedTwice.remove(movie.file->id);
    m_hiddenFiles.remove(movie.file->id);
    movie.file.reset();
    ++m_revision;
    return true;
}

int SimLibrary::addMovie(const QString &title, int year, int profileId, bool withFile)
{
    if (!isRadarr())
        return 0;
    SimMovie m = m_generator->movie(m_nextMovieId++, int(m_movies.size()));
    if (!title.isEmpty())
        m.title = m.originalTitle = title;
    if (year > 0)
        m.year = year;
    if (profile(profileId))
        m.qualityProfileId = profileId;
    m_movieIndex.insert(m.id, int(m_movies.size()));
    if (withFile) {
        m.file = m_generator->movieFile(m, m_nextFileId++);
        m_movieFileIndex.insert(m.file->id, int(m_movies.size()));
    }
    m_movies.append(m);
    ++m_revision;
    return m.id;
}

int SimLibrary::replaceEpisodeFile(int seriesId, int episodeFileId, const QString &qualityName)
{
    const auto it = m_seriesIndex.constFind(seriesId);
    if (it == m_seriesIndex.cend())
        return 0;
    SimSeries &s = m_series[*it];
    for (SimFile &f : s.files) {
        if (f.id != episodeFileId)
            continue;
        // Borrow the movie path of the generator for a fresh release, keep the episode's place.
        SimMovie owner;
        owner.id = s.id;
        owner.title = s.title;
        owner.year = s.year;
        owner.qualityProfileId = s.qualityProfileId;
        const int qualityId = qualityName.isEmpty() ? -1 : m_catalog->qualityId(qualityName);
        SimFile next = m_generator->movieFile(owner, m_nextFileId++, qualityId);
        next.ownerId = s.id;
        next.seasonNumber = f.seasonNumber;
        next.size /= 4;
        next.relativePath = f.relativePath;
        next.path = f.path;
        next.releaseType = f.releaseType;
        next.edition.clear();
        for (SimEpisode &e : s.episodes) {
            if (e.episodeFileId == f.id)
                e.episodeFileId = next.id;
        }
        f = next;
        ++m_revision;
        return next.id;
    }
    return 0;
}

int SimLibrary::addEpisodeFile(int seriesId)
{
    const auto it = m_seriesIndex.constFind(seriesId);
    if (it == m_seriesIndex.cend())
        return 0;
    SimSeries &s = m_series[*it];
    const auto episode =
        std::find_if(s.episodes.begin(), s.episodes.end(), [](const SimEpisode &e) { return e.episodeFileId == 0; });
    if (episode == s.episodes.end())
        return 0;
    SimMovie owner;
    owner.id = s.id;
    owner.title = s.title;
    owner.year = s.year;
    owner.qualityProfileId = s.qualityProfileId;
    SimFile file = m_generator->movieFile(owner, m_nextFileId++);
    file.ownerId = s.id;
    file.seasonNumber = episode->seasonNumber;
    file.size /= 4;
    file.edition.clear();
    file.relativePath = QStringLiteral("Season %1/%2 - S%3E%4.mkv")
                            .arg(episode->seasonNumber)
                            .arg(s.title)
                            .arg(episode->seasonNumber, 2, 10, QLatin1Char('0'))
                            .arg(episode->episodeNumber, 2, 10, QLatin1Char('0'));
    file.path = QStringLiteral("/tv/%1 (%2)/").arg(s.title).arg(s.year) + file.relativePath;
    episode->episodeFileId = file.id;
    // The list stays ordered by season like the servers', so a new file is not always last.
    const auto at = std::find_if(s.files.begin(), s.files.end(),
                                 [&file](const SimFile &f) { return f.seasonNumber > file.seasonNumber; });
    s.files.insert(at, file);
    ++m_revision;
    return file.id;
}

bool SimLibrary::removeEpisodeFile(int seriesId, int episodeFileId)
{
    const auto it = m_seriesIndex.constFind(seriesId);
    if (it == m_seriesIndex.cend())
        return false;
    SimSeries &s = m_series[*it];
    const qsizetype removed = s.files.removeIf([episodeFileId](const SimFile &f) { return f.id == episodeFileId; });
    if (removed == 0)
        return false;
    for (SimEpisode &e : s.episodes) {
        if (e.episodeFileId == episodeFileId)
            e.episodeFileId = 0;
    }
    m_listedTwice.remove(episodeFileId);
    m_hiddenFiles.remove(episodeFileId);
    ++m_revision;
    return true;
}

int SimLibrary::importMovieFile(int movieId, SimFile file)
{
    const auto it = m_movieIndex.constFind(movieId);
    if (it == m_movieIndex.cend())
        return 0;
    SimMovie &m = m_movies[*it];
    // The movie keeps its folder; one without a file gets one named like the generator's, made safe for a path.
    QString title = m.title;
    title.remove(QLatin1Char('/')).remove(QLatin1Char('\\')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString folder = m.file ? m.file->path.section(QLatin1Char('/'), 0, -2)
                                  : QStringLiteral("/movies/%1 (%2) {tmdb-%3}").arg(title).arg(m.year).arg(m.tmdbId);
    if (m.file) {
        m_movieFileIndex.remove(m.file->id);
        m_listedTwice.remove(m.file->id);
        m_hiddenFiles.remove(m.file->id);
    }
    file.id = m_nextFileId++;
    file.ownerId = m.id;
    file.relativePath = file.sceneName + QStringLiteral(".mkv");
    file.path = folder + QLatin1Char('/') + file.relativePath;
    m.file = file;
    m_movieFileIndex.insert(file.id, *it);
    ++m_revision;
    return file.id;
}

int SimLibrary::importEpisodeFile(const QList<int> &episodeIds, SimFile file)
{
    const SimEpisode *first = episodeIds.isEmpty() ? nullptr : episode(episodeIds.first());
    if (!first)
        return 0;
    SimSeries &s = m_series[m_seriesIndex.value(first->seriesId)];
    file.id = m_nextFileId++;
    file.ownerId = s.id;
    file.seasonNumber = first->seasonNumber;
    file.relativePath =
        QStringLiteral("Season %1/%2.mkv").arg(first->seasonNumber, 2, 10, QLatin1Char('0')).arg(file.sceneName);
    // The series keeps its folder (the one of any file it has).
    const QString folder = s.files.isEmpty() ? QStringLiteral("/tv/%1 (%2)").arg(s.titleSlug).arg(s.year)
                                             : s.files.first().path.chopped(s.files.first().relativePath.size() + 1);
    file.path = folder + QLatin1Char('/') + file.relativePath;
    file.releaseType = episodeIds.size() > 1 ? QStringLiteral("multiEpisode") : QStringLiteral("singleEpisode");
    QSet<int> replaced;
    for (SimEpisode &e : s.episodes) {
        if (!episodeIds.contains(e.id))
            continue;
        if (e.episodeFileId)
            replaced.insert(e.episodeFileId);
        e.episodeFileId = file.id;
    }
    for (SimEpisode &e : s.episodes)
        replaced.remove(e.episodeFileId);
    s.files.removeIf([&replaced](const SimFile &f) { return replaced.contains(f.id); });
    const auto at = std::find_if(s.files.begin(), s.files.end(),
                                 [&file](const SimFile &f) { return f.seasonNumber > file.seasonNumber; });
    s.files.insert(at, file);
    ++m_revision;
    return file.id;
}

bool SimLibrary::hasFile(int fileId) const
{
    if (m_movieFileIndex.contains(fileId))
        return true;
    return std::any_of(m_series.cbegin(), m_series.cend(), [fileId](const SimSeries &s) {
        return std::any_of(s.files.cbegin(), s.files.cend(), [fileId](const SimFile &f) { return f.id == fileId; });
    });
}

bool SimLibrary::markFile(QSet<int> &marked, int fileId, bool on)
{
    if (!hasFile(fileId))
        return false;
    if (on)
        marked.insert(fileId);
    else
        marked.remove(fileId);
    ++m_revision;
    return true;
}

bool SimLibrary::listFileTwice(int fileId, bool twice)
{
    return markFile(m_listedTwice, fileId, twice);
}

bool SimLibrary::hideFile(int fileId, bool hidden)
{
    return markFile(m_hiddenFiles, fileId, hidden);
}

void SimLibrary::setFilesHidden(bool hidden)
{
    m_filesHidden = hidden;
    ++m_revision;
}

} // namespace arrscore
