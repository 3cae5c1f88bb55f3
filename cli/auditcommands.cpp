#include "auditcommands.h"

#include "audit/auditjson.h"
#include "audit/auditor.h"
#include "audit/instancecomparison.h"
#include "eventprinter.h"
#include "storage/database.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace arrscore {

namespace {

const QString kKind = QStringLiteral("kind");

QString fitOneLine(const QString &serverText, int width)
{
    const QString text = EventPrinter::oneLine(serverText);
    return text.size() <= width ? text.leftJustified(width) : text.left(width - 1) + QChar(0x2026);
}

QString scoreText(const std::optional<int> &score)
{
    return score ? QLocale().toString(*score) : QStringLiteral("—");
}

QStringList kindNames()
{
    QStringList names;
    for (const FindingKind kind : Finding::allKinds())
        names << Finding::kindName(kind);
    return names;
}

// Instance → loop_window_days, for the instances the configuration still names.
QHash<QString, int> loopWindows(const AppConfig &config)
{
    QHash<QString, int> windows;
    for (const InstanceConfig &instance : config.instances)
        windows.insert(instance.name, instance.loopWindowDays);
    return windows;
}

void printNotes(QTextStream &out, const QStringList &notes)
{
    if (notes.isEmpty())
        return;
    out << '\n' << AuditCommands::tr("Notes:") << '\n';
    for (const QString &note : notes)
        EventPrinter::printWrapped(out, note, QStringLiteral("  "));
}

void printComparison(QTextStream &out, const Comparison &c)
{
    out << AuditCommands::tr("%1: %2").arg(instanceTypeName(c.type), c.instances.join(QStringLiteral(", "))) << '\n';
    out << "  "
        << AuditCommands::tr("%1, %2, %3")
               .arg(AuditCommands::tr("%Ln shared items", nullptr, int(c.shared.size())),
                    AuditCommands::tr("%Ln only in some", nullptr, int(c.onlyIn.size())),
                    AuditCommands::tr("%Ln profiles that drift", nullptr, int(c.drift.size())))
        << '\n';

    // One column per instance: the file's quality and score there.
    constexpr int titleWidth = 36;
    constexpr int copyWidth = 24;
    const auto header = [&out, &c](const QString &first) {
        out << "  " << fitOneLine(first, titleWidth);
        for (const QString &instance : c.instances)
            out << "  " << fitOneLine(instance, copyWidth);
        out << '\n';
    };
    const auto row = [&out, &c](const ComparedItem &item) {
        out << "  " << fitOneLine(item.title, titleWidth);
        for (const QString &instance : c.instances) {
            QString cell = QStringLiteral("—");
            for (const ComparedCopy &copy : item.copies) {
                if (copy.instance == instance)
                    cell = QStringLiteral("%1 %2").arg(copy.quality, scoreText(copy.score));
            }
            out << "  " << fitOneLine(cell, copyWidth);
        }
        out << '\n';
    };
    if (!c.shared.isEmpty()) {
        out << '\n' << AuditCommands::tr("Shared items (quality and score in each instance):") << '\n';
        header(AuditCommands::tr("TITLE"));
        for (const ComparedItem &item : c.shared)
            row(item);
    }
    if (!c.onlyIn.isEmpty()) {
        out << '\n' << AuditCommands::tr("Only in some instances (— where there is no file):") << '\n';
        header(AuditCommands::tr("TITLE"));
        for (const ComparedItem &item : c.onlyIn)
            row(item);
    }
    if (!c.drift.isEmpty()) {
        out << '\n' << AuditCommands::tr("Profiles of the same name whose format scores differ:") << '\n';
        for (const ProfileDrift &d : c.drift) {
            out << "  " << AuditCommands::tr("%1 (in %2)").arg(d.profile, d.instances.join(QStringLiteral(", ")))
                << '\n';
            out << "    " << fitOneLine(AuditCommands::tr("FORMAT"), titleWidth - 2);
            for (const QString &instance : c.instances)
                out << "  " << fitOneLine(instance, 12).trimmed().rightJustified(12);
            out << '\n';
            for (const FormatDrift &f : d.formats) {
                out << "    " << fitOneLine(f.format, titleWidth - 2);
                for (const std::optional<int> &score : f.scores)
                    out << "  " << scoreText(score).rightJustified(12);
                out << '\n';
            }
        }
    }
}

} // namespace

QList<QCommandLineOption> AuditCommands::options()
{
    return {QCommandLineOption(kKind,
                               tr("Only findings of this kind (%1).").arg(kindNames().join(QStringLiteral(", "))),
                               QStringLiteral("KIND"))};
}

int AuditCommands::audit(const QStringList &instances, const QStringList &kindArguments, bool json)
{
    Auditor::Options options;
    options.instances = instances;
    options.loopWindowDays = loopWindows(m_ctx.config);
    for (const QString &name : kindArguments) {
        const std::optional<FindingKind> kind = Finding::kindFromName(name.trimmed().toLower());
        if (!kind) {
            m_ctx.err << tr("Unknown finding kind \"%1\": the kinds are %2.")
                             .arg(name, kindNames().join(QStringLiteral(", ")))
                      << '\n';
            return ExitUsage;
        }
        options.kinds.insert(*kind);
    }
    const std::unique_ptr<Database> db = m_ctx.openDatabase();
    if (!db)
        return ExitFailed;
    Result<Auditor::Outcome> outcome = Auditor(*db).run(options);
    if (!outcome) {
        m_ctx.err << outcome.error().message << '\n';
        return outcome.error().kind == ErrorKind::NotFound ? ExitUsage : ExitFailed;
    }
    const QList<Finding> &findings = outcome->findings;
    if (json) {
        m_ctx.writeJson(AuditJson::findings(findings, outcome->notes));
        return ExitOk;
    }

    QTextStream &out = m_ctx.out;
    if (findings.isEmpty()) {
        out << (options.kinds.isEmpty() ? tr("No findings: the stored history shows no upgrade loop, score "
                                             "mismatch or repeated failure.")
                                        : tr("No findings of the kinds asked for."))
            << '\n';
        printNotes(out, outcome->notes);
        return ExitOk;
    }
    QStringList counts;
    for (const FindingKind kind : Finding::allKinds()) {
        const auto n =
            std::count_if(findings.cbegin(), findings.cend(), [kind](const Finding &f) { return f.kind == kind; });
        if (n > 0)
            counts << tr("%1: %2").arg(Finding::kindTitle(kind), QLocale().toString(qint64(n)));
    }
    out << tr("%Ln findings (%1).", nullptr, int(findings.size())).arg(counts.join(QStringLiteral("; "))) << '\n';

    std::optional<FindingKind> group;
    for (const Finding &f : findings) {
        if (!group || *group != f.kind) {
            group = f.kind;
            out << '\n' << Finding::kindTitle(f.kind) << '\n';
            EventPrinter::printWrapped(out, Finding::kindDescription(f.kind), QStringLiteral("  "));
        }
        out << '\n' << "  ";
        const QString item =
            f.type == InstanceType::Sonarr ? tr("episode %1").arg(f.itemId) : tr("movie %1").arg(f.itemId);
        const QString title = EventPrinter::oneLine(f.title);
        out << (f.fileId ? tr("%1 · %2 · %3, file %4").arg(f.instance, title, item).arg(f.fileId)
                         : tr("%1 · %2 · %3").arg(f.instance, title, item))
            << '\n';
        EventPrinter::printWrapped(out, f.explanation, QStringLiteral("    "));
        EventPrinter::printEvents(out, f.events, QStringLiteral("      "));
    }
    printNotes(out, outcome->notes);
    return ExitOk;
}

int AuditCommands::compare(const QStringList &instances, bool json)
{
    const std::unique_ptr<Database> db = m_ctx.openDatabase();
    if (!db)
        return ExitFailed;
    Result<QList<Comparison>> comparisons = InstanceComparison::compare(*db, instances);
    if (!comparisons) {
        m_ctx.err << comparisons.error().message << '\n';
        return comparisons.error().kind == ErrorKind::Storage ? ExitFailed : ExitUsage;
    }
    if (json) {
        m_ctx.writeJson(AuditJson::comparison(*comparisons));
        return ExitOk;
    }
    QStringList notes;
    for (qsizetype i = 0; i < comparisons->size(); ++i) {
        if (i)
            m_ctx.out << '\n';
        printComparison(m_ctx.out, comparisons->at(i));
        notes += comparisons->at(i).notes;
    }
    printNotes(m_ctx.out, notes);
    return ExitOk;
}

} // namespace arrscore
