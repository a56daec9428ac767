// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenReferralPreview.h"

#include "schema/Tables.h"
#include "schema/Vocabularies.h"

using namespace Qt::StringLiterals;

namespace alongside {

OpenReferralPreview::OpenReferralPreview(QObject* parent) : QAbstractTableModel(parent)
{ }

void OpenReferralPreview::setItems(const QList<OpenReferralImport::Item>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

QString OpenReferralPreview::actionLabel(OpenReferralImport::Action action)
{
    switch (action) {
    case OpenReferralImport::Action::Add:
        //: What an import does with a service: it becomes a new resource.
        return tr("Add");
    case OpenReferralImport::Action::Change:
        //: What an import does with a service: it changes the resource it matches.
        return tr("Change");
    case OpenReferralImport::Action::Unchanged:
        return tr("Unchanged");
    case OpenReferralImport::Action::Skip:
        break;
    }
    //: What an import does with a service: nothing, for the reason given beside it.
    return tr("Skip");
}

QString OpenReferralPreview::details(const OpenReferralImport::Item& item)
{
    switch (item.action) {
    case OpenReferralImport::Action::Add:
        return tr("New: %1").arg(Vocabularies::label(Vocabularies::Kind::ResourceKind, item.after.kind));
    case OpenReferralImport::Action::Change: {
        QStringList labels;
        for (const QString& field : item.fields)
            labels.append(Tables::fieldLabel(u"resource"_s, field));
        const QString fields = Vocabularies::joinList(labels);
        if (item.match == OpenReferralImport::Match::ByNameAndPostcode)
            //: %1 lists the fields that change ("Phone, E-mail").
            return tr("%1 (found by name and postcode)").arg(fields);
        return fields;
    }
    case OpenReferralImport::Action::Unchanged:
        return item.match == OpenReferralImport::Match::ByNameAndPostcode ? tr("Found by name and postcode")
                                                                          : QString();
    case OpenReferralImport::Action::Skip:
        break;
    }
    return item.reason;
}

int OpenReferralPreview::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OpenReferralPreview::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenReferralPreview::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        //: A column of the import preview: the service's name in the file.
        return tr("Service");
    case ActionColumn:
        return tr("What happens");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QVariant OpenReferralPreview::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpenReferralImport::Item& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return item.after.name;
        case ActionColumn:
            return actionLabel(item.action);
        case DetailsColumn:
            return details(item);
        default:
            return {};
        }
    case ActionRole:
        return int(item.action);
    case ServiceIdRole:
        return item.serviceId;
    default:
        return {};
    }
}

} // namespace alongside
