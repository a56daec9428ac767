// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DraftsBanner.h"

#include "repositories/DraftRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace alongside {

DraftsBanner::DraftsBanner(DraftRepository& drafts, QWidget* parent)
    : QFrame(parent)
    , m_drafts(drafts)
    , m_label(new QLabel(this))
{
    setObjectName(u"draftsBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setObjectName(u"draftsText"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    auto* dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(u"dismissDrafts"_s);
    dismiss->setToolTip(tr("Hide this list; the unsaved words stay where they are"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString& link) {
        const QString kind = link.section(u':', 0, 0);
        Q_EMIT openRequested(link.section(u':', 1), kind);
    });
}

int DraftsBanner::refresh()
{
    QStringList links;
    QStringList seen;
    for (const DraftRepository::Waiting& w : m_drafts.waiting()) {
        const QString where = w.kind == u"about" ? tr("details", "unsaved words waiting in a person's details")
            : w.kind == u"note"                  ? tr("a note", "unsaved words waiting in a new note")
                                                 : tr("vision", "unsaved words waiting in a person's vision");
        links.append(u"<a href=\"%1:%2\">%3</a> (%4)"_s.arg(w.kind, w.personId, w.personName.toHtmlEscaped(), where));
        if (!seen.contains(w.personId))
            seen.append(w.personId);
    }
    setVisible(!links.isEmpty());
    m_label->setText(tr("Words typed and not yet saved are waiting for: %1. Open each to save it or let it go.")
                         .arg(links.join(u", "_s)));
    return int(seen.size());
}

QString DraftsBanner::text() const
{
    return m_label->text();
}

} // namespace alongside
