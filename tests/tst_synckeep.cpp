// SPDX-License-Identifier: GPL-3.0-or-later
// A sync folder that stays small: each laptop removes its own files its teammates no
// longer need and keeps the newest full export, never touching a teammate's file; a
// laptop away the whole time still catches up from what is left.
#include "SyncTestSupport.h"
#include "sync/SyncFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

struct Folder
{
    QStringList syncFiles;
    qint64 bytes = 0;
};

Folder look(const QString& path)
{
    Folder f;
    for (const QFileInfo& info : QDir(path).entryInfoList({ u"*.alongside-sync"_s }, QDir::Files, QDir::Name)) {
        f.syncFiles.append(info.fileName());
        f.bytes += info.size();
    }
    return f;
}

void note(test::TestCaseload& t, const QString& person, const QString& text)
{
    Note n;
    n.personId = person;
    n.occurredAt = t.clock.now();
    n.text = text;
    QVERIFY(!t->notes().add(n).isEmpty());
}

} // namespace

class tst_SyncKeep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void threeLaptopsFiftyRoundsStaySmallAndTheAwayOneCatchesUp()
    {
        test::TestCaseload a, b, c;
        QVERIFY(a.open(true, u"machine-a"_s, u"anna-laptop"_s, u"Anna Price"_s));
        QVERIFY(b.open(true, u"machine-b"_s, u"bethan-laptop"_s, u"Bethan Rees"_s));
        QVERIFY(c.open(true, u"machine-c"_s, u"carys-laptop"_s, u"Carys Lloyd"_s));
        QTemporaryDir share;
        const QString folder = share.path();
        QVERIFY(a->sync().createTeam(u"Riverside"_s, test::teamPassphrase));
        QStringList people;
        for (int i = 0; i < 80; ++i) {
            people.append(a->people().create(test::person(u"Person"_s, QString::number(i))));
            note(a, people.last(), u"First visit: talked about the allotment and the walking group at the library."_s);
        }
        SyncService::Round round;
        QVERIFY2(a->sync().syncNow(folder, round), qPrintable(a->sync().error()));
        // Bethan and Carys join from the folder; Carys syncs once and goes away.
        for (test::TestCaseload* t : { &b, &c }) {
            ImportReport joined;
            QVERIFY((*t)->sync().unlock(test::teamPassphrase));
            QVERIFY2((*t)->sync().importFiles((*t)->sync().newFilesIn(folder), joined), qPrintable((*t)->sync().error()));
            QVERIFY((*t)->sync().hasTeam());
            QVERIFY2((*t)->sync().syncNow(folder, round), qPrintable((*t)->sync().error()));
        }
        const QStringList carysFiles = look(folder).syncFiles.filter(u"carys-laptop-"_s);
        QVERIFY(!carysFiles.isEmpty());

        double worst = 0;
        int fulls = 0;
        for (int r = 0; r < 50; ++r) {
            for (test::TestCaseload* t : { &a, &b }) {
                t->clock.advance(60 * 1000);
                const QString who = t == &a ? u"Anna"_s : u"Bethan"_s;
                for (int k = 0; k < 3; ++k) {
                    const QString id = people.at((r * 7 + k * 13 + (t == &a ? 0 : 5)) % people.size());
                    QVERIFY((*t)->writer().update(u"person"_s, id, { { u"phone"_s, u"07700 9%1"_s.arg(r * 10 + k, 5, 10, QChar(u'0')) } }));
                }
                note(*t, people.at(r % people.size()), u"%1's visit in round %2: went to the community café together."_s.arg(who).arg(r));
                SyncService::Round done;
                QVERIFY2((*t)->sync().syncNow(folder, done), qPrintable((*t)->sync().error()));
                fulls += done.full.isEmpty() ? 0 : 1;
                // Never a teammate's file: Carys' stay while she is away.
                for (const QString& name : carysFiles)
                    QVERIFY2(QFileInfo::exists(QDir(folder).filePath(name)), qPrintable(name));
            }
            // Against a full export of everything as it now is.
            QTemporaryDir scratch;
            const qint64 full = fullExportSize(a, scratch.path());
            const Folder now = look(folder);
            worst = std::max(worst, double(now.bytes) / double(full));
            if (qEnvironmentVariableIsSet("SYNCKEEP_TRACE"))
                qInfo("round %d: %.2f full, %s", r, double(now.bytes) / double(full), qPrintable(now.syncFiles.join(u' ')));
            QVERIFY2(now.bytes < 3 * full, qPrintable(u"round %1: %2 bytes in %3 files, a full export is %4"_s.arg(r).arg(now.bytes).arg(now.syncFiles.size()).arg(full)));
        }
        qInfo("The folder was at most %.2f full exports' size over 50 rounds; %d full exports written to keep it so; %lld files left",
              worst, fulls, qlonglong(look(folder).syncFiles.size()));

        // Anna brings in Bethan's last round; then Carys comes back and catches up.
        QVERIFY(a->sync().syncNow(folder, round));
        SyncService::Round back;
        QVERIFY2(c->sync().syncNow(folder, back), qPrintable(c->sync().error()));
        QVERIFY(back.imported.imported > 0);
        QCOMPARE(test::contentHash(*c), test::contentHash(*a));
        QVERIFY(b->sync().syncNow(folder, round));
        QCOMPARE(test::contentHash(*b), test::contentHash(*a));
        // Carys' return said nothing was missing: the full export held it.
        QCOMPARE(back.imported.notices.filter(u"have not arrived"_s), QStringList());
    }

    void aTeamOfOneKeepsItsNewestFullExport()
    {
        test::TestCaseload a;
        QVERIFY(a.open());
        QTemporaryDir share;
        QVERIFY(a->sync().createTeam(u"Riverside"_s, test::teamPassphrase));
        const QString id = a->people().create(test::person(u"Siân"_s, u"Evans"_s));
        SyncService::Round round;
        for (int r = 0; r < 30; ++r) {
            a.clock.advance(1000);
            QVERIFY(a->writer().update(u"person"_s, id, { { u"phone"_s, u"0770090%1"_s.arg(r, 4, 10, QChar(u'0')) } }));
            QVERIFY(a->sync().syncNow(share.path(), round));
        }
        // Nobody else is known, so nothing is removed as seen; only what a newer full export holds.
        const SyncFolder state = SyncFolder::read(share.path(), a->sync().store().team()->id);
        QVERIFY(!state.files.isEmpty());
        QTemporaryDir scratch;
        QVERIFY(look(share.path()).bytes < 3 * fullExportSize(a, scratch.path()));
        // A new laptop can still join from the folder alone.
        test::TestCaseload b;
        QVERIFY(b.open(true, u"machine-b"_s, u"bethan-laptop"_s, u"Bethan Rees"_s));
        QVERIFY(b->sync().unlock(test::teamPassphrase));
        ImportReport joined;
        QVERIFY2(b->sync().importFiles(b->sync().newFilesIn(share.path()), joined), qPrintable(b->sync().error()));
        QCOMPARE(test::dumpTables(*b, { u"person"_s }), test::dumpTables(*a, { u"person"_s }));
        QCOMPARE(b->people().find(id)->phone, u"07700900029"_s);
    }

    // A folder from before seen-files: the laptop's first file is taken for the full
    // export it is, so the first Sync now after does not write another (on a
    // 50,000-person caseload, 183 MB).
    void aFirstFileFromBeforeSeenFilesCountsAsFull()
    {
        test::TestCaseload a;
        QVERIFY(a.open());
        QTemporaryDir share;
        QVERIFY(a->sync().createTeam(u"Riverside"_s, test::teamPassphrase));
        const QString id = a->people().create(test::person(u"Siân"_s, u"Evans"_s));
        for (int i = 0; i < 40; ++i)
            note(a, a->people().create(test::person(u"Person"_s, QString::number(i))), u"Met at the library."_s);
        QString first;
        QVERIFY(a->sync().exportTo(share.path(), false, &first));
        QVERIFY(a->sync().store().setSetting(u"sync.full"_s, QString())); // as a laptop from before kept nothing
        a.clock.advance(1000);
        QVERIFY(a->writer().update(u"person"_s, id, { { u"ward"_s, u"Riverside"_s } }));
        SyncService::Round round;
        QVERIFY(a->sync().syncNow(share.path(), round));
        QVERIFY(!round.exported.isEmpty());
        QVERIFY2(round.full.isEmpty(), qPrintable(round.full));
        QVERIFY(QFileInfo::exists(first));
    }

private:
    // The size of a full export of a's caseload now, written into a scratch folder on a
    // copy of its database so a's own state is not touched.
    static qint64 fullExportSize(test::TestCaseload& a, const QString& scratch)
    {
        const QString copy = QDir(scratch).filePath(u"copy.db"_s);
        QSqlQuery checkpoint(a->database().connection());
        if (!checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !QFile::copy(a.path(), copy))
            return -1;
        Database::Options options;
        options.machineId = u"machine-a"_s;
        options.passphrase = a.passphrase;
        Caseload other(options, &a.clock, KdfParameters::forTests());
        if (!other.open(copy) || !other.sync().unlock(test::teamPassphrase))
            return -1;
        QString path;
        if (!other.sync().exportTo(scratch, true, &path))
            return -1;
        return QFileInfo(path).size();
    }
};

QTEST_GUILESS_MAIN(tst_SyncKeep)
#include "tst_synckeep.moc"
