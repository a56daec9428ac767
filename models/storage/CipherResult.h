// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace alongside {

class CipherDriver;

// One statement on a CipherDriver connection. exec() binds the values and takes the
// first step; rows are then read one sqlite3_step at a time. A forward-only query keeps
// only the current row; otherwise the rows read so far are kept, so a query can go back
// or seek within what it has read.
class CipherResult : public QSqlResult
{
public:
    explicit CipherResult(const CipherDriver* driver);
    ~CipherResult() override;

    QVariant handle() const override;

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchNext() override;
    bool fetchPrevious() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    const CipherDriver* cipherDriver() const;
    void finalize();
    bool bindValues();
    // One sqlite3_step: true with a row in m_row, false at the end or on an error.
    bool step();
    const QVariantList& current() const;

    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QVariant columnValue(int column) const; // of the row the statement is on

    QVariantList m_row;        // the row the last step read (forward-only: as asked for)
    QList<bool> m_read;        // forward-only: which of m_row's values are read
    QList<QVariantList> m_rows; // rows read so far, unless forward-only
    bool m_pending = false;    // exec() read the first row, not handed out yet
    bool m_finished = false;   // no more rows
    int m_changes = 0;
};

} // namespace alongside
