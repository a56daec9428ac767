// SPDX-License-Identifier: GPL-3.0-or-later
// alongside sar: everything held about one person, for a subject access request.

#include "Caseload.h"
#include "Cli.h"
#include "CliParsing.h"
#include "exchange/SubjectAccess.h"
#include "print/EverythingDocument.h"

#include <QDir>

namespace alongside {

using namespace cli;

int Cli::subjectAccess(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments, { { u"person"_s, QString(), u"id"_s }, { u"to"_s, QString(), u"folder"_s } });
    if (!p.ok)
        return fail(Usage, p.error);
    const QString person = p.parser.value(u"person"_s).trimmed();
    const QString folder = p.parser.value(u"to"_s).trimmed();
    if (person.isEmpty() || folder.isEmpty())
        return fail(Usage, tr("sar needs --person ID and --to FOLDER."));
    std::unique_ptr<Caseload> opened;
    if (const int code = openExisting(p.parser, opened); code != Ok)
        return code;
    SubjectAccess access(*opened);
    if (!access.collect(person) || !access.writeFolder(folder))
        return fail(Refused, access.error());
    QString error;
    if (EverythingDocument::writePdf(*opened, person, folder, &error) == 0)
        return fail(Refused, error);
    int rows = 0;
    for (const SubjectAccess::Table& t : access.tables())
        rows += int(t.rows.size());
    m_out << tr("Wrote everything held about %1 (%n record(s)) to %2.", nullptr, rows)
                 .arg(access.personName(), QDir::toNativeSeparators(folder))
          << Qt::endl;
    if (!access.namesToReview().isEmpty())
        m_out << tr("Review the notes before release: %n note(s) name other people (names-to-review.csv).", nullptr,
                    int(access.namesToReview().size()))
              << Qt::endl;
    return Ok;
}

} // namespace alongside
