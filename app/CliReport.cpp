// SPDX-License-Identifier: GPL-3.0-or-later
// alongside report: the quarterly return, to PDF, .xlsx or CSV, without a window.

#include "Cli.h"
#include "CliParsing.h"
#include "Caseload.h"
#include "report/QuarterlyReturn.h"
#include "report/ReportExport.h"
#include "report/ReturnDocument.h"

#include <QFileInfo>

namespace alongside {

using namespace cli;

int Cli::report(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments, { { u"quarter"_s, QString(), u"YYYY-QN"_s }, { u"coordinator"_s, QString(), u"name"_s },
                          { u"ward"_s, QString(), u"ward"_s }, { u"pdf"_s, QString(), u"file"_s },
                          { u"xlsx"_s, QString(), u"file"_s }, { u"csv"_s, QString(), u"folder"_s },
                          { u"story"_s, QString(), u"id"_s }, { u"anonymise"_s, QString() } });
    if (!p.ok)
        return fail(Usage, p.error);
    const Calendar::Quarter quarter = QuarterlyReturn::parseQuarter(p.parser.value(u"quarter"_s));
    if (quarter.number == 0)
        return fail(Usage, tr("--quarter is a financial quarter such as 2026-Q3 (October to December 2026; "
                              "Q1 is April to June)."));
    if (!p.parser.isSet(u"pdf"_s) && !p.parser.isSet(u"xlsx"_s) && !p.parser.isSet(u"csv"_s))
        return fail(Usage, tr("report needs somewhere to write: --pdf FILE, --xlsx FILE or --csv FOLDER."));
    std::unique_ptr<Caseload> opened;
    if (const int code = openExisting(p.parser, opened); code != Ok)
        return code;
    Caseload& caseload = *opened;

    QuarterlyReturn figures(caseload.database());
    QuarterlyReturn::Scope scope;
    QString coordinatorName;
    if (p.parser.isSet(u"coordinator"_s)) {
        const QString name = p.parser.value(u"coordinator"_s).trimmed();
        QStringList names;
        for (const SiteRepository::Coordinator& c : caseload.site().coordinators()) {
            names.append(c.name);
            if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
                scope.coordinatorId = c.id;
                coordinatorName = c.name;
            }
        }
        if (scope.coordinatorId.isEmpty())
            return fail(Refused, tr("No coordinator called %1 in this caseload; there are: %2.").arg(name, names.join(u", "_s)));
    }
    if (p.parser.isSet(u"ward"_s)) {
        scope.ward = p.parser.value(u"ward"_s).trimmed();
        const QStringList wards = figures.wards();
        if (!wards.contains(scope.ward))
            return fail(Refused, tr("No one in this caseload lives in a ward called %1; the wards are: %2.")
                                     .arg(scope.ward, wards.join(u", "_s)));
    }
    const QString scopeText = QuarterlyReturn::scopeText(coordinatorName, scope.ward);

    ReturnDocument::Input input { figures.compute(quarter, scope),
                                  figures.compute(QuarterlyReturn::previous(quarter), scope),
                                  figures.compute(QuarterlyReturn::yearBefore(quarter), scope),
                                  {},
                                  scopeText };
    const QStringList wanted = p.parser.values(u"story"_s);
    const QList<QuarterlyReturn::Story> stories = figures.stories(quarter, scope, p.parser.isSet(u"anonymise"_s));
    for (const QString& id : wanted) {
        const auto it = std::find_if(stories.cbegin(), stories.cend(), [&](const auto& s) { return s.id == id; });
        if (it == stories.cend())
            return fail(Refused, tr("%1 is not an outcome story of %2 in this return.").arg(id, quarter.label()));
        input.stories.append(*it);
    }

    QString error;
    if (p.parser.isSet(u"pdf"_s)) {
        const int pages = ReturnDocument::writePdf(input, p.parser.value(u"pdf"_s), &error);
        if (pages == 0)
            return fail(Refused, error);
        m_out << tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(p.parser.value(u"pdf"_s)) << Qt::endl;
    }
    const QList<ReportTable> tables = QuarterlyReturn::tables(input.now, input.before, input.yearAgo, input.stories);
    if (p.parser.isSet(u"xlsx"_s)) {
        if (!ReportExport::writeXlsx(p.parser.value(u"xlsx"_s), QuarterlyReturn::title(input.now, scopeText), tables, &error))
            return fail(Refused, error);
        m_out << tr("Wrote %1 (%n sheet(s)).", nullptr, int(tables.size())).arg(p.parser.value(u"xlsx"_s)) << Qt::endl;
    }
    if (p.parser.isSet(u"csv"_s)) {
        if (!ReportExport::writeCsv(p.parser.value(u"csv"_s), tables, &error))
            return fail(Refused, error);
        m_out << tr("Wrote %n table(s) to %1.", nullptr, int(tables.size())).arg(p.parser.value(u"csv"_s)) << Qt::endl;
    }
    if (!caseload.audit().record(AuditLog::Action::RanReport, {}, QuarterlyReturn::quarterKey(quarter)))
        return fail(Refused, caseload.audit().error());
    return Ok;
}

} // namespace alongside
