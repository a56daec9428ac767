// SPDX-License-Identifier: GPL-3.0-or-later
// alongside directory: the community directory to and from Open Referral UK JSON.

#include "Caseload.h"
#include "Cli.h"
#include "CliParsing.h"
#include "edits/EditCommand.h"
#include "exchange/OpenReferralFormat.h"
#include "exchange/OpenReferralImport.h"

#include <QDir>

namespace alongside {

using namespace cli;

int Cli::directory(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments,
        { { u"export"_s, QString(), u"file"_s }, { u"import"_s, QString(), u"file"_s }, { u"dry-run"_s, QString() } });
    if (!p.ok)
        return fail(Usage, p.error);
    const bool exporting = p.parser.isSet(u"export"_s);
    if (exporting == p.parser.isSet(u"import"_s))
        return fail(Usage, tr("directory needs --export FILE or --import FILE."));
    if (exporting && p.parser.isSet(u"dry-run"_s))
        return fail(Usage, tr("--dry-run goes with --import."));
    std::unique_ptr<Caseload> opened;
    if (const int code = openExisting(p.parser, opened); code != Ok)
        return code;
    Caseload& caseload = *opened;

    if (exporting) {
        ResourceRepository::Filter everything;
        everything.includeArchived = true;
        const QList<ResourceRepository::Resource> resources = caseload.resources().list(everything);
        const QString path = p.parser.value(u"export"_s);
        QString error;
        if (!OpenReferralFormat::write(path, resources, &error))
            return fail(Refused, error);
        m_out << tr("Wrote %n service(s) to %1.", nullptr, int(resources.size())).arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return Ok;
    }

    OpenReferralImport import(caseload.resources(), caseload.editor(), caseload.clock().now().toLocalTime().date());
    if (!import.read(p.parser.value(u"import"_s)))
        return fail(Refused, import.error());
    for (const OpenReferralImport::Item& item : import.items()) {
        if (item.action == OpenReferralImport::Action::Skip)
            m_out << tr("Skipped %1 (%2): %3").arg(item.after.name, item.serviceId, item.reason) << Qt::endl;
    }
    const OpenReferralImport::Counts c = import.counts();
    if (p.parser.isSet(u"dry-run"_s)) {
        m_out << tr("Would add %1, change %2, leave %3 unchanged and skip %4; nothing was written.")
                     .arg(c.added)
                     .arg(c.changed)
                     .arg(c.unchanged)
                     .arg(c.skipped)
              << Qt::endl;
        return Ok;
    }
    if (import.hasChanges() && !caseload.editor().run(import.applying()))
        return fail(Refused, tr("Could not import the directory: %1").arg(caseload.editor().error()));
    m_out << tr("Added %1, changed %2, left %3 unchanged and skipped %4.")
                 .arg(c.added)
                 .arg(c.changed)
                 .arg(c.unchanged)
                 .arg(c.skipped)
          << Qt::endl;
    return Ok;
}

} // namespace alongside
