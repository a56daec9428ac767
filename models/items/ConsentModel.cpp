// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentModel.h"

#include "dates/DateText.h"
#include "schema/Vocabularies.h"
#include "storage/ChangeNotifier.h"

using namespace Qt::StringLiterals;

namespace alongside {

ConsentModel::ConsentModel(ConsentRepository& repository, ChangeNotifier& notifier, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    const auto mine = [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    };
    connect(&notifier, &ChangeNotifier::consentChanged, this, mine);
    connect(&notifier, &ChangeNotifier::personChanged, this, mine); // the old single date
    connect(&notifier, &ChangeNotifier::peopleReset, this, &ConsentModel::reload);
}

void ConsentModel::setPerson(const QString& personId)
{
    m_personId = personId;
    reload();
}

void ConsentModel::reload()
{
    beginResetModel();
    m_history.clear();
    m_current.clear();
    m_legacy.reset();
    if (!m_personId.isEmpty()) {
        m_history = m_repository.history(m_personId);
        for (const ConsentRepository::Decision& d : m_repository.current(m_personId))
            m_current.append(d.id);
        m_legacy = m_repository.legacy(m_personId);
    }
    endResetModel();
}

QStringList ConsentModel::summary() const
{
    QStringList lines;
    bool records = false;
    for (const ConsentRepository::Decision& d : m_history) {
        if (!m_current.contains(d.id))
            continue;
        records = records || d.purpose == u"keep_records";
        QString purpose = Vocabularies::label(Vocabularies::Kind::ConsentPurpose, d.purpose);
        if (d.purpose == u"contact_others")
            purpose = tr("Contacting %1").arg(d.named);
        const QString state = d.withdrawnOn.isValid() ? tr("withdrawn %1").arg(DateText::format(d.withdrawnOn))
            : d.decision == u"given"                  ? tr("given %1").arg(DateText::format(d.decidedOn))
                                                      : tr("refused %1").arg(DateText::format(d.decidedOn));
        //: %1 what the consent is for, %2 its state, such as "given 3 May 2025"
        lines.append(tr("%1: %2").arg(purpose, state));
    }
    if (!records && m_legacy) // with neither, the page flags that there is no consent to keep records
        lines.prepend(tr("Keeping records: given %1 (recorded before consent by purpose)").arg(DateText::format(m_legacy->on)));
    return lines;
}

int ConsentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.size()) + (m_legacy ? 1 : 0);
}

QString ConsentModel::describe(const ConsentRepository::Decision& d, bool current) const
{
    QString purpose = Vocabularies::label(Vocabularies::Kind::ConsentPurpose, d.purpose);
    if (d.purpose == u"contact_others")
        purpose = tr("Contacting %1").arg(d.named);
    QString first = d.decision == u"given" ? tr("%1: given %2").arg(purpose, DateText::format(d.decidedOn))
                                           : tr("%1: refused %2").arg(purpose, DateText::format(d.decidedOn));
    if (!d.how.isEmpty())
        first += u", "_s + Vocabularies::label(Vocabularies::Kind::ConsentHow, d.how).toLower();
    first += u", "_s + (d.givenBy.isEmpty() ? tr("by the person") : tr("by %1").arg(d.givenBy));
    first += u' ' + (!current ? tr("(replaced by a later decision)") : d.holds() ? tr("(holds now)") : tr("(holds now: no consent)"));
    QStringList lines { first };
    if (d.withdrawnOn.isValid()) {
        lines.append(d.withdrawnNote.isEmpty() ? tr("Withdrawn %1").arg(DateText::format(d.withdrawnOn))
                                               : tr("Withdrawn %1: %2").arg(DateText::format(d.withdrawnOn), d.withdrawnNote));
    }
    if (!d.note.isEmpty())
        lines.append(d.note);
    if (!d.recordedByName.isEmpty())
        lines.append(tr("Recorded by %1").arg(d.recordedByName));
    return lines.join(u'\n');
}

QVariant ConsentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_history.size()) { // the single date recorded before purposes
        switch (role) {
        case Qt::DisplayRole: {
            QString text = tr("Consent recorded %1, before consent by purpose; it counts as consent to keep records "
                              "until a decision about keeping records is recorded")
                               .arg(DateText::format(m_legacy->on));
            if (!m_legacy->note.isEmpty())
                text += u'\n' + m_legacy->note;
            return text;
        }
        case PurposeRole:
            return u"keep_records"_s;
        case HoldsRole:
        case CurrentRole:
            return m_repository.records(m_personId).legacy;
        case WithdrawableRole:
            return false;
        case IdRole:
            return QString();
        default:
            return {};
        }
    }
    const ConsentRepository::Decision& d = m_history.at(index.row());
    const bool current = m_current.contains(d.id);
    switch (role) {
    case Qt::DisplayRole:
        return describe(d, current);
    case Qt::ToolTipRole:
        return d.note;
    case IdRole:
        return d.id;
    case PurposeRole:
        return d.purpose;
    case HoldsRole:
        return current && d.holds();
    case CurrentRole:
        return current;
    case WithdrawableRole:
        return d.holds();
    default:
        return {};
    }
}

} // namespace alongside
