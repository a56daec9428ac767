// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/OpenReferralButton.h"

#include "Caseload.h"
#include "directory/OpenReferralDialog.h"
#include "exchange/OpenReferralFormat.h"
#include "shared/FileDialogs.h"

#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace alongside {

OpenReferralButton::OpenReferralButton(Caseload& caseload, QUndoStack& stack, QWidget* parent)
    : QPushButton(tr("O&pen Referral"), parent), m_caseload(caseload), m_stack(stack)
{
    setObjectName(u"openReferralButton"_s);
    setToolTip(tr("Import or export the directory as Open Referral UK, the standard for local directories"));
    auto* menu = new QMenu(this);
    QAction* importing = menu->addAction(tr("&Import…"), this, &OpenReferralButton::importFile);
    importing->setObjectName(u"openReferralImportAction"_s);
    QAction* exporting = menu->addAction(tr("&Export…"), this, &OpenReferralButton::exportFile);
    exporting->setObjectName(u"openReferralExportAction"_s);
    setMenu(menu);
}

void OpenReferralButton::importFile()
{
    OpenReferralDialog dialog(m_caseload, m_stack, this);
    if (dialog.exec() == QDialog::Accepted)
        tell(dialog.outcome());
}

void OpenReferralButton::tell(const QString& sentence)
{
    if (auto* main = qobject_cast<QMainWindow*>(window()))
        main->statusBar()->showMessage(sentence, 15000);
    Q_EMIT done(sentence);
}

void OpenReferralButton::exportFile()
{
    const QString start
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + tr("Community directory.json");
    QString path = FileDialogs::saveFile(this, tr("Export the directory"), start, tr("Open Referral files (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".json"_s, Qt::CaseInsensitive))
        path += u".json"_s;
    exportTo(path);
}

bool OpenReferralButton::exportTo(const QString& path)
{
    ResourceRepository::Filter everything;
    everything.includeArchived = true;
    const QList<ResourceRepository::Resource> resources = m_caseload.resources().list(everything);
    QString error;
    if (!OpenReferralFormat::write(path, resources, &error)) {
        QMessageBox::warning(this, tr("Export the directory"), error);
        return false;
    }
    tell(tr("Wrote %n service(s) to %1.", nullptr, int(resources.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace alongside
