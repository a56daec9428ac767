// SPDX-License-Identifier: GPL-3.0-or-later
#include "CipherResult.h"

#include "CipherDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>

#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
QMetaType declaredType(const char* declared)
{
    const QString t = QString::fromUtf8(declared ? declared : "").toUpper();
    if (t.contains(u"INT"))
        return QMetaType::fromType<qlonglong>();
    if (t.contains(u"REAL") || t.contains(u"FLOA") || t.contains(u"DOUB"))
        return QMetaType::fromType<double>();
    if (t.contains(u"BLOB"))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

// NULL for an empty variant and for a null string, byte array or date, as Qt's own
// drivers bind them (QVariant::isNull() is false for a null QString in Qt 6).
bool bindsNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate*>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(value.constData())->isValid();
    default:
        return false;
    }
}

QString text16(const void* text, int bytes)
{
    return QString(static_cast<const QChar*>(text), bytes / int(sizeof(QChar)));
}
} // namespace

CipherResult::CipherResult(const CipherDriver* driver)
    : QSqlResult(driver)
{
}

CipherResult::~CipherResult()
{
    finalize();
}

const CipherDriver* CipherResult::cipherDriver() const
{
    return static_cast<const CipherDriver*>(driver());
}

QVariant CipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void CipherResult::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_record.clear();
    m_row.clear();
    m_rows.clear();
    m_pending = false;
    m_finished = false;
}

bool CipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool CipherResult::prepare(const QString& query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3* db = cipherDriver()->connection();
    if (!db || !driver()->isOpen()) {
        setLastError(QSqlError(u"Driver not loaded"_s, QString(), QSqlError::ConnectionError));
        return false;
    }
    const char16_t* tail = nullptr;
    const int rc = sqlite3_prepare16_v3(db, query.utf16(), int(query.size() * sizeof(QChar)), SQLITE_PREPARE_PERSISTENT,
                                        &m_stmt, reinterpret_cast<const void**>(&tail));
    if (rc != SQLITE_OK) {
        setLastError(cipherDriver()->makeError(QCoreApplication::translate("CipherResult", "Unable to execute statement"),
                                               QSqlError::StatementError, rc));
        finalize();
        return false;
    }
    // An empty statement (only a comment) prepares to nothing: it runs, doing nothing.
    for (int i = 0; m_stmt && i < sqlite3_column_count(m_stmt); ++i) {
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), declaredType(sqlite3_column_decltype(m_stmt, i)),
                        QString::fromUtf8(sqlite3_column_table_name(m_stmt, i)));
        m_record.append(field);
    }
    setSelect(m_stmt && sqlite3_column_count(m_stmt) > 0);
    return true;
}

bool CipherResult::bindValues()
{
    const QList<QVariant> values = boundValues();
    const int count = sqlite3_bind_parameter_count(m_stmt);
    for (int i = 1; i <= count; ++i) {
        QVariant value;
        const char* name = sqlite3_bind_parameter_name(m_stmt, i);
        if (name && name[0] != '?' && bindingSyntax() == QSqlResult::BindingSyntax::NamedBinding)
            value = boundValue(QString::fromUtf8(name));
        else if (i - 1 < values.size())
            value = values.at(i - 1);
        else
            return false;
        int rc = SQLITE_OK;
        if (bindsNull(value)) {
            rc = sqlite3_bind_null(m_stmt, i);
        } else {
            switch (value.typeId()) {
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, i, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, i, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, i, value.toDouble());
                break;
            case QMetaType::QDateTime:
                rc = sqlite3_bind_text16(m_stmt, i, value.toDateTime().toString(Qt::ISODateWithMs).utf16(), -1,
                                         SQLITE_TRANSIENT);
                break;
            default: {
                const QString text = value.toString();
                rc = sqlite3_bind_text16(m_stmt, i, text.utf16(), int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

bool CipherResult::exec()
{
    m_row.clear();
    m_rows.clear();
    m_pending = false;
    m_finished = false;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!m_stmt) {
        if (!lastError().isValid())
            setActive(true); // an empty statement
        return isActive();
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!bindValues()) {
        setLastError(QSqlError(QCoreApplication::translate("CipherResult", "Parameter count mismatch"), QString(),
                               QSqlError::StatementError));
        return false;
    }
    sqlite3* db = cipherDriver()->connection();
    const qint64 before = sqlite3_total_changes64(db);
    m_pending = step();
    if (!m_pending && lastError().isValid())
        return false;
    m_changes = sqlite3_total_changes64(db) != before ? sqlite3_changes(db) : 0;
    setActive(true);
    return true;
}

bool CipherResult::step()
{
    if (m_finished || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE) {
        m_finished = true;
        sqlite3_reset(m_stmt); // releases its read lock
        return false;
    }
    if (rc != SQLITE_ROW) {
        m_finished = true;
        setLastError(cipherDriver()->makeError(QCoreApplication::translate("CipherResult", "Unable to fetch row"),
                                               QSqlError::ConnectionError, rc));
        sqlite3_reset(m_stmt);
        return false;
    }
    const int columns = sqlite3_column_count(m_stmt);
    if (isForwardOnly()) {
        // Read a value only when asked for (a list that needs one column of many
        // converts only that one); the statement holds the row until the next step.
        m_row.fill(QVariant(), columns);
        m_read.fill(false, columns);
        return true;
    }
    m_row.resize(columns);
    for (int i = 0; i < columns; ++i)
        m_row[i] = columnValue(i);
    m_rows.append(m_row);
    return true;
}

QVariant CipherResult::columnValue(int i) const
{
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_stmt, i));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, i);
    case SQLITE_BLOB: {
        const void* blob = sqlite3_column_blob(m_stmt, i);
        return QByteArray(static_cast<const char*>(blob), sqlite3_column_bytes(m_stmt, i));
    }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>()); // a null string, as Qt's SQLite driver gives
    default: {
        const void* text = sqlite3_column_text16(m_stmt, i);
        return text16(text, sqlite3_column_bytes16(m_stmt, i));
    }
    }
}

const QVariantList& CipherResult::current() const
{
    return isForwardOnly() ? m_row : m_rows.at(at());
}

bool CipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;
    if (isForwardOnly()) {
        while (at() == QSql::BeforeFirstRow || at() < index) {
            if (!fetchNext())
                return false;
        }
        return at() == index;
    }
    // Every row read, the first one by exec() included, is in m_rows.
    while (index >= m_rows.size()) {
        if (!step())
            return false;
    }
    setAt(index);
    return true;
}

bool CipherResult::fetchNext()
{
    if (!isActive() || !isSelect())
        return false;
    const int next = at() == QSql::BeforeFirstRow ? 0 : at() + 1;
    if (!isForwardOnly())
        return fetch(next);
    if (m_pending)
        m_pending = false; // the row exec() read
    else if (!step())
        return false;
    setAt(next);
    return true;
}

bool CipherResult::fetchPrevious()
{
    return !isForwardOnly() && at() > 0 && fetch(at() - 1);
}

bool CipherResult::fetchFirst()
{
    if (isForwardOnly() && at() != QSql::BeforeFirstRow)
        return false;
    return fetch(0);
}

bool CipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        bool any = false;
        while (fetchNext())
            any = true;
        return any;
    }
    while (step()) {
    }
    if (m_rows.isEmpty())
        return false;
    setAt(int(m_rows.size()) - 1);
    return true;
}

QVariant CipherResult::data(int field)
{
    if (!isValid() || field < 0)
        return {};
    if (isForwardOnly()) {
        if (field >= m_row.size())
            return {};
        if (!m_read.at(field)) {
            m_row[field] = columnValue(field);
            m_read[field] = true;
        }
        return m_row.at(field);
    }
    const QVariantList& row = current();
    return field < row.size() ? row.at(field) : QVariant();
}

bool CipherResult::isNull(int field)
{
    return data(field).isNull();
}

int CipherResult::size()
{
    return -1;
}

int CipherResult::numRowsAffected()
{
    return m_changes;
}

QVariant CipherResult::lastInsertId() const
{
    sqlite3* db = cipherDriver()->connection();
    if (!db)
        return {};
    const qint64 id = sqlite3_last_insert_rowid(db);
    return id ? QVariant(id) : QVariant();
}

QSqlRecord CipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

void CipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_finished = true;
    m_pending = false;
}

} // namespace alongside
