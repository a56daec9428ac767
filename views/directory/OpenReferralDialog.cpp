// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/OpenReferralDialog.h"

#include "Caseload.h"
#include "exchange/OpenReferralPreview.h"
#include "shared/FileDialogs.h"
#include "shared/ListViews.h"
#include "shared/ScreenRoom.h"
#include "shared/UndoScopes.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace alongside {

OpenReferralDialog::OpenReferralDialog(Caseload& caseload, QUndoStack& stack, QWidget* parent)
    : QDialog(parent)
    , m_caseload(caseload)
    , m_stack(stack)
    , m_import(caseload.resources(), caseload.editor(), caseload.clock().now().toLocalTime().date())
    , m_preview(new OpenReferralPreview(this))
    , m_path(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_importButton(nullptr)
{
    setWindowTitle(tr("Import from Open Referral"));
    setObjectName(u"openReferralDialog"_s);
    m_path->setObjectName(u"openReferralFile"_s);
    m_path->setPlaceholderText(tr("An Open Referral UK file (.json) from the local directory"));
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    m_path->setAccessibleName(tr("Open Referral file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"openReferralBrowse"_s);
    browse->setAccessibleName(tr("Choose the Open Referral file"));
    m_summary->setObjectName(u"openReferralSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose a file to see what it would add and change before anything is written."));
    m_view->setObjectName(u"openReferralPreview"_s);
    setUpRowTable(m_view, m_preview);
    m_view->setTabKeyNavigation(false); // only to read: Tab goes on to Import
    m_view->setAccessibleName(tr("What the import will do"));
    m_view->horizontalHeader()->setSectionResizeMode(OpenReferralPreview::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(OpenReferralPreview::ActionColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OpenReferralPreview::DetailsColumn, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_importButton = buttons->button(QDialogButtonBox::Ok);
    m_importButton->setText(tr("&Import"));
    m_importButton->setObjectName(u"openReferralImport"_s);
    m_importButton->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"openReferralCancel"_s);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    // In reading order: the file, Browse, then what the file would do.
    setTabOrder(m_path, browse);
    setTabOrder(browse, m_view);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &OpenReferralDialog::choose);
    // A path typed or pasted is read when Return is pressed or the box is left; Return
    // then shows what the file would do, and a second Return imports it.
    const auto readTyped = [this] {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (path.isEmpty() || path == m_loaded)
            return false;
        load(path);
        return true;
    };
    connect(m_path, &QLineEdit::returnPressed, this, [this, readTyped] { m_previewedByReturn = readTyped(); });
    connect(m_path, &QLineEdit::editingFinished, this, readTyped);
    resizeWithinScreen(this, QSize(860, 520));
}

void OpenReferralDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && std::exchange(m_previewedByReturn, false)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void OpenReferralDialog::choose()
{
    const QString start
        = m_loaded.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_loaded;
    const QString path = FileDialogs::openFile(
        this, tr("Open Referral file"), start, tr("Open Referral files (*.json);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

bool OpenReferralDialog::load(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_loaded = path;
    const bool read = m_import.read(path);
    m_preview->setItems(m_import.items());
    m_importButton->setEnabled(read && m_import.hasChanges());
    if (!read) {
        m_summary->setText(m_import.error());
        return false;
    }
    const OpenReferralImport::Counts c = m_import.counts();
    //: The preview of an import: how many services of each sort.
    QString text = tr("%1 to add, %2 to change, %3 unchanged, %4 skipped.")
                       .arg(c.added)
                       .arg(c.changed)
                       .arg(c.unchanged)
                       .arg(c.skipped);
    if (!m_import.hasChanges())
        text += u' ' + tr("Nothing to import: the directory already has all of it.");
    m_summary->setText(text);
    if (m_preview->rowCount() > 0)
        m_view->setCurrentIndex(m_preview->index(0, 0));
    return true;
}

void OpenReferralDialog::accept()
{
    if (!m_import.hasChanges())
        return;
    const OpenReferralImport::Counts c = m_import.counts();
    if (!UndoScopes::push(m_caseload.editor(), m_stack, m_import.applying(), this, windowTitle()))
        return;
    m_outcome = tr("Added %1 and changed %2 resources from Open Referral.").arg(c.added).arg(c.changed);
    QDialog::accept();
}

} // namespace alongside
