// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/PersonWorkspace.h"

#include "person/AboutTab.h"
#include "Caseload.h"
#include "person/changes/ChangesTab.h"
#include "person/circle/CircleOfSupportTab.h"
#include "person/connections/ConnectionsTab.h"
#include "person/notes/NotesTab.h"
#include "person/profile/ProfileTab.h"
#include "person/notes/QuickNoteEditor.h"
#include "shared/Focus.h"
#include "shared/UndoScopes.h"
#include "person/plan/VisionGoalsTab.h"
#include "dates/DateText.h"
#include "domain/Vocabulary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

PersonWorkspace::PersonWorkspace(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_about(new AboutTab(caseload, undo, this))
    , m_profile(new ProfileTab(caseload, undo, this))
    , m_goals(new VisionGoalsTab(caseload, undo, this))
    , m_circle(new CircleOfSupportTab(caseload, undo, this))
    , m_connections(new ConnectionsTab(caseload, undo, this))
    , m_changes(new ChangesTab(caseload, undo, this))
    , m_notes(new NotesTab(caseload, undo, this))
{
    m_header->setObjectName(u"personHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_tabs->setObjectName(u"personTabs"_s);
    // Every tab in sight on a small screen: short names (the full one is the tip), no
    // scroll arrows, and each tab's page scrolls when the window is smaller than it.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
    // Notes first: what a coordinator opens most.
    addTab(m_notes, tr("&Notes"), tr("Notes of visits, calls and messages, newest first"));
    addTab(m_about, tr("&About"), tr("About this person: contact details, stage, level and consent"));
    addTab(m_profile, tr("&Profile", "the one-page profile tab"), tr("One-page profile: what people like and admire, "
                                                                      "what matters and how best to support"));
    addTab(m_goals, tr("P&lan", "the vision and goals tab"), tr("Vision and goals: what a good life looks like, "
                                                                 "and the steps towards it"));
    addTab(m_circle, tr("&Circle", "the circle of support tab"), tr("Circle of support: family, friends, "
                                                                     "neighbours and paid support"));
    addTab(m_connections, tr("Connec&tions"), tr("Connections to groups, places and services in the community"));
    addTab(m_changes, tr("&What changed"), tr("What changed for the person: wellbeing over time and outcome stories"));
    // Printing sits beside the person's name, leaving the tab bar all its width.
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(u"printPerson"_s);
    m_print->setToolTip(tr("Print this person's plan, one-page profile or summary, or save it as a PDF (Ctrl+P)"));
    connect(m_print, &QPushButton::clicked, this, &PersonWorkspace::printRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_print, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(&caseload.notifier(), &ChangeNotifier::personChanged, this, [this](const QString& id) {
        if (id == m_personId)
            updateHeader();
    });
    connect(m_about, &AboutTab::noticed, this, &PersonWorkspace::noticed);
    connect(&caseload.notifier(), &ChangeNotifier::reviewsChanged, this, [this](const QString& id) {
        if (id == m_personId)
            updateHeader();
    });
    connect(&caseload.notifier(), &ChangeNotifier::notesChanged, this, [this](const QString& id) {
        if (id == m_personId)
            updateHeader();
    });
    connect(&caseload.notifier(), &ChangeNotifier::consentChanged, this, [this](const QString& id) {
        if (id == m_personId)
            updateHeader();
    });
    connect(&caseload.notifier(), &ChangeNotifier::personRemoved, this, [this](const QString& id) {
        if (id == m_personId)
            setPerson({});
        m_undo.forgetPerson(id);
    });
    connect(&caseload.notifier(), &ChangeNotifier::peopleReset, this, [this] {
        if (!m_personId.isEmpty() && !m_caseload.people().find(m_personId))
            setPerson({}); // erased on another laptop
        else
            updateHeader();
    });
    setPerson({});
}

void PersonWorkspace::setPerson(const QString& id)
{
    // Each person opened goes in the audit trail (a failure is reported by the log).
    if (!id.isEmpty() && id != m_personId)
        m_caseload.audit().record(AuditLog::Action::OpenedPerson, id);
    m_personId = id;
    m_about->setPerson(id);
    m_profile->setPerson(id);
    m_goals->setPerson(id);
    m_circle->setPerson(id);
    m_connections->setPerson(id);
    m_changes->setPerson(id);
    m_notes->setPerson(id);
    m_tabs->setEnabled(!id.isEmpty());
    m_print->setEnabled(!id.isEmpty());
    updateHeader();
    Q_EMIT personShown(id);
}

QUndoStack* PersonWorkspace::undoStack() const
{
    return m_personId.isEmpty() ? &m_undo.page(u"people"_s) : &m_undo.person(m_personId);
}

void PersonWorkspace::updateHeader()
{
    const std::optional<Person> p = m_caseload.people().find(m_personId);
    if (!p) {
        m_header->setText(u"<p style='font-size:large'>"_s
                          + tr("Choose someone from the list, or add someone new with Ctrl+N.").toHtmlEscaped()
                          + u"</p>"_s);
        return;
    }
    QStringList facts { Vocabulary::stageLabel(p->stage), Vocabulary::levelLabel(p->level) };
    if (!p->pronouns.isEmpty())
        facts.prepend(p->pronouns);
    if (p->isArchived())
        facts.append(tr("archived"));
    const bool keepsRecords = m_caseload.consent().records(m_personId).holds;
    const QDate review = m_caseload.reviews().nextDue(m_personId);
    const QDate today = m_caseload.clock().now().toLocalTime().date();
    if (review.isValid()) {
        facts.append(review < today ? tr("review overdue since %1").arg(DateText::format(review))
                                    : tr("next review %1").arg(DateText::format(review)));
    }
    // The time together and the last contact as one fact, so the header stays one line.
    const QDateTime last = m_caseload.notes().lastContact(m_personId);
    const NotesRepository::TimeSpent spent = m_caseload.notes().timeWith(m_personId);
    const QString time = DateText::timeSpent(spent.minutes, spent.since.toLocalTime().date(), today);
    const qint64 days = last.isValid() ? last.toLocalTime().date().daysTo(today) : -1;
    if (!last.isValid())
        facts.append(tr("no contact yet"));
    else if (time.isEmpty())
        facts.append(days <= 0 ? tr("last contact today") : tr("last contact %n day(s) ago", nullptr, int(days)));
    else
        facts.append(days <= 0 ? tr("%1, last contact today").arg(time) : tr("%1, last %n day(s) ago", nullptr, int(days)).arg(time));
    // The name, and under it what matters at a glance, beside the Print button.
    // No consent to keep records stands out beside the name, in words as well as colour.
    const QString flag = keepsRecords ? QString()
                                      : u" <span style='color:#c0392b; font-weight:600'>⚠ %1</span>"_s.arg(
                                            tr("no consent to keep records").toHtmlEscaped());
    m_header->setText(u"<p style='margin:0'><span style='font-size:large; font-weight:600'>%1</span>%3</p>"
                      "<p style='margin:0; font-size:small'>%2</p>"_s.arg(p->displayName().toHtmlEscaped(),
                                                                          facts.join(u" · "_s).toHtmlEscaped(), flag));
}

void PersonWorkspace::addTab(QWidget* tab, const QString& name, const QString& description)
{
    auto* page = new QScrollArea(m_tabs);
    page->setWidget(tab);
    page->setWidgetResizable(true);
    page->setFrameShape(QFrame::NoFrame);
    page->setFocusPolicy(Qt::NoFocus); // Tab goes into the tab, not to its frame
    const int index = m_tabs->addTab(page, name);
    m_tabs->setTabToolTip(index, description);
    m_tabs->setTabWhatsThis(index, description);
}

QWidget* PersonWorkspace::pageOf(QWidget* tab) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* page = qobject_cast<QScrollArea*>(m_tabs->widget(i)); page && page->widget() == tab)
            return page;
    }
    return nullptr;
}

QWidget* PersonWorkspace::currentTabWidget() const
{
    auto* page = qobject_cast<QScrollArea*>(m_tabs->currentWidget());
    return page ? page->widget() : nullptr;
}

void PersonWorkspace::showAbout()
{
    m_tabs->setCurrentWidget(pageOf(m_about));
}

void PersonWorkspace::showTabFor(const QString& kind)
{
    QWidget* tab = kind == u"note"       ? static_cast<QWidget*>(m_notes)
        : kind == u"goal" || kind == u"step" ? static_cast<QWidget*>(m_goals)
        : kind == u"profile_item"            ? static_cast<QWidget*>(m_profile)
        : kind == u"supporter"               ? static_cast<QWidget*>(m_circle)
        : kind == u"connection"              ? static_cast<QWidget*>(m_connections)
        : kind == u"wellbeing" || kind == u"outcome" ? static_cast<QWidget*>(m_changes)
                                             : static_cast<QWidget*>(m_about);
    m_tabs->setCurrentWidget(pageOf(tab));
}

void PersonWorkspace::startNote()
{
    m_tabs->setCurrentWidget(pageOf(m_notes));
    m_notes->editor()->focusText();
}

void PersonWorkspace::focusCurrentTab()
{
    if (currentTabWidget() == m_notes) {
        m_notes->editor()->focusText();
        return;
    }
    focusFirstIn(m_tabs->currentWidget());
}

int PersonWorkspace::currentTab() const
{
    return m_tabs->currentIndex();
}

void PersonWorkspace::setCurrentTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

} // namespace alongside
