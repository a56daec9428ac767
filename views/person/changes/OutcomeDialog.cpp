// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/changes/OutcomeDialog.h"

#include "dates/DateText.h"
#include "schema/Vocabularies.h"
#include "shared/Focus.h"
#include "shared/FormProblem.h"
#include "shared/ScreenRoom.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

OutcomeDialog::OutcomeDialog(const OutcomeRepository::Story& story, const QList<OutcomeRepository::Relatable>& relatable,
                             QDate today, QWidget* parent)
    : QDialog(parent)
    , m_story(story)
    , m_date(new QLineEdit(DateText::format(story.occurredOn.isValid() ? story.occurredOn : today), this))
    , m_text(new QPlainTextEdit(story.story, this))
    , m_without(new QComboBox(this))
    , m_related(new QListWidget(this))
    , m_problem(makeProblemLabel(this, "outcomeProblem"))
{
    setWindowTitle(story.id.isEmpty() ? tr("What changed") : tr("Outcome story"));
    m_date->setObjectName(u"outcomeDate"_s);
    m_date->setPlaceholderText(tr("day/month/year"));
    m_text->setObjectName(u"outcomeStory"_s);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What changed, in the person's own words where you can: \"I go to the choir every week "
                                  "and I've made friends there.\""));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);

    // What would likely have happened without: common answers to choose, or the coordinator's own.
    m_without->setObjectName(u"outcomeWithout"_s);
    m_without->setEditable(true);
    m_without->setInsertPolicy(QComboBox::NoInsert);
    m_without->addItem(QString());
    for (const QString& likely : { tr("Eviction"), tr("A hospital admission"), tr("A crisis"), tr("A care package"),
                                   tr("Isolation"), tr("Losing their job"), tr("Debt getting worse") })
        m_without->addItem(likely);
    m_without->setEditText(story.likelyWithout);
    m_without->lineEdit()->setPlaceholderText(tr("Choose or type: eviction, a hospital admission…"));

    auto* kinds = new QGroupBox(tr("&Kinds of change"), this);
    kinds->setObjectName(u"outcomeKinds"_s);
    auto* grid = new QGridLayout(kinds);
    const QStringList keys = Vocabularies::keys(Vocabularies::Kind::OutcomeCategory);
    for (int i = 0; i < keys.size(); ++i) {
        auto* box = new QCheckBox(Vocabularies::label(Vocabularies::Kind::OutcomeCategory, keys.at(i)), kinds);
        box->setObjectName(u"outcome_"_s + keys.at(i));
        box->setProperty("key", keys.at(i));
        box->setChecked(story.categories.contains(keys.at(i)));
        grid->addWidget(box, i / 2, i % 2);
        m_categories.append(box);
    }

    m_related->setObjectName(u"outcomeRelated"_s);
    m_related->setAccessibleName(tr("Goals and connections it came from"));
    for (const OutcomeRepository::Relatable& r : relatable) {
        auto* item = new QListWidgetItem(r.table == u"goal" ? tr("Goal: %1").arg(r.title) : tr("Connection: %1").arg(r.title),
                                         m_related);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(story.related.contains(r.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_related->setFixedHeight(m_related->fontMetrics().lineSpacing() * std::clamp(int(relatable.size()), 2, 5) + 12);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&When:"), m_date);
    form->addRow(tr("Wh&at changed:"), m_text);
    form->addRow(tr("&Likely without:"), m_without);
    auto* relatedLabel = new QLabel(tr("&Came from:"), this);
    relatedLabel->setBuddy(m_related);
    if (relatable.isEmpty()) {
        m_related->hide();
        relatedLabel->hide();
    } else {
        form->addRow(relatedLabel, m_related);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    confirmWithCtrlReturn(buttons); // Enter starts a new line in the story
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(kinds);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeWithinScreen(this, QSize(620, sizeHint().height()));
}

void OutcomeDialog::showProblem(const QString& problem)
{
    alongside::showProblem(m_problem, problem);
}

// The repository checks the rest (a story, a kind, a date not to come) and the tab shows
// its reason here with showProblem().
void OutcomeDialog::accept()
{
    QDate on;
    if (!readDateField(m_date, m_problem, &on))
        return;
    OutcomeRepository::Story s = m_story;
    s.occurredOn = on;
    s.story = m_text->toPlainText().trimmed();
    s.likelyWithout = m_without->currentText().trimmed();
    s.categories.clear();
    for (const QCheckBox* box : std::as_const(m_categories)) {
        if (box->isChecked())
            s.categories.append(box->property("key").toString());
    }
    // The goals and connections ticked, and any the story named that are gone since (the
    // list no longer shows them, and they are not the coordinator's to drop by pressing OK).
    QStringList listed;
    s.related.clear();
    for (int i = 0; i < m_related->count(); ++i) {
        const QString id = m_related->item(i)->data(Qt::UserRole).toString();
        listed.append(id);
        if (m_related->item(i)->checkState() == Qt::Checked)
            s.related.append(id);
    }
    for (const QString& id : m_story.related) {
        if (!listed.contains(id))
            s.related.append(id);
    }
    m_story = s;
    QDialog::accept();
}

} // namespace alongside
