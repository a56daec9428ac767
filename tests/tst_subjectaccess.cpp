// SPDX-License-Identifier: GPL-3.0-or-later
// Subject access: everything held about a person is written out. On a fully populated
// demo person, every row of every shared table that belongs to them (found the way an
// erasure finds them, removed rows included) is in person.json and in the CSV files,
// with nothing of anyone else's; notes are whole; names of their circle and of other
// people on the caseload found in notes are listed to review; the files are the
// coordinator's alone; the export is in the audit trail; an unknown person and a folder
// that cannot be written are refused with a sentence; and `alongside sar` does the same.

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "demo/DemoCaseload.h"
#include "exchange/SubjectAccess.h"
#include "schema/Tables.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// The person with rows in the most of the tables that belong to a person.
QString fullestPerson(Caseload& c, int* tables)
{
    QSqlQuery q(c.database().connection());
    q.exec(u"SELECT p.id, (SELECT count(*) > 0 FROM goal WHERE person_id = p.id) "
           "+ (SELECT count(*) > 0 FROM step s JOIN goal g ON g.id = s.goal_id WHERE g.person_id = p.id) "
           "+ (SELECT count(*) > 0 FROM profile_item WHERE person_id = p.id) "
           "+ (SELECT count(*) > 0 FROM supporter WHERE person_id = p.id) "
           "+ (SELECT count(*) > 0 FROM connection WHERE person_id = p.id) "
           "+ (SELECT count(*) > 0 FROM note WHERE person_id = p.id) "
           "+ (SELECT count(*) > 0 FROM wellbeing WHERE person_id = p.id) "
           "+ (SELECT count(*) > 0 FROM outcome WHERE person_id = p.id) "
           "+ (SELECT count(*) > 0 FROM review WHERE person_id = p.id) "
           "+ (SELECT count(*) > 0 FROM consent WHERE person_id = p.id) AS n "
           "FROM person p ORDER BY n DESC, (SELECT count(*) FROM note WHERE person_id = p.id) DESC, p.id LIMIT 1"_s);
    if (!q.next())
        return {};
    *tables = q.value(1).toInt();
    return q.value(0).toString();
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestSubjectAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void everythingAboutThePersonAndNothingElse()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        // The first demo (by seed) with someone who has every kind of record.
        quint32 seed = 11;
        for (int covered = 0; covered < 10 && seed < 40; ++seed) {
            test::TestCaseload trial;
            QVERIFY(trial.open());
            QVERIFY(DemoCaseload(*trial, { 40, seed, 12 }).generate({}));
            fullestPerson(*trial, &covered);
        }
        QVERIFY(DemoCaseload(*t, { 40, seed - 1, 12 }).generate({}));
        int covered = 0;
        const QString id = fullestPerson(*t, &covered);
        QCOMPARE(covered, 10); // every kind of record a person can have
        // A note naming someone in their circle and another person on the caseload, and a
        // removed note (still held).
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"SELECT name FROM supporter WHERE person_id = '%1' ORDER BY id LIMIT 1"_s.arg(id)) && q.next());
        const QString supporter = q.value(0).toString();
        QVERIFY(q.exec(u"SELECT given_name || ' ' || family_name FROM person WHERE id != '%1' ORDER BY id LIMIT 1"_s.arg(id)) && q.next());
        const QString other = q.value(0).toString();
        Note note;
        note.personId = id;
        note.kind = u"visit"_s;
        note.occurredAt = t.clock.now();
        note.text = u"Met %1 at the café; %2 came too."_s.arg(supporter, other);
        const QString named = t->notes().add(note);
        QVERIFY2(!named.isEmpty(), qPrintable(t->notes().error()));

        SubjectAccess access(*t);
        QVERIFY2(access.collect(id), qPrintable(access.error()));
        const QString folder = t.dir.filePath(u"sar"_s);
        QVERIFY2(access.writeFolder(folder), qPrintable(access.error()));

        // Every row an erasure would remove, table by table, in the JSON and in the CSV.
        QList<std::pair<QString, QString>> held;
        QVERIFY(t->writer().collectRows(u"person"_s, id, held));
        const QJsonObject json = QJsonDocument::fromJson(contents(QDir(folder).filePath(u"person.json"_s))).object();
        QCOMPARE(json.value(u"format"_s).toString(), u"alongside-subject-access"_s);
        QCOMPARE(json.value(u"person_id"_s).toString(), id);
        const QJsonObject tables = json.value(u"tables"_s).toObject();
        QStringList kinds;
        for (const auto& [table, rowId] : std::as_const(held)) {
            if (!kinds.contains(table))
                kinds.append(table);
        }
        QCOMPARE(kinds.size(), 11); // the person and the ten kinds of record about them
        for (const QString& table : std::as_const(kinds)) {
            QStringList expected;
            for (const auto& [rowTable, rowId] : std::as_const(held)) {
                if (rowTable == table)
                    expected.append(rowId);
            }
            QStringList written;
            for (const QJsonValue& row : tables.value(table).toArray())
                written.append(row.toObject().value(u"id"_s).toString());
            expected.sort();
            written.sort();
            QCOMPARE(written, expected);
            const QByteArray csv = contents(QDir(folder).filePath(u"csv/%1.csv"_s.arg(table)));
            for (const QString& rowId : std::as_const(expected))
                QVERIFY2(csv.contains(rowId.toUtf8()), qPrintable(table + u' ' + rowId));
        }
        // Notes in full, and the connected directory entries to read them by.
        bool whole = false;
        for (const QJsonValue& row : tables.value(u"note"_s).toArray())
            whole = whole || row.toObject().value(u"text"_s).toString() == u"Met %1 at the café; %2 came too."_s.arg(supporter, other);
        QVERIFY(whole);
        QVERIFY(!tables.value(u"resource"_s).toArray().isEmpty());
        // Nobody else's rows: no other person's id in any table.
        QVERIFY(q.exec(u"SELECT id FROM person WHERE id != '%1'"_s.arg(id)));
        const QByteArray all = contents(QDir(folder).filePath(u"person.json"_s));
        while (q.next())
            QVERIFY(!all.contains(q.value(0).toString().toUtf8()));

        // Names to review before release: the supporter and the other person, by note.
        QVERIFY(!access.namesToReview().isEmpty());
        const auto it = std::find_if(access.namesToReview().cbegin(), access.namesToReview().cend(),
                                     [&](const SubjectAccess::NamesInNote& n) { return n.noteId == named; });
        QVERIFY(it != access.namesToReview().cend());
        QVERIFY2(it->names.contains(supporter), qPrintable(it->names.join(u", "_s)));
        QVERIFY2(it->names.contains(other), qPrintable(it->names.join(u", "_s)));
        QVERIFY(contents(QDir(folder).filePath(u"names-to-review.csv"_s)).contains(named.toUtf8()));
        const QString readme = QString::fromUtf8(contents(QDir(folder).filePath(u"README.txt"_s)));
        QVERIFY(readme.contains(u"BEFORE YOU RELEASE ANY OF THIS"_s));
        QVERIFY(readme.contains(u"csv/note.csv"_s));

        // The coordinator's alone, and recorded.
        for (const QString& file : { u"person.json"_s, u"README.txt"_s, u"csv/note.csv"_s, u"names-to-review.csv"_s })
            QCOMPARE(QFile::permissions(QDir(folder).filePath(file)) & (QFile::ReadGroup | QFile::ReadOther),
                     QFile::Permissions());
        AuditLog::Filter about;
        about.personId = id;
        about.action = u"subject_access"_s;
        QCOMPARE(t->audit().entries(about).size(), 1);
    }

    void refusals()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        SubjectAccess access(*t);
        QVERIFY(!access.collect(u"no-such-person"_s));
        QCOMPARE(access.error(), u"There is no person with the id no-such-person on this laptop."_s);
        const QString id = t->people().create(test::person(u"Siân"_s, u"Evans"_s));
        QVERIFY(access.collect(id));
        // A file where the folder should be.
        const QString blocked = t.dir.filePath(u"blocked"_s);
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(!access.writeFolder(blocked));
        QCOMPARE(access.error(), u"Could not make the folder %1."_s.arg(QDir::toNativeSeparators(blocked)));
    }

    void fromTheCommandLine()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Dafydd"_s, u"Hughes"_s));
        t.close();
        QString lastError;
        const auto run = [&](const QStringList& arguments, QString* out) {
            QProcess cli;
            cli.start(QStringLiteral(ALONGSIDE_BINARY), QStringList { u"sar"_s, u"--database"_s, t.path() } + arguments);
            if (!cli.waitForFinished(60000))
                return -1;
            // What it says on standard output; a refusal is on standard error.
            *out = QString::fromUtf8(cli.readAllStandardOutput());
            lastError = QString::fromUtf8(cli.readAllStandardError());
            return cli.exitCode();
        };
        QString out;
        const QString folder = t.dir.filePath(u"out"_s);
        QCOMPARE(run({ u"--person"_s, id, u"--to"_s, folder }, &out), 0);
        QVERIFY2(out.startsWith(u"Wrote"_s), qPrintable(out + lastError));
        QCOMPARE(out, u"Wrote everything held about Dafydd Hughes (1 record) to %1.\n"_s.arg(folder));
        QVERIFY(QFile::exists(QDir(folder).filePath(u"person.json"_s)));
        QFile pdf(QDir(folder).filePath(u"everything.pdf"_s)); // the readable copy, written by the command too
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(contents(QDir(folder).filePath(u"README.txt"_s)).contains("- everything.pdf: all of it to read and print"));
        QCOMPARE(run({ u"--person"_s, u"nobody"_s, u"--to"_s, folder }, &out), 1);
        QVERIFY2(lastError.contains(u"There is no person with the id nobody on this laptop."_s), qPrintable(lastError));
        QCOMPARE(run({ u"--person"_s, id }, &out), 2);
    }
};

QTEST_MAIN(TestSubjectAccess)
#include "tst_subjectaccess.moc"
