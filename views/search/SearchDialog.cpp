// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchDialog.h"
#include "shared/ScreenReader.h"
#include "shared/ScreenRoom.h"

#include "Caseload.h"
#include "items/SearchModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
constexpr int pauseMs = 250; // search once typing pauses
}

SearchDialog::SearchDialog(Caseload& caseload, QWidget* parent)
    : QDialog(parent)
    , m_model(new SearchModel(caseload.search(), this))
    , m_search(new QLineEdit(this))
    , m_results(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_pause(new QTimer(this))
{
    setWindowTitle(tr("Search everything"));
    m_search->setObjectName(u"searchEverything"_s);
    m_search->setPlaceholderText(tr("Words from notes, goals, profiles, circles or connections, for example allotment"));
    m_search->setAccessibleName(tr("Search everything"));
    enableNamedClearButton(m_search);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setAccessibleName(tr("What was found, by person"));
    m_results->setUniformRowHeights(true);
    m_summary->setObjectName(u"searchSummary"_s);
    m_summary->setText(tr("Type a word or two. Accents and capitals do not matter."));
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    resizeWithinScreen(this, QSize(620, 460));

    connect(m_search, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_model->rowCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
        }
    });
    connect(m_results, &QTreeView::activated, this, &SearchDialog::open);
}

void SearchDialog::searchNow()
{
    m_pause->stop();
    if (m_search->text() == m_model->text())
        return;
    m_model->setText(m_search->text());
    m_results->expandAll();
    if (m_search->text().trimmed().isEmpty())
        m_summary->setText(tr("Type a word or two. Accents and capitals do not matter."));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("Nothing found for “%1”. Try fewer words, or the start of a word.").arg(m_search->text().trimmed()));
    else
        m_summary->setText(tr("Found %1 about %n person(s). Press Return on one to open it.", nullptr, m_model->rowCount())
                               .arg(tr("%n thing(s)", nullptr, m_model->hitCount())));
}

void SearchDialog::open(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    Q_EMIT openPerson(index.data(SearchModel::PersonIdRole).toString(), index.data(SearchModel::KindRole).toString());
    accept();
}

} // namespace alongside
