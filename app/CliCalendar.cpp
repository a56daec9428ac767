// SPDX-License-Identifier: GPL-3.0-or-later
// alongside calendar: reviews and steps due as iCalendar, one file or one per person.

#include "Caseload.h"
#include "Cli.h"
#include "CliParsing.h"
#include "exchange/CalendarExport.h"

#include <QDir>

namespace alongside {

using namespace cli;

int Cli::calendar(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments,
        { { u"ics"_s, QString(), u"file"_s }, { u"folder"_s, QString(), u"folder"_s },
            { u"coordinator"_s, QString(), u"name"_s } });
    if (!p.ok)
        return fail(Usage, p.error);
    const bool toFile = p.parser.isSet(u"ics"_s);
    if (toFile == p.parser.isSet(u"folder"_s))
        return fail(Usage,
            tr("calendar needs one place to write: --ics FILE for one calendar, or --folder FOLDER "
               "for a calendar per person."));
    std::unique_ptr<Caseload> opened;
    if (const int code = openExisting(p.parser, opened); code != Ok)
        return code;
    Caseload& caseload = *opened;

    CalendarExport calendar(caseload.database(), caseload.clock());
    if (p.parser.isSet(u"coordinator"_s)) {
        const QString name = p.parser.value(u"coordinator"_s).trimmed();
        QStringList names;
        QString id;
        for (const SiteRepository::Coordinator& c : caseload.site().coordinators()) {
            names.append(c.name);
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                id = c.id;
        }
        if (id.isEmpty())
            return fail(Refused,
                tr("No coordinator called %1 in this caseload; there are: %2.").arg(name, names.join(u", "_s)));
        calendar.setCoordinator(id);
    }
    if (toFile) {
        const QString path = p.parser.value(u"ics"_s);
        if (!calendar.writeFile(path))
            return fail(Refused, calendar.error());
        if (!caseload.audit().record(AuditLog::Action::ExportedCalendar, {}, u"events: %1"_s.arg(calendar.events())))
            return fail(Refused, caseload.audit().error());
        m_out << tr("Wrote %n event(s) to %1.", nullptr, calendar.events()).arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return Ok;
    }
    const QString folder = p.parser.value(u"folder"_s);
    if (!calendar.writeFolder(folder))
        return fail(Refused, calendar.error());
    if (!caseload.audit().record(AuditLog::Action::ExportedCalendar, {}, u"events: %1, a calendar per person"_s.arg(calendar.events())))
        return fail(Refused, caseload.audit().error());
    //: %1 is a number of events ("12 events"), %2 the folder.
    m_out << tr("Wrote %1 in %n calendar(s) to %2.", nullptr, calendar.files())
                 .arg(tr("%n event(s)", nullptr, calendar.events()), QDir::toNativeSeparators(folder))
          << Qt::endl;
    if (calendar.removed() > 0)
        m_out << tr("Removed %n calendar(s) of people with nothing due now.", nullptr, calendar.removed()) << Qt::endl;
    return Ok;
}

} // namespace alongside
