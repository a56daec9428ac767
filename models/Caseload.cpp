// SPDX-License-Identifier: GPL-3.0-or-later
#include "Caseload.h"

#include "sync/SyncService.h"

namespace alongside {

Caseload::Caseload(Database::Options options, const Clock* clock, KdfParameters kdf)
    : m_clock(clock ? clock : &m_systemClock)
    , m_database(std::move(options))
    , m_kdf(kdf)
{
}

Caseload::~Caseload()
{
    // Prepared statements must go before the connection closes.
    m_sync.reset();
    m_profile.reset();
    m_goals.reset();
    m_supporters.reset();
    m_resources.reset();
    m_connections.reset();
    m_reviews.reset();
    m_search.reset();
    m_drafts.reset();
    m_notes.reset();
    m_people.reset();
    m_site.reset();
    m_audit.reset();
    m_editor.reset();
    m_writer.reset();
    m_database.close();
}

bool Caseload::open(const QString& path)
{
    if (!m_database.open(path))
        return false;
    m_writer = std::make_unique<ChangeWriter>(m_database, *m_clock);
    m_editor = std::make_unique<Editor>(m_database, *m_writer, m_notifier, *m_clock);
    m_audit = std::make_unique<AuditLog>(m_database, *m_clock);
    m_site = std::make_unique<SiteRepository>(m_database, *m_writer, m_notifier, *m_clock);
    m_people = std::make_unique<PeopleRepository>(m_database, *m_writer, m_notifier, *m_editor, *m_audit);
    m_notes = std::make_unique<NotesRepository>(m_database, *m_editor);
    m_drafts = std::make_unique<DraftRepository>(m_database, *m_clock);
    m_profile = std::make_unique<ProfileRepository>(m_database, *m_editor);
    m_goals = std::make_unique<GoalRepository>(m_database, *m_editor);
    m_supporters = std::make_unique<SupporterRepository>(m_database, *m_editor);
    m_resources = std::make_unique<ResourceRepository>(m_database, *m_editor);
    m_connections = std::make_unique<ConnectionRepository>(m_database, *m_editor);
    m_reviews = std::make_unique<ReviewRepository>(m_database, *m_editor);
    m_wellbeing = std::make_unique<WellbeingRepository>(m_database, *m_editor, *m_clock);
    m_outcomes = std::make_unique<OutcomeRepository>(m_database, *m_editor, *m_clock);
    m_consent = std::make_unique<ConsentRepository>(m_database, *m_editor, *m_clock);
    m_retention = std::make_unique<RetentionRepository>(m_database, *m_writer, m_notifier, *m_clock);
    m_search = std::make_unique<SearchRepository>(m_database);
    m_sync = std::make_unique<SyncService>(m_database, *m_writer, m_notifier, *m_clock, *m_audit, m_kdf);
    m_audit->prune(); // entries past the keeping period go each time the caseload opens
    return true;
}

} // namespace alongside
