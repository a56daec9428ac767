// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace alongside {

class Clock;
class Database;
class EditCommand;
class Editor;

// Consent by purpose (Vocabularies::ConsentPurpose): keeping records, sharing with the
// team, contacting someone named. Each decision is a row of its own, given or refused,
// when, how and by whom; a given consent can later be withdrawn. A new decision never
// overwrites an old one, so the history stays. What holds for a purpose is its newest
// decision (for contacting others, the newest about the same named person).
//
// The one date and note of consent recorded before schema 11 (person.consent_on) count
// as consent to keep records until a decision about keeping records is recorded.
class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)

public:
    struct Decision
    {
        QString id;
        QString personId;
        QString purpose; // keep_records, share_team, contact_others
        QString named;   // for contact_others: who, for example "Dr Patel at Heath Surgery"
        QString decision; // given, refused
        QDate decidedOn;
        QString how;     // verbal, written, easy_read, other; empty when not recorded
        QString givenBy; // empty: the person themselves
        QString note;
        QString recordedBy; // coordinator id, set when recorded
        QString recordedByName;
        QDate withdrawnOn;
        QString withdrawnNote;

        bool holds() const { return decision == u"given" && !withdrawnOn.isValid(); }
    };

    // The consent a person's records stand on: whether it holds, and why (for a flag).
    struct RecordsConsent
    {
        bool holds = false;
        bool legacy = false; // from the single consent date recorded before purposes
        QDate since;
    };

    // The single consent date and note recorded before consent by purpose.
    struct Legacy
    {
        QDate on;
        QString note;
    };

    ConsentRepository(Database& database, Editor& editor, const Clock& clock);

    // Every decision about the person, newest first.
    QList<Decision> history(const QString& personId) const;
    // The decisions that hold now: the newest for each purpose (and named other).
    QList<Decision> current(const QString& personId) const;
    std::optional<Decision> find(const QString& id) const;
    RecordsConsent records(const QString& personId) const;
    std::optional<Legacy> legacy(const QString& personId) const;

    // A SQL expression, 1 when the person whose id and consent_on are these columns has
    // consent to keep records, else 0: the rule of records(), for the people list.
    static QString keepsRecordsSql(const QString& personIdColumn, const QString& consentOnColumn);

    // Undoable changes (null, with Editor::error(), when refused).
    std::unique_ptr<EditCommand> recording(const Decision& decision);
    std::unique_ptr<EditCommand> withdrawing(const QString& id, const QDate& on, const QString& note);

    QString error() const { return m_error; }

private:
    bool fail(const QString& message);

    Database& m_database;
    Editor& m_editor;
    const Clock& m_clock;
    QString m_error;
};

} // namespace alongside
