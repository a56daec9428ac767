// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPage.h"

#include "Caseload.h"
#include "shared/FileDialogs.h"
#include "shared/WithProgress.h"
#include "sync/ConflictsPane.h"
#include "sync/JoinTeamDialog.h"
#include "sync/TeamSetupDialog.h"
#include "items/ConflictsModel.h"
#include "sync/SyncService.h"
#include "sync/SyncSummary.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

SyncPage::SyncPage(Caseload& caseload, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_team(new QLabel(this))
    , m_setUpTeam(new QPushButton(tr("Set &up a team…"), this))
    , m_joinTeam(new QPushButton(tr("&Join a team…"), this))
    , m_folder(new QLabel(this))
    , m_syncNow(new QPushButton(tr("&Sync now"), this))
    , m_exportChanges(new QPushButton(tr("E&xport changes"), this))
    , m_exportAll(new QPushButton(tr("Export e&verything…"), this))
    , m_import(new QPushButton(tr("&Import files…"), this))
    , m_importFolder(new QPushButton(tr("Import from the sync fol&der"), this))
    , m_why(new QLabel(this))
    , m_whenNew(new QComboBox(this))
    , m_report(new QLabel(this))
    , m_conflictsBox(new QGroupBox(this))
    , m_conflicts(new ConflictsPane(caseload, m_conflictsBox))
{
    setObjectName(u"syncPage"_s);
    m_team->setObjectName(u"teamStatus"_s);
    m_team->setWordWrap(true);
    m_folder->setObjectName(u"syncFolder"_s);
    m_folder->setWordWrap(true);
    m_report->setObjectName(u"syncReport"_s);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncNow->setObjectName(u"syncNow"_s);
    m_syncNow->setToolTip(syncNowDescription());
    m_syncNow->setDefault(true);
    m_exportChanges->setObjectName(u"exportChanges"_s);
    m_exportChanges->setToolTip(tr("Write everything new on this laptop into one file for your team"));
    m_exportAll->setToolTip(tr("Write every record into one file, for a new teammate or to fill a gap"));
    m_import->setObjectName(u"importFiles"_s);
    m_import->setToolTip(tr("Bring in files from your teammates (Ctrl+I)"));
    m_importFolder->setObjectName(u"importFolder"_s);
    m_importFolder->setToolTip(tr("Bring in every file in the sync folder that is new to this laptop"));
    m_exportAll->setObjectName(u"exportEverything"_s);
    m_joinTeam->setObjectName(u"joinTeam"_s);
    m_why->setObjectName(u"syncWhyGreyed"_s);
    m_why->setWordWrap(true);
    m_whenNew->setObjectName(u"whenNewFiles"_s);
    m_whenNew->addItem(tr("Bring them in when I pause"), true);
    m_whenNew->addItem(tr("Ask me first"), false);
    m_whenNew->setAccessibleName(tr("When teammates' files arrive"));

    auto* teamBox = new QGroupBox(tr("Team"), this);
    auto* teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_setUpTeam);
    teamButtons->addWidget(m_joinTeam);
    teamButtons->addStretch();
    auto* teamLayout = new QVBoxLayout(teamBox);
    teamLayout->addWidget(m_team);
    teamLayout->addLayout(teamButtons);

    auto* folderBox = new QGroupBox(tr("Sync folder"), this);
    auto* chooseFolder = new QPushButton(tr("Choose fo&lder…"), folderBox);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(chooseFolder);
    auto* whenRow = new QHBoxLayout;
    auto* whenLabel = new QLabel(tr("&When teammates' files arrive:"), folderBox);
    whenLabel->setBuddy(m_whenNew);
    whenRow->addWidget(whenLabel);
    whenRow->addWidget(m_whenNew);
    whenRow->addStretch();
    auto* folderLayout = new QVBoxLayout(folderBox);
    folderLayout->addLayout(folderRow);
    folderLayout->addLayout(whenRow);

    auto* exchangeBox = new QGroupBox(tr("Share with your team"), this);
    auto* exchange = new QHBoxLayout;
    for (QPushButton* b : { m_syncNow, m_exportChanges, m_exportAll, m_import, m_importFolder })
        exchange->addWidget(b);
    exchange->addStretch();
    auto* exchangeLayout = new QVBoxLayout(exchangeBox);
    exchangeLayout->addLayout(exchange);
    exchangeLayout->addWidget(m_why);
    exchangeLayout->addWidget(m_report);

    auto* conflictsLayout = new QVBoxLayout(m_conflictsBox);
    conflictsLayout->addWidget(m_conflicts);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(teamBox);
    layout->addWidget(folderBox);
    layout->addWidget(exchangeBox);
    layout->addWidget(m_conflictsBox, 1);

    connect(m_setUpTeam, &QPushButton::clicked, this, &SyncPage::setUpTeam);
    connect(m_joinTeam, &QPushButton::clicked, this, &SyncPage::joinTeam);
    connect(chooseFolder, &QPushButton::clicked, this, &SyncPage::chooseSyncFolder);
    connect(m_syncNow, &QPushButton::clicked, this, [this] { syncNow(); });
    connect(m_whenNew, &QComboBox::activated, this, [this] {
        m_caseload.sync().setImportWhenIdle(m_whenNew->currentData().toBool());
    });
    connect(m_exportChanges, &QPushButton::clicked, this, &SyncPage::exportChanges);
    connect(m_exportAll, &QPushButton::clicked, this, &SyncPage::exportEverything);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::importFiles);
    connect(m_importFolder, &QPushButton::clicked, this, [this] { importFromSyncFolder(); });
    connect(m_conflicts, &ConflictsPane::countChanged, this, [this](int count) {
        m_conflictsBox->setTitle(tr("Conflicts (%1)").arg(count));
        updateReport(); // settling one changes what the report says is waiting
        Q_EMIT conflictCountChanged(count);
    });
    m_conflictsBox->setTitle(tr("Conflicts (%1)").arg(m_conflicts->model()->rowCount()));
    setReport({ tr("Sync now puts what is new on this laptop into the sync folder and brings in your teammates' "
                    "files from it. Nothing is sent anywhere else.") });
    refresh();
}

QString SyncPage::reportText() const
{
    return m_report->text();
}

void SyncPage::setReport(const QStringList& lines)
{
    m_reportLines = lines;
    updateReport();
}

void SyncPage::updateReport()
{
    QStringList lines = m_reportLines;
    if (const QString waiting = SyncSummary::waiting(m_conflicts->model()->rowCount()); !waiting.isEmpty())
        lines.append(waiting);
    m_report->setText(lines.join(u'\n'));
}

QString SyncPage::syncNowDescription()
{
    return tr("Put this laptop's changes in the sync folder and bring in your teammates' new files (Ctrl+E)");
}

bool SyncPage::syncNow(Asked asked)
{
    SyncService& sync = m_caseload.sync();
    const bool quiet = asked == Asked::ByItself;
    if (!sync.hasTeam()) {
        if (!quiet)
            QMessageBox::information(this, tr("Sync now"),
                                     tr("This laptop is not in a team yet: set up a team, or join one, first."));
        return false;
    }
    if (sync.syncFolder().isEmpty()) {
        if (quiet)
            return false;
        QMessageBox::information(this, tr("Sync now"),
                                 tr("Choose the sync folder first: the shared folder where your team's files meet."));
        chooseSyncFolder();
        if (sync.syncFolder().isEmpty())
            return false;
    }
    if (m_working || (quiet ? !sync.isUnlocked() : !ensureUnlocked()))
        return false;
    const QScopedValueRollback working(m_working, true);
    Q_EMIT aboutToSync();
    SyncService::Round round;
    const bool ok = withProgress(this, tr("Syncing…"), tr("Sync now"), [&](const Merger::Progress& progress) {
        return sync.syncNow(sync.syncFolder(), round, progress);
    });
    QStringList lines;
    lines.append(round.exported.isEmpty() ? tr("Nothing new on this laptop to share.")
                                          : tr("Your changes are in the sync folder (%1).").arg(QFileInfo(round.exported).fileName()));
    if (round.imported.imported > 0 || round.imported.alreadyImported > 0)
        lines.append(tr("Brought in %n file(s) from your team.", nullptr, round.imported.imported));
    lines.append(SyncSummary::lines(round.imported.counts));
    lines.append(round.imported.notices);
    if (!ok)
        lines.append(sync.error());
    m_conflicts->reload();
    setReport(lines);
    refresh();
    Q_EMIT synced();
    if (!ok && !quiet)
        QMessageBox::warning(this, tr("Sync now"), sync.error());
    return ok;
}

void SyncPage::refresh()
{
    SyncService& sync = m_caseload.sync();
    const bool inTeam = sync.hasTeam();
    m_team->setText(inTeam ? tr("This laptop is in the team <b>%1</b>. Files are protected with the team passphrase.")
                                 .arg(sync.teamName().toHtmlEscaped())
                           : tr("This laptop is not in a team yet. Set up a team, or join one: <i>Join a team</i> asks "
                                "for your team's shared folder (or a file a teammate gave you), then the team passphrase."));
    if (const QString warning = SyncService::keyMemoryWarning(); !warning.isEmpty())
        m_team->setText(m_team->text() + u"<br>"_s + warning.toHtmlEscaped());
    m_setUpTeam->setVisible(!inTeam);
    m_joinTeam->setVisible(!inTeam);
    const QString folder = sync.syncFolder();
    // A greyed-out button says why, in its tooltip and under the buttons.
    const QString noTeam = tr("Sync and export wait until this laptop is in a team: set up a team, or join one, above.");
    const QString noFolder = tr("Importing from the sync folder needs one: choose it above.");
    for (QPushButton* b : { m_syncNow, m_exportChanges, m_exportAll, m_importFolder })
        explain(b, inTeam ? QString() : noTeam);
    if (inTeam && folder.isEmpty())
        explain(m_importFolder, noFolder);
    m_why->setText(!inTeam ? noTeam : folder.isEmpty() ? noFolder : QString());
    m_why->setVisible(!m_why->text().isEmpty());
    m_whenNew->setCurrentIndex(sync.importWhenIdle() ? 0 : 1);
    m_whenNew->setEnabled(!folder.isEmpty());
    m_folder->setText(folder.isEmpty()
                          ? tr("No sync folder chosen: you choose where each file goes. A sync folder (a shared "
                               "drive, OneDrive, Nextcloud or Syncthing folder) makes exporting and importing one click.")
                          : tr("Files are exported to and imported from %1.").arg(QDir::toNativeSeparators(folder)));
    if (const QString problem = sync.syncFolderProblem(); !problem.isEmpty())
        m_folder->setText(tr("The sync folder chosen before is not used: %1").arg(problem));
}

void SyncPage::explain(QPushButton* button, const QString& why)
{
    if (!button->property("usualTip").isValid())
        button->setProperty("usualTip", button->toolTip());
    button->setEnabled(why.isEmpty());
    button->setToolTip(why.isEmpty() ? button->property("usualTip").toString() : why);
    button->setAccessibleDescription(why);
}

void SyncPage::setUpTeam()
{
    TeamSetupDialog dialog(m_caseload.sync(), this);
    if (dialog.exec() == QDialog::Accepted)
        setReport({ tr("The team %1 is set up. Export everything, and give the file and the passphrase to each "
                       "teammate so their laptops can join.")
                        .arg(m_caseload.sync().teamName()) });
    refresh();
}

void SyncPage::chooseSyncFolder()
{
    const QString start = m_caseload.sync().syncFolder();
    const QString folder = FileDialogs::existingFolder(this, tr("Choose the sync folder"),
                                                             start.isEmpty() ? QDir::homePath() : start);
    if (folder.isEmpty())
        return;
    if (!m_caseload.sync().setSyncFolder(folder))
        QMessageBox::warning(this, tr("Sync folder"), m_caseload.sync().error());
    refresh();
}

bool SyncPage::ensureUnlocked()
{
    SyncService& sync = m_caseload.sync();
    while (!sync.isUnlocked()) {
        bool ok = false;
        const QString label = sync.hasTeam() ? tr("The passphrase of the team %1:").arg(sync.teamName())
                                             : tr("The passphrase of the team you are joining:");
        const QString passphrase = QInputDialog::getText(this, tr("Team passphrase"), label, QLineEdit::Password,
                                                         QString(), &ok);
        if (!ok)
            return false;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool unlocked = sync.unlock(passphrase);
        QApplication::restoreOverrideCursor();
        if (!unlocked)
            QMessageBox::warning(this, tr("Team passphrase"), sync.error());
    }
    refresh(); // says so if the key could not be locked in memory
    return true;
}

void SyncPage::exportChanges()
{
    exportTo(false, m_caseload.sync().syncFolder().isEmpty());
}

void SyncPage::exportEverything()
{
    exportTo(true, m_caseload.sync().syncFolder().isEmpty());
}

void SyncPage::exportTo(bool full, bool askFolder)
{
    SyncService& sync = m_caseload.sync();
    if (!sync.hasTeam()) {
        QMessageBox::information(this, tr("Export"), tr("This laptop is not in a team yet: set up a team, or join one, first."));
        return;
    }
    QString folder = sync.syncFolder();
    if (askFolder) {
        folder = FileDialogs::existingFolder(this, full ? tr("Export everything to") : tr("Export changes to"),
                                             folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                              : folder);
        if (folder.isEmpty())
            return;
    }
    if (!ensureUnlocked())
        return;
    QString path;
    const bool ok = withProgress(this, tr("Exporting…"), tr("Export"), [&](const Merger::Progress& progress) {
        return sync.exportTo(folder, full, &path, progress);
    });
    if (!ok) {
        QMessageBox::warning(this, tr("Export"), sync.error());
        return;
    }
    const bool shared = !sync.syncFolder().isEmpty() && QFileInfo(path).absolutePath() == QFileInfo(sync.syncFolder()).absoluteFilePath();
    setReport({ path.isEmpty() ? tr("Nothing has changed since the last export, so no file was written.")
                : shared       ? tr("Exported to %1, in the sync folder your team shares.").arg(QDir::toNativeSeparators(path))
                               : tr("Exported to %1. Share it with your team; it can only be opened with the "
                                    "team passphrase.")
                                     .arg(QDir::toNativeSeparators(path)) });
    Q_EMIT synced();
}

void SyncPage::importFiles()
{
    const QString start = m_caseload.sync().syncFolder();
    const QStringList paths = FileDialogs::openFiles(
        this, tr("Import sync files"), start.isEmpty() ? QDir::homePath() : start,
        tr("Alongside sync files (*%1)").arg(SyncService::fileSuffix()));
    if (!paths.isEmpty())
        importPaths(paths);
}

void SyncPage::importFromSyncFolder()
{
    const QString folder = m_caseload.sync().syncFolder();
    const QStringList paths = m_caseload.sync().newFilesIn(folder);
    if (paths.isEmpty()) {
        setReport({ tr("There are no new files in %1: everything there has been imported.")
                        .arg(QDir::toNativeSeparators(folder)) });
        return;
    }
    importPaths(paths);
}

bool SyncPage::importPaths(const QStringList& paths, Asked asked)
{
    const bool quiet = asked == Asked::ByItself;
    if (m_working || (quiet ? !m_caseload.sync().isUnlocked() : !ensureUnlocked()))
        return false;
    const QScopedValueRollback working(m_working, true);
    Q_EMIT aboutToSync();
    ImportReport report;
    const bool ok = withProgress(this, tr("Importing…"), tr("Import"), [&](const Merger::Progress& progress) {
        return m_caseload.sync().importFiles(paths, report, progress);
    });
    m_conflicts->reload();
    showReport(report, ok ? QString() : m_caseload.sync().error(), asked);
    refresh();
    Q_EMIT synced();
    return ok;
}

void SyncPage::joinTeam()
{
    JoinTeamDialog dialog(m_caseload.sync(), this);
    const bool joined = dialog.exec() == QDialog::Accepted;
    if (joined) {
        m_conflicts->reload();
        showReport(dialog.report(), dialog.refusals(), Asked::ByCoordinator);
        m_reportLines.prepend(tr("This laptop has joined the team %1.").arg(m_caseload.sync().teamName()));
        updateReport();
    }
    refresh();
    if (joined)
        Q_EMIT synced();
}

void SyncPage::showReport(const ImportReport& report, const QString& problem, Asked asked)
{
    QStringList lines;
    if (report.imported > 0) {
        lines.append(asked == Asked::ByItself
                         ? tr("Brought in %n new file(s) from your team as they arrived.", nullptr, report.imported)
                         : tr("Imported %n file(s).", nullptr, report.imported));
        lines.append(SyncSummary::lines(report.counts));
    }
    lines.append(report.notices);
    if (!problem.isEmpty())
        lines.append(problem);
    setReport(lines);
    if (!problem.isEmpty() && asked == Asked::ByCoordinator)
        QMessageBox::warning(this, tr("Import"), problem);
}

} // namespace alongside
