// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/consent/ConsentBox.h"

#include "Caseload.h"
#include "items/ConsentModel.h"
#include "person/consent/ConsentDialog.h"
#include "person/consent/WithdrawDialog.h"
#include "shared/FlowLayout.h"
#include "shared/UndoScopes.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

ConsentBox::ConsentBox(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QGroupBox(tr("Consent"), parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_model(new ConsentModel(caseload.consent(), caseload.notifier(), this))
    , m_summary(new QLabel(this))
    , m_history(new QListView(this))
    , m_record(new QPushButton(tr("Recor&d consent…"), this))
    , m_withdraw(new QPushButton(tr("Mar&k as withdrawn…"), this))
{
    setObjectName(u"consentBox"_s);
    m_summary->setObjectName(u"consentSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_history->setObjectName(u"consentHistory"_s);
    m_history->setAccessibleName(tr("Consent history"));
    m_history->setModel(m_model);
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setMinimumHeight(m_history->fontMetrics().lineSpacing() * 6);
    m_history->setMaximumHeight(m_history->fontMetrics().lineSpacing() * 12);
    m_record->setObjectName(u"recordConsent"_s);
    m_record->setToolTip(tr("Record that the person gave or refused consent for keeping records, sharing with the team "
                            "or contacting someone named"));
    m_withdraw->setObjectName(u"withdrawConsent"_s);
    m_withdraw->setToolTip(tr("Record that the person withdrew the consent chosen in the history"));
    // The buttons wrap under one another in a narrow column rather than widen the tab.
    auto* buttons = new FlowLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_withdraw);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_history);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &ConsentBox::record);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentBox::withdraw);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConsentBox::update);
    connect(m_history->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConsentBox::update);
    connect(m_history, &QListView::doubleClicked, this, &ConsentBox::withdraw);
    update();
}

void ConsentBox::setPerson(const QString& id)
{
    m_personId = id;
    m_model->setPerson(id);
}

QDate ConsentBox::today() const
{
    return m_caseload.clock().now().toLocalTime().date();
}

void ConsentBox::update()
{
    const bool holds = !m_personId.isEmpty() && m_caseload.consent().records(m_personId).holds;
    QStringList lines;
    for (const QString& line : m_model->summary())
        lines.append(line.toHtmlEscaped());
    if (!m_personId.isEmpty() && !holds) {
        lines.prepend(u"<b style='color:#c0392b'>%1</b>"_s.arg(
            tr("No consent to keep records is recorded. Ask the person, and record what they decide.").toHtmlEscaped()));
    }
    m_summary->setText(lines.join(u"<br>"_s));
    m_summary->setAccessibleName(m_summary->text().remove(QRegularExpression(u"<[^>]*>"_s)));
    m_record->setEnabled(!m_personId.isEmpty());
    m_withdraw->setEnabled(m_history->currentIndex().data(ConsentModel::WithdrawableRole).toBool());
}

void ConsentBox::record()
{
    if (m_personId.isEmpty())
        return;
    ConsentRepository::Decision start;
    start.personId = m_personId;
    // The first thing to ask is whether records may be kept at all.
    start.purpose = m_caseload.consent().records(m_personId).holds ? u"share_team"_s : u"keep_records"_s;
    ConsentDialog dialog(m_caseload.editor().personName(m_personId), start, today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (std::unique_ptr<EditCommand> command = m_caseload.consent().recording(dialog.decision())) {
            UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId), std::move(command), this, tr("Consent"));
            return;
        }
        dialog.showProblem(m_caseload.consent().error());
    }
}

void ConsentBox::withdraw()
{
    const QModelIndex current = m_history->currentIndex();
    if (!current.data(ConsentModel::WithdrawableRole).toBool())
        return;
    const QString id = current.data(ConsentModel::IdRole).toString();
    WithdrawDialog dialog(current.data().toString().section(u'\n', 0, 0), today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (std::unique_ptr<EditCommand> command = m_caseload.consent().withdrawing(id, dialog.date(), dialog.note())) {
            UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId), std::move(command), this, tr("Consent"));
            return;
        }
        dialog.showProblem(m_caseload.consent().error());
    }
}

} // namespace alongside
