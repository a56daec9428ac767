// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"
#include "versioning/Version.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

class QUndoStack;

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Clock;
class Database;
class Transaction;

// What undoable commands use to read and write shared rows: one transaction per
// command, field versions through ChangeWriter, the change signals after commit, and
// one sentence for the status bar when an undo leaves something as it is.
class Editor : public QObject
{
    Q_OBJECT

public:
    // All are borrowed and must outlive the editor.
    Editor(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, const Clock& clock);
    ~Editor() override;

    // Pushes the command on the stack; its redo() makes the change. False, with
    // error(), when nothing could be written (the command is then dropped).
    // A null command is one its repository refused, with the reason given by refuse().
    bool push(QUndoStack& stack, std::unique_ptr<EditCommand> command);
    // Runs a command once, outside any undo stack (the demo, the command line, tests).
    // False, with error(), when it was refused or failed; rowId gets the row it wrote.
    bool run(std::unique_ptr<EditCommand> command, QString* rowId = nullptr);
    // A repository's reason for not making a command.
    void refuse(const QString& reason) { m_error = reason; }
    QString error() const { return m_error; }

    // ---- for the commands (models/edits), inside the transaction they open
    bool begin();
    bool end(bool ok);
    bool fail(const QString& message);
    void tell(const QString& sentence) { m_notices.append(sentence); }
    void touched(const QString& table, const QString& personId);
    // Many people added or changed at once (an import): one peopleReset after commit.
    void touchedMany() { m_touchedMany = true; }
    // How far a long step (an import of thousands of people, or its undo) has gone, for
    // a progress bar; settled() follows once it is written or abandoned.
    void progress(qint64 done, qint64 total) { Q_EMIT progressed(done, total); }
    // Erases a person and everything about them, inside the command's transaction, as
    // the ordinary erasure does (it reaches every laptop); traces are wiped after commit.
    bool erasePerson(const QString& id);

    std::optional<QVariantMap> read(const QString& table, const QString& id, const QStringList& fields);
    bool insert(const QString& table, const QString& id, const QVariantMap& fields);
    bool write(const QString& table, const QString& id, const QVariantMap& changes);
    Dot lastDot() const;
    Dot versionOf(const QString& table, const QString& id, const QString& field);
    // Whether a field is still as a command left it: its version is the one the command
    // wrote, or this laptop has since written the same value back (undoing a later step).
    // Otherwise *by is who changed it.
    bool isAsLeft(const QString& table, const QString& id, const QString& field, const Dot& wrote,
                  const QVariant& stored, const QVariant& left, Dot* by);
    bool hasConflict(const QString& table, const QString& id, const QString& field);
    // Rows that belong to this one and are not removed.
    int liveChildren(const QString& table, const QString& id);
    QString personOf(const QString& table, const QString& id);
    QString personName(const QString& personId);
    // Who wrote a version: empty for this laptop, else the laptop's name.
    QString laptopOf(const Dot& dot);
    QString now() const; // ISO UTC with milliseconds, for removed_at

    // The sentences for what an undo (or redo) leaves as it is.
    enum class Why { ChangedSince, Conflict, Gone, HasChildren };
    QString leftAlone(bool undoing, Why why, const QString& personId, const QString& table, const QString& field = {},
                      const Dot& by = {});
    QString siteId() const;

Q_SIGNALS:
    // One sentence for the status bar: what an undo or redo left as it was, and why.
    void noticed(const QString& sentence);
    // A long step's progress (see progress()), and the end of every step's transaction.
    void progressed(qint64 done, qint64 total);
    void settled();

private:
    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    int m_depth = 0;
    bool m_failed = false;
    QString m_error;
    QStringList m_notices;
    QSet<std::pair<QString, QString>> m_touched; // (table, person) to announce after commit
    bool m_touchedMany = false;
    QStringList m_erasedPeople;
    std::unique_ptr<Transaction> m_transaction;
    std::pair<QString, QString> m_lastName; // (person id, name): the demo adds many rows per person
};

} // namespace alongside
