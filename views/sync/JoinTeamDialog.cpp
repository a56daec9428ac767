// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/JoinTeamDialog.h"

#include "shared/FileDialogs.h"
#include "shared/WithProgress.h"
#include "sync/SyncService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

JoinTeamDialog::JoinTeamDialog(SyncService& sync, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_where(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("Join a team"));
    auto* intro = new QLabel(tr("Your team's files meet in a shared folder (a shared drive, or a OneDrive, Nextcloud "
                                "or Syncthing folder). Choose that folder, or a file a teammate gave you, then type "
                                "the team passphrase they told you."),
                             this);
    intro->setWordWrap(true);
    m_where->setObjectName(u"joinWhere"_s);
    m_where->setPlaceholderText(tr("the shared folder, or a sync file"));
    const QString suggestedFolder = sync.syncFolder();
    m_where->setText(QDir::toNativeSeparators(suggestedFolder));
    auto* folder = new QPushButton(tr("Choose &folder…"), this);
    folder->setObjectName(u"joinChooseFolder"_s);
    auto* file = new QPushButton(tr("Choose a fi&le…"), this);
    file->setObjectName(u"joinChooseFile"_s);
    m_passphrase->setObjectName(u"joinPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(u"joinProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto* pick = new QHBoxLayout;
    pick->addStretch();
    pick->addWidget(folder);
    pick->addWidget(file);
    auto* form = new QFormLayout;
    auto* whereLabel = new QLabel(tr("&Team files:"), this);
    whereLabel->setBuddy(m_where);
    form->addRow(whereLabel, m_where);
    form->addRow(QString(), pick);
    form->addRow(tr("Team &passphrase:"), m_passphrase);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Join"));
    m_ok->setObjectName(u"joinButton"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    // In reading order: where, its two buttons, then the passphrase.
    setTabOrder(m_where, folder);
    setTabOrder(folder, file);
    setTabOrder(file, m_passphrase);

    connect(folder, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialogs::existingFolder(this, tr("The folder with your team's files"),
                                                           where().isEmpty() ? QDir::homePath() : where());
        if (!chosen.isEmpty())
            setWhere(chosen);
    });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialogs::openFile(this, tr("A sync file from a teammate"),
                                                     where().isEmpty() ? QDir::homePath() : where(),
                                                     tr("Alongside sync files (*%1)").arg(SyncService::fileSuffix()));
        if (!chosen.isEmpty())
            setWhere(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &JoinTeamDialog::tryToJoin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_where, &QLineEdit::textChanged, this, &JoinTeamDialog::updateButton);
    connect(m_passphrase, &QLineEdit::textChanged, this, &JoinTeamDialog::updateButton);
    updateButton();
    (suggestedFolder.isEmpty() ? m_where : m_passphrase)->setFocus();
}

QString JoinTeamDialog::where() const
{
    return QDir::fromNativeSeparators(m_where->text().trimmed());
}

void JoinTeamDialog::setWhere(const QString& folderOrFile)
{
    m_where->setText(QDir::toNativeSeparators(folderOrFile));
    m_passphrase->setFocus();
}

void JoinTeamDialog::setPassphrase(const QString& passphrase)
{
    m_passphrase->setText(passphrase);
}

QString JoinTeamDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void JoinTeamDialog::updateButton()
{
    m_ok->setEnabled(!where().isEmpty() && !m_passphrase->text().isEmpty());
    m_ok->setToolTip(m_ok->isEnabled() ? QString() : tr("Choose where your team's files are and type the passphrase first"));
}

void JoinTeamDialog::tryToJoin()
{
    QString passphrase = m_passphrase->text();
    // Cleared before the try: a wrong one is typed again, never kept.
    m_passphrase->clear();
    const QString problem = join(where(), passphrase);
    passphrase.fill(u' ');
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_problem->setText(problem);
    m_problem->show();
    adjustSize(); // room for the reason
    m_passphrase->setFocus();
}

QString JoinTeamDialog::join(const QString& where, const QString& passphrase)
{
    const QFileInfo info(where);
    QStringList paths;
    if (info.isDir()) {
        if (!m_sync.setSyncFolder(where))
            return m_sync.error();
        paths = m_sync.newFilesIn(where);
        if (paths.isEmpty())
            return tr("There are no team files in %1 yet: ask a teammate to press Sync now, or choose a file they gave you.")
                .arg(QDir::toNativeSeparators(where));
    } else if (info.isFile()) {
        paths = { where };
    } else {
        return tr("%1 cannot be found: choose the folder or file again.").arg(QDir::toNativeSeparators(where));
    }
    if (!m_sync.unlock(passphrase))
        return m_sync.error();
    m_report = {};
    const bool ok = withProgress(this, tr("Joining…"), tr("Join a team"), [&](const ProgressCallback& progress) {
        return m_sync.importFiles(paths, m_report, progress);
    });
    if (!m_sync.hasTeam()) {
        // A wrong passphrase is forgotten as soon as it fails to open the first file.
        const bool wrongPassphrase = !m_sync.isUnlocked();
        m_sync.lock(); // nothing kept from a failed try
        return wrongPassphrase ? tr("That passphrase does not open your team's files. Check it with your team and "
                                    "type it again.")
                               : m_sync.error();
    }
    m_refusals = ok ? QString() : m_sync.error();
    return {};
}

} // namespace alongside
