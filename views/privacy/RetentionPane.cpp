// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/RetentionPane.h"

#include "Caseload.h"
#include "items/RetentionModel.h"
#include "person/EraseDialog.h"
#include "shared/ListViews.h"
#include "shared/ScreenReader.h"
#include "shared/WithProgress.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

RetentionPane::RetentionPane(Caseload& caseload, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_model(new RetentionModel(caseload.retention(), caseload.notifier(), this))
    , m_years(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_eraseChosen(new QPushButton(tr("Erase &chosen…"), this))
    , m_eraseAll(new QPushButton(tr("Erase a&ll…"), this))
{
    setObjectName(u"retentionPane"_s);
    auto* about = new QLabel(tr("How long the team keeps a person's records after archiving them. The period is the "
                                "team's: a change here reaches every laptop at the next sync. People archived for "
                                "longer are listed below for you to erase; nothing is erased until you confirm."),
                             this);
    about->setWordWrap(true);
    m_years->setObjectName(u"retentionYears"_s);
    m_years->setRange(1, RetentionRepository::maximumYears);
    showYears();
    m_years->setKeyboardTracking(false); // one team-wide change when typing "12", not "1" then "12"
    auto* yearsLabel = new QLabel(tr("Keep records &after archiving for:"), this);
    yearsLabel->setBuddy(m_years);
    nameForScreenReaders(m_years, tr("Keep records after archiving for"),
                         tr("Years a person's records are kept after they are archived"));
    if (auto* box = m_years->findChild<QLineEdit*>())
        box->setAccessibleName(tr("Keep records after archiving for"));

    m_view->setObjectName(u"retentionView"_s);
    setUpRowTable(m_view, m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("People archived for longer than the team keeps records"));
    m_view->horizontalHeader()->setSectionResizeMode(RetentionModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RetentionModel::ReasonColumn, QHeaderView::Stretch);
    m_summary->setObjectName(u"retentionSummary"_s);
    m_summary->setWordWrap(true);
    m_open->setObjectName(u"retentionOpen"_s);
    m_open->setToolTip(tr("Open the chosen person's page to check their records before erasing"));
    m_eraseChosen->setObjectName(u"retentionEraseChosen"_s);
    m_eraseAll->setObjectName(u"retentionEraseAll"_s);

    auto* yearsRow = new QHBoxLayout;
    yearsRow->addWidget(yearsLabel);
    yearsRow->addWidget(m_years);
    yearsRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_eraseChosen);
    buttons->addWidget(m_eraseAll);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(yearsRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_years, &QSpinBox::valueChanged, this, &RetentionPane::keepFor);
    connect(m_years, &QSpinBox::valueChanged, this, [this](int years) { m_years->setSuffix(tr(" year(s)", nullptr, years)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RetentionPane::update);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RetentionPane::update);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT openPerson(current.data(RetentionModel::IdRole).toString());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openPerson(index.data(RetentionModel::IdRole).toString());
    });
    connect(m_eraseChosen, &QPushButton::clicked, this, &RetentionPane::eraseChosen);
    connect(m_eraseAll, &QPushButton::clicked, this, &RetentionPane::eraseAll);
    // A teammate's change to the period arrives with a sync.
    connect(&caseload.notifier(), &ChangeNotifier::teamSettingsChanged, this, &RetentionPane::showYears);
    connect(&caseload.notifier(), &ChangeNotifier::peopleReset, this, &RetentionPane::showYears);
    update();
}

void RetentionPane::showYears()
{
    const QSignalBlocker quiet(m_years);
    m_years->setValue(m_caseload.retention().years());
    m_years->setSuffix(tr(" year(s)", nullptr, m_years->value()));
}

void RetentionPane::update()
{
    const int count = m_model->rowCount();
    const QString period = tr("%n year(s)", nullptr, m_caseload.retention().years());
    m_summary->setText(count == 0 ? tr("Nobody has been archived for longer than the team keeps records (%1).").arg(period)
                                  : tr("%n person(s) archived for longer than the team keeps records (%1): their "
                                       "records are due to be erased.", nullptr, count)
                                        .arg(period));
    const int chosen = int(m_view->selectionModel()->selectedRows().size());
    m_open->setEnabled(m_view->currentIndex().isValid());
    m_eraseChosen->setEnabled(chosen > 0);
    m_eraseAll->setEnabled(count > 0);
}

void RetentionPane::keepFor(int years)
{
    if (!m_caseload.retention().setYears(years)) {
        QMessageBox::warning(this, tr("Retention"), m_caseload.retention().error());
        showYears();
        return;
    }
    Q_EMIT done(tr("The team now keeps records %n year(s) after archiving.", nullptr, years));
}

void RetentionPane::eraseChosen()
{
    QStringList ids;
    QStringList names;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows(RetentionModel::NameColumn)) {
        ids.append(row.data(RetentionModel::IdRole).toString());
        names.append(row.data().toString());
    }
    erase(ids, names);
}

void RetentionPane::eraseAll()
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.append(m_model->index(row, RetentionModel::NameColumn).data().toString());
    erase(m_model->ids(), names);
}

void RetentionPane::erase(const QStringList& ids, const QStringList& names)
{
    if (ids.isEmpty())
        return;
    if (ids.size() == 1) {
        EraseDialog dialog(names.constFirst(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    } else {
        const QString phrase = tr("erase %n people", nullptr, int(ids.size()));
        QStringList shown = names.mid(0, 8);
        if (names.size() > shown.size())
            shown.append(tr("and %n more", nullptr, int(names.size() - shown.size())));
        EraseDialog dialog(tr("Erase %n people permanently", nullptr, int(ids.size())),
                           tr("<p>This removes these people and everything about them from this laptop, and from "
                              "every laptop in the team after the next sync: %1. It cannot be undone.</p>"
                              "<p>To erase them, type <b>%2</b>:</p>")
                               .arg(shown.join(u", "_s).toHtmlEscaped(), phrase.toHtmlEscaped()),
                           phrase, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    const bool erased = withProgress(this, tr("Erasing records…"), tr("Retention"), [&](const ProgressCallback& progress) {
        return m_caseload.people().eraseAll(ids, [&](int done, int total) { progress(done, total); });
    });
    if (!erased) {
        QMessageBox::warning(this, tr("Retention"), m_caseload.people().error());
        return;
    }
    Q_EMIT done(tr("Erased the records of %n person(s); the erasure reaches every laptop at the next sync.", nullptr,
                   int(ids.size())));
}

} // namespace alongside
