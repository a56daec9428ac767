// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/notes/NoteDelegate.h"

#include "items/NotesModel.h"

#include <QApplication>
#include <QPainter>

namespace alongside {

namespace {
QFont headingFont(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}
} // namespace

QSize NoteDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = std::max(100, option.rect.width() > 0 ? option.rect.width() : 400) - 2 * margin;
    const QFontMetrics heading(headingFont(option.font));
    const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                       index.data(NotesModel::TextRole).toString());
    return { width + 2 * margin, heading.height() + text.height() + 3 * margin };
}

void NoteDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    const QFont heading = headingFont(option.font);
    painter->setFont(heading);
    const int headingHeight = QFontMetrics(heading).height();
    painter->drawText(QRect(area.left(), area.top(), area.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(NotesModel::HeadingRole).toString());
    painter->setFont(option.font);
    painter->drawText(area.adjusted(0, headingHeight + margin, 0, 0), Qt::TextWordWrap,
                      index.data(NotesModel::TextRole).toString());
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace alongside
