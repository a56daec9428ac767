// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviews/CalendarExportDialog.h"

#include "Caseload.h"
#include "exchange/CalendarExport.h"
#include "shared/FileDialogs.h"
#include "shared/ScreenRoom.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// Documents, or home on a laptop that has no Documents folder.
QString documents()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}
} // namespace

CalendarExportDialog::CalendarExportDialog(Caseload& caseload, QWidget* parent)
    : QDialog(parent)
    , m_caseload(caseload)
    , m_oneFile(new QRadioButton(tr("One calendar &file"), this))
    , m_folder(new QRadioButton(tr("A calendar for each &person, in a folder"), this))
    , m_whose(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Export calendar"));
    setObjectName(u"calendarExportDialog"_s);
    m_oneFile->setObjectName(u"calendarOneFile"_s);
    m_folder->setObjectName(u"calendarFolder"_s);
    m_oneFile->setChecked(true);
    m_whose->setObjectName(u"calendarWhose"_s);
    const SiteRepository::Site site = caseload.site().site();
    m_whose->addItem(tr("My people, and people with no coordinator yet"), site.coordinatorId);
    for (const SiteRepository::Coordinator& c : caseload.site().coordinators()) {
        if (c.id != site.coordinatorId)
            //: Whose people's dates go in the calendar: %1 is a teammate's name.
            m_whose->addItem(tr("%1's people, and people with no coordinator yet").arg(c.name), c.id);
    }
    m_whose->addItem(tr("Everyone's"), QString());
    m_whose->setAccessibleDescription(tr("Whose reviews and steps go in the calendar"));
    m_path->setObjectName(u"calendarPath"_s);
    m_path->setAccessibleName(tr("Where to save the calendar"));
    m_path->setText(QDir::toNativeSeparators(documents() + u'/' + tr("Reviews and steps.ics")));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(u"calendarChoose"_s);
    choose->setAccessibleName(tr("Choose where to save the calendar"));
    auto* note = new QLabel(tr("Each review, step and goal target becomes an all-day event, marked private. The "
                               "calendar holds people's names and the words of their steps and goals, but no notes: "
                               "keep it where only you can read it. Export again to bring a calendar up to date; the "
                               "events are updated, not repeated."),
        this);
    note->setObjectName(u"calendarNote"_s);
    note->setWordWrap(true);
    m_problem->setObjectName(u"calendarProblem"_s);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(choose);
    auto* form = new QFormLayout;
    auto* write = new QVBoxLayout;
    write->addWidget(m_oneFile);
    write->addWidget(m_folder);
    form->addRow(tr("Write:"), write);
    auto* whoseLabel = new QLabel(tr("&Whose:"), this);
    whoseLabel->setBuddy(m_whose);
    form->addRow(whoseLabel, m_whose);
    auto* whereLabel = new QLabel(tr("&Save in:"), this);
    whereLabel->setBuddy(m_path);
    form->addRow(whereLabel, where);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"calendarExport"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"calendarCancel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &CalendarExportDialog::choosePlace);
    connect(m_folder, &QRadioButton::toggled, this, &CalendarExportDialog::modeChanged);
    resizeWithinScreen(this, QSize(640, sizeHint().height()));
}

void CalendarExportDialog::modeChanged()
{
    // The suggestion follows the choice, unless the coordinator has chosen a place.
    const QString file = QDir::toNativeSeparators(documents() + u'/' + tr("Reviews and steps.ics"));
    const QString folder = QDir::toNativeSeparators(documents() + u'/' + tr("Calendars"));
    if (m_folder->isChecked() && m_path->text() == file)
        m_path->setText(folder);
    else if (m_oneFile->isChecked() && m_path->text() == folder)
        m_path->setText(file);
}

void CalendarExportDialog::choosePlace()
{
    const QString start = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString chosen = m_folder->isChecked()
        ? FileDialogs::existingFolder(this, tr("Folder for the calendars"), start)
        : FileDialogs::saveFile(this, tr("Save the calendar"), start, tr("Calendars (*.ics)"));
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (m_oneFile->isChecked() && !path.endsWith(u".ics"_s, Qt::CaseInsensitive))
        path += u".ics"_s;
    m_path->setText(QDir::toNativeSeparators(path));
}

void CalendarExportDialog::accept()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_problem->setText(tr("Choose where to save the calendar."));
        m_problem->show();
        m_path->setFocus();
        return;
    }
    CalendarExport calendar(m_caseload.database(), m_caseload.clock());
    calendar.setCoordinator(m_whose->currentData().toString());
    const bool folder = m_folder->isChecked();
    if (!(folder ? calendar.writeFolder(path) : calendar.writeFile(path))) {
        m_problem->setText(calendar.error());
        m_problem->show();
        m_path->setFocus();
        return;
    }
    // Written: a failure to note it is reported by the main window, which listens to the log.
    m_caseload.audit().record(AuditLog::Action::ExportedCalendar, {}, u"events: %1"_s.arg(calendar.events()));
    const QString events = tr("%n event(s)", nullptr, calendar.events());
    m_outcome = folder
        ? tr("Wrote %1 in %n calendar(s) to %2.", nullptr, calendar.files()).arg(events, QDir::toNativeSeparators(path))
        : tr("Wrote %1 to %2.").arg(events, QDir::toNativeSeparators(path));
    QDialog::accept();
}

} // namespace alongside
