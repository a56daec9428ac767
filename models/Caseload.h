// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "edits/Editor.h"
#include "repositories/AuditLog.h"
#include "repositories/DraftRepository.h"
#include "repositories/GoalRepository.h"
#include "repositories/NotesRepository.h"
#include "repositories/OutcomeRepository.h"
#include "repositories/PeopleRepository.h"
#include "repositories/ConnectionRepository.h"
#include "repositories/ConsentRepository.h"
#include "repositories/RetentionRepository.h"
#include "repositories/ProfileRepository.h"
#include "repositories/ResourceRepository.h"
#include "repositories/ReviewRepository.h"
#include "repositories/SearchRepository.h"
#include "repositories/SupporterRepository.h"
#include "repositories/SiteRepository.h"
#include "repositories/WellbeingRepository.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "versioning/ChangeWriter.h"
#include "sync/TeamKey.h"

#include <memory>

namespace alongside {

class SyncService;

// One open caseload: the database with its writer, change notifier and repositories,
// built in the right order and torn down in the reverse one. Not a singleton: tests
// open several at once.
class Caseload
{
public:
    // The clock is borrowed (the system clock when null) and must outlive the caseload.
    // kdf is the cost of the key of a team set up here (tests choose cheaper ones).
    explicit Caseload(Database::Options options = {}, const Clock* clock = nullptr,
                      KdfParameters kdf = KdfParameters::standard());
    ~Caseload();
    Caseload(const Caseload&) = delete;
    Caseload& operator=(const Caseload&) = delete;

    bool open(const QString& path);
    QString error() const { return m_database.error(); }

    Database& database() { return m_database; }
    const Clock& clock() const { return *m_clock; }
    ChangeNotifier& notifier() { return m_notifier; }
    ChangeWriter& writer() { return *m_writer; }
    Editor& editor() { return *m_editor; }
    SiteRepository& site() { return *m_site; }
    PeopleRepository& people() { return *m_people; }
    NotesRepository& notes() { return *m_notes; }
    DraftRepository& drafts() { return *m_drafts; }
    ProfileRepository& profile() { return *m_profile; }
    GoalRepository& goals() { return *m_goals; }
    SupporterRepository& supporters() { return *m_supporters; }
    ResourceRepository& resources() { return *m_resources; }
    ConnectionRepository& connections() { return *m_connections; }
    ReviewRepository& reviews() { return *m_reviews; }
    WellbeingRepository& wellbeing() { return *m_wellbeing; }
    OutcomeRepository& outcomes() { return *m_outcomes; }
    ConsentRepository& consent() { return *m_consent; }
    RetentionRepository& retention() { return *m_retention; }
    SearchRepository& search() { return *m_search; }
    SyncService& sync() { return *m_sync; }
    AuditLog& audit() { return *m_audit; }

private:
    SystemClock m_systemClock;
    const Clock* m_clock;
    Database m_database;
    ChangeNotifier m_notifier;
    std::unique_ptr<ChangeWriter> m_writer;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SiteRepository> m_site;
    std::unique_ptr<PeopleRepository> m_people;
    std::unique_ptr<NotesRepository> m_notes;
    std::unique_ptr<DraftRepository> m_drafts;
    std::unique_ptr<ProfileRepository> m_profile;
    std::unique_ptr<GoalRepository> m_goals;
    std::unique_ptr<SupporterRepository> m_supporters;
    std::unique_ptr<ResourceRepository> m_resources;
    std::unique_ptr<ConnectionRepository> m_connections;
    std::unique_ptr<ReviewRepository> m_reviews;
    std::unique_ptr<WellbeingRepository> m_wellbeing;
    std::unique_ptr<OutcomeRepository> m_outcomes;
    std::unique_ptr<ConsentRepository> m_consent;
    std::unique_ptr<RetentionRepository> m_retention;
    std::unique_ptr<SearchRepository> m_search;
    KdfParameters m_kdf;
    std::unique_ptr<SyncService> m_sync;
};

} // namespace alongside
