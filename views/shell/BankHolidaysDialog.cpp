// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/BankHolidaysDialog.h"

#include "dates/DateText.h"
#include "shared/FileDialogs.h"
#include "shared/FormProblem.h"
#include "shared/ScreenRoom.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

BankHolidaysDialog::BankHolidaysDialog(HolidaySettings& settings, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_today(today)
    , m_choice(settings.choice())
    , m_nation(new QComboBox(this))
    , m_list(new QLabel(this))
    , m_moves(new QCheckBox(tr("&Move reviews that fall on a weekend or bank holiday to the next working day"), this))
    , m_import(new QPushButton(tr("&Import a newer list…"), this))
    , m_builtIn(new QPushButton(tr("Use the &built-in list"), this))
    , m_problem(makeProblemLabel(this, "bankHolidaysProblem"))
{
    setWindowTitle(tr("Bank holidays"));
    setObjectName(u"bankHolidaysDialog"_s);
    auto* about = new QLabel(tr("Reviews and plan steps due on a weekend or a bank holiday are marked as such. The "
                                "bank holidays come from GOV.UK's list; import a newer copy of it when GOV.UK adds a "
                                "year or a new bank holiday is proclaimed."),
                             this);
    about->setWordWrap(true);

    for (Calendar::Nation nation : BankHolidayList::nations)
        m_nation->addItem(BankHolidayList::nationName(nation), int(nation));
    m_nation->setCurrentIndex(std::max(0, m_nation->findData(int(m_choice.nation))));
    m_nation->setObjectName(u"bankHolidaysNation"_s);
    m_nation->setAccessibleName(tr("Bank holidays of"));
    m_nation->setAccessibleDescription(tr("Which nation's bank holidays apply on this laptop"));

    m_list->setObjectName(u"bankHolidaysList"_s);
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setAccessibleName(tr("The list in use"));
    auto* estimated = new QLabel(tr("Bank holidays in other years are estimated from the usual rules, and marked "
                                    "“estimated” wherever they are shown."),
                                 this);
    estimated->setWordWrap(true);
    auto* licence = new QLabel(tr("Contains public sector information licensed under the Open Government Licence v3.0."),
                               this);
    licence->setWordWrap(true);
    licence->setEnabled(false);

    m_import->setObjectName(u"importBankHolidays"_s);
    m_import->setAccessibleName(tr("Import a newer list of bank holidays"));
    m_import->setToolTip(tr("Choose a copy of bank-holidays.json downloaded from www.gov.uk/bank-holidays.json"));
    m_builtIn->setObjectName(u"builtInBankHolidays"_s);
    m_builtIn->setAccessibleName(tr("Use the list of bank holidays built into Alongside"));
    m_moves->setObjectName(u"moveReviews"_s);
    m_moves->setAccessibleName(m_moves->text().remove(u'&'));
    m_moves->setChecked(m_choice.movesReviews);

    auto* form = new QFormLayout;
    form->addRow(tr("&Nation:"), m_nation);
    form->addRow(tr("List in use:"), m_list);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_import);
    listButtons->addWidget(m_builtIn);
    listButtons->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addLayout(listButtons);
    layout->addWidget(estimated);
    layout->addWidget(m_moves);
    layout->addWidget(licence);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Reading order for the keyboard: the nation, the list's buttons, how reviews fall.
    setTabOrder(m_nation, m_import);
    setTabOrder(m_import, m_builtIn);
    setTabOrder(m_builtIn, m_moves);

    connect(m_import, &QPushButton::clicked, this, &BankHolidaysDialog::chooseFile);
    connect(m_builtIn, &QPushButton::clicked, this, &BankHolidaysDialog::useBuiltIn);
    connect(buttons, &QDialogButtonBox::accepted, this, &BankHolidaysDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showList();
    resizeWithinScreen(this, QSize(560, sizeHint().height()));
}

void BankHolidaysDialog::showList()
{
    const BankHolidayList& list = m_choice.imported ? *m_choice.imported : BankHolidayList::builtIn();
    const QString first = QString::number(list.firstYear());
    const QString last = QString::number(list.lastYear());
    if (!m_choice.imported)
        m_list->setText(tr("Built into Alongside: GOV.UK's list for %1 to %2.").arg(first, last));
    else if (!m_chosenFile.isEmpty())
        m_list->setText(tr("From %1: GOV.UK's list for %2 to %3, used once you save.").arg(m_chosenFile, first, last));
    else
        m_list->setText(tr("Imported on %1: GOV.UK's list for %2 to %3.").arg(DateText::format(m_choice.importedOn), first, last));
    m_builtIn->setEnabled(m_choice.imported.has_value());
}

void BankHolidaysDialog::showRefusal(const QString& problem)
{
    showProblem(m_problem, problem);
    // Taller by the sentence, so nothing above it is squeezed out of sight.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

void BankHolidaysDialog::chooseFile()
{
    const QString path = FileDialogs::openFile(this, tr("Import a newer list of bank holidays"), QDir::homePath(),
                                               tr("GOV.UK bank holidays (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool BankHolidaysDialog::importFile(const QString& path)
{
    const QFileInfo info(path);
    QFile file(path);
    // Only an ordinary file: a pipe or a device would never end.
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        showRefusal(tr("%1 could not be read: choose the bank-holidays.json downloaded from "
                       "www.gov.uk/bank-holidays.json.")
                        .arg(info.fileName()));
        return false;
    }
    // One byte more than a list can be is enough to refuse a file that is too large.
    std::optional<BankHolidayList> list = m_settings.readList(file.read(BankHolidayList::largestFile + 1));
    if (!list) {
        showRefusal(m_settings.error());
        return false;
    }
    m_problem->hide();
    m_choice.imported = std::move(list);
    m_choice.importedOn = m_today;
    m_chosenFile = info.fileName();
    showList();
    return true;
}

void BankHolidaysDialog::useBuiltIn()
{
    m_choice.imported.reset();
    m_chosenFile.clear();
    showList();
    m_nation->setFocus();
}

void BankHolidaysDialog::accept()
{
    m_choice.nation = Calendar::Nation(m_nation->currentData().toInt());
    m_choice.movesReviews = m_moves->isChecked();
    if (!m_settings.save(m_choice)) {
        showRefusal(m_settings.error());
        return;
    }
    QDialog::accept();
}

} // namespace alongside
