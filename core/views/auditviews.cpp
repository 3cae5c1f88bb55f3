#include "views/auditviews.h"

#include "audit/auditor.h"
#include "audit/instancecomparison.h"
#include "views/listrows.h"

namespace arrscore {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// One event as one line of data: untranslated names, ISO times, "score=null" when the server kept none.
QString eventText(const ServerEvent &e)
{
    QString text = QStringLiteral("%1 %2 score=%3")
                       .arg(e.date.toUTC().toString(Qt::ISODate), serverEventTypeName(e.type),
                            e.score ? QString::number(*e.score) : QStringLiteral("null"));
    if (!e.quality.isEmpty())
        text += QStringLiteral(" quality=") + e.quality;
    if (!e.reason.isEmpty())
        text += QStringLiteral(" reason=") + e.reason;
    if (!e.downloadId.isEmpty())
        text += QStringLiteral(" download_id=") + e.downloadId;
    if (!e.sourceTitle.isEmpty())
        text += QStringLiteral(" title=") + e.sourceTitle;
    return text;
}

QVariant findingCell(const Finding &f, int column)
{
    switch (column) {
    case 0:
        return f.instance;
    case 1:
        return Finding::kindName(f.kind);
    case 2:
        return f.itemId;
    case 3:
        return idOrNull(f.seriesId);
    case 4:
        return idOrNull(f.fileId);
    case 5:
        return f.title;
    case 6:
        return f.explanation;
    case 7: {
        QStringList events;
        for (const ServerEvent &e : f.events)
            events << eventText(e);
        return events;
    }
    case 8:
        return f.lastEventAt.isValid() ? QVariant(f.lastEventAt) : QVariant();
    default:
        return {};
    }
}

// A row of the compare view: a copy of an item (shared or only in some), or a drifting format's score in
// one instance's profile.
struct CompareRow
{
    QString section; // "shared", "only_in", "drift"
    InstanceType type = InstanceType::Radarr;
    const ComparedItem *item = nullptr;  // shared and only_in
    const ComparedCopy *copy = nullptr;  // shared and only_in
    const ProfileDrift *drift = nullptr; // drift
    const FormatDrift *format = nullptr; // drift
    QString instance;                    // drift
    std::optional<int> score;            // drift
};

QVariant compareCell(const CompareRow &r, int column)
{
    const bool episode = r.item && r.item->kind == MediaKind::Episode;
    switch (column) {
    case 0:
        return r.section;
    case 1:
        return instanceTypeName(r.type);
    case 2:
        return r.item ? QVariant(mediaKindName(r.item->kind)) : QVariant();
    case 3:
        return r.item && !episode ? idOrNull(r.item->externalId) : QVariant();
    case 4:
        return episode ? idOrNull(r.item->externalId) : QVariant();
    case 5:
        return episode && r.item->season >= 0 ? QVariant(r.item->season) : QVariant();
    case 6:
        return episode ? QVariant(r.item->episode) : QVariant();
    case 7:
        return r.item ? QVariant(r.item->title) : QVariant();
    case 8:
        return r.copy ? r.copy->instance : r.instance;
    case 9:
        return r.copy ? idOrNull(r.copy->itemId) : QVariant();
    case 10:
        return r.copy ? idOrNull(r.copy->fileId) : QVariant();
    case 11:
        return r.copy ? QVariant(r.copy->quality) : QVariant();
    case 12:
        return r.copy ? (r.copy->profile.isEmpty() ? QVariant() : QVariant(r.copy->profile))
                      : QVariant(r.drift->profile);
    case 13:
        return r.format ? QVariant(r.format->format) : QVariant();
    case 14:
        return valueOrNull(r.copy ? r.copy->score : r.score);
    case 15:
        return r.copy && !r.copy->relativePath.isEmpty() ? QVariant(r.copy->relativePath) : QVariant();
    case 16:
        return r.item ? QVariant(r.item->missingFrom) : QVariant();
    default:
        return {};
    }
}

// The rows point into the comparisons, which the view keeps.
class CompareRows final : public RowSource
{
public:
    explicit CompareRows(QList<Comparison> comparisons) : m_comparisons(std::move(comparisons))
    {
        for (const Comparison &c : std::as_const(m_comparisons)) {
            const auto items = [this, &c](const QList<ComparedItem> &list, const QString &section) {
                for (const ComparedItem &item : list) {
                    for (const ComparedCopy &copy : item.copies)
                        m_rows.append({section, c.type, &item, &copy, nullptr, nullptr, {}, {}});
                }
            };
            items(c.shared, QStringLiteral("shared"));
            items(c.onlyIn, QStringLiteral("only_in"));
            for (const ProfileDrift &d : c.drift) {
                for (const FormatDrift &f : d.formats) {
                    for (qsizetype i = 0; i < c.instances.size() && i < f.scores.size(); ++i) {
                        if (d.instances.contains(c.instances.at(i)))
                            m_rows.append({QStringLiteral("drift"), c.type, nullptr, nullptr, &d, &f, c.instances.at(i),
                                           f.scores.at(i)});
                    }
                }
            }
        }
    }
    QStringList columns() const override { return AuditViews::compareColumns(); }
    bool next() override { return ++m_index < m_rows.size(); }
    QVariant cell(int column) const override { return compareCell(m_rows.at(m_index), column); }

private:
    QList<Comparison> m_comparisons;
    QList<CompareRow> m_rows;
    qsizetype m_index = -1;
};

} // namespace

QStringList AuditViews::auditColumns()
{
    return columnNames(
        {"instance", "kind", "item_id", "series_id", "file_id", "title", "explanation", "events", "last_event_at"});
}

QStringList AuditViews::compareColumns()
{
    return columnNames({"section", "type", "kind", "tmdb_id", "tvdb_id", "season", "episode", "title", "instance",
                        "item_id", "file_id", "quality", "quality_profile", "format", "score", "relative_path",
                        "missing_from"});
}

Result<std::unique_ptr<RowSource>> AuditViews::audit(Database &db, const QStringList &instances,
                                                     const QHash<QString, int> &loopWindowDays)
{
    Auditor::Options options;
    options.instances = instances;
    options.loopWindowDays = loopWindowDays;
    Result<Auditor::Outcome> outcome = Auditor(db).run(options);
    if (!outcome)
        return outcome.error();
    return std::unique_ptr<RowSource>(
        std::make_unique<ListRows<Finding>>(auditColumns(), std::move(outcome).value().findings, findingCell));
}

Result<std::unique_ptr<RowSource>> AuditViews::compare(Database &db, const QStringList &instances)
{
    Result<QList<Comparison>> comparisons = InstanceComparison::compare(db, instances);
    if (!comparisons)
        return comparisons.error();
    return std::unique_ptr<RowSource>(std::make_unique<CompareRows>(std::move(comparisons).value()));
}

} // namespace arrscore
