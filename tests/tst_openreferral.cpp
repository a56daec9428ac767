// SPDX-License-Identifier: GPL-3.0-or-later
// The directory as Open Referral UK: a sample file written from the published schema
// lands field by field; an export read back changes nothing; a changed file changes only
// what changed; services are found by id, then by name and postcode; a malformed file is
// refused with nothing written; and the preview is a sound model. The dialog, Undo and
// the command line: tst_openreferraldialog.

#include "OpenReferralSupport.h"
#include "edits/EditCommand.h"
#include "exchange/OpenReferralFormat.h"
#include "exchange/OpenReferralImport.h"
#include "exchange/OpenReferralPreview.h"
#include "exchange/OpenReferralTaxonomy.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace alongside;

using namespace alongside::test;

class TestOpenReferral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void termsBecomeKinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::newRow("esd time banking") << u"Time banking"_s << u"timebank"_s;
        QTest::newRow("volunteering") << u"Volunteering opportunities"_s << u"volunteering"_s;
        QTest::newRow("shared lives") << u"Shared Lives schemes"_s << u"shared_lives"_s;
        QTest::newRow("homeshare") << u"Home share"_s << u"homeshare"_s;
        QTest::newRow("social enterprise") << u"Social enterprise"_s << u"community_enterprise"_s;
        QTest::newRow("adult learning") << u"Adult Learning"_s << u"learning"_s;
        QTest::newRow("employment") << u"Employment support"_s << u"employment"_s;
        QTest::newRow("clubs") << u"Clubs and groups"_s << u"group"_s;
        QTest::newRow("venue") << u"Community centre"_s << u"place"_s;
        QTest::newRow("advice") << u"Information and advice"_s << u"service"_s;
        QTest::newRow("age group") << u"Adults"_s << QString();
    }

    void termsBecomeKinds()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QCOMPARE(OpenReferralTaxonomy::kindOfName(name), kind);
    }

    void theSampleLandsFieldByField()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        OpenReferralImport import(t->resources(), t->editor(), today);
        QVERIFY2(import.read(sample), qPrintable(import.error()));
        QCOMPARE(actions(import), QList<Action>({ Action::Add, Action::Add, Action::Add, Action::Add }));
        QVERIFY(t->editor().run(import.applying()));
        QCOMPARE(everything(*t).size(), 4);

        const Resource timebank = named(*t, u"Riverside Timebank"_s);
        QCOMPARE(timebank.kind, u"timebank"_s);
        QCOMPARE(timebank.description, u"Swap an hour of what you can do for an hour of what you need."_s);
        QCOMPARE(timebank.address, u"Riverside Community Centre, 4 Mill Lane, Newtown"_s);
        QCOMPARE(timebank.postcode, u"NT1 2AB"_s);
        QCOMPARE(timebank.ward, u"Riverside"_s);
        QCOMPARE(timebank.contactName, u"Megan Hughes"_s);
        QCOMPARE(timebank.phone, u"01632 960001"_s);
        QCOMPARE(timebank.email, u"hello@riverside-timebank.example.org"_s);
        QCOMPARE(timebank.website, u"https://riverside-timebank.example.org"_s);
        QCOMPARE(timebank.whenText, u"Wednesday mornings, 10 till 12"_s);
        QCOMPARE(timebank.hsdsId, u"newtown-svc-0001"_s);
        QVERIFY(!timebank.isArchived());

        // Alongside's own term; the phone of the place; the website of the organisation;
        // the times from the schedule's rule.
        const Resource choir = named(*t, u"Côr Cymunedol Pen-y-bryn"_s);
        QCOMPARE(choir.kind, u"group"_s);
        QCOMPARE(choir.address, u"Capel y Bryn, Heol y Bryn, Newtown"_s);
        QCOMPARE(choir.postcode, u"NT3 7CD"_s);
        QCOMPARE(choir.phone, u"01632 960002"_s);
        QCOMPARE(choir.website, u"https://pen-y-bryn.example.cymru"_s);
        QCOMPARE(choir.contactName, u"Gwenllian Parry"_s);
        QCOMPARE(choir.whenText, u"Tuesdays, 19:00 to 21:00"_s);
        QCOMPARE(choir.ward, u"Castle"_s);

        // Inactive: archived today. The e-mail of the organisation, the service's own phone.
        const Resource sharedLives = named(*t, u"Afon Valley Shared Lives"_s);
        QCOMPARE(sharedLives.kind, u"shared_lives"_s);
        QCOMPARE(sharedLives.archivedOn, u"2025-11-22"_s);
        QCOMPARE(sharedLives.email, u"sharedlives@afonvalley.example.org"_s);
        QCOMPARE(sharedLives.phone, u"01632 960003"_s);
        QCOMPARE(sharedLives.whenText, u"The first Monday of the month, from 10:00"_s);
        QCOMPARE(sharedLives.ward, u"Afon Valley"_s);

        // No term that says a kind: "other".
        const Resource dropIn = named(*t, u"Thursday Drop-in"_s);
        QCOMPARE(dropIn.kind, u"other"_s);
        QVERIFY(dropIn.description.isEmpty());
        QCOMPARE(dropIn.hsdsId, u"newtown-svc-0004"_s);
    }

    void anExportReadBackChangesNothing()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QVERIFY(importFile(*t, sample));
        // One of our own, with no Open Referral id: its service has our id.
        Resource own = resource(u"Knit and Natter"_s, u"NT1 4XY"_s);
        own.address = u"Library,High Street"_s;
        own.whenText = u"Thursdays"_s;
        const QString ownId = t->resources().add(own);
        QVERIFY(!ownId.isEmpty());

        const QString path = t.dir.filePath(u"directory.json"_s);
        QString error;
        QVERIFY2(OpenReferralFormat::write(path, everything(*t), &error), qPrintable(error));
        const QJsonObject page = QJsonDocument::fromJson(contents(path)).object();
        QCOMPARE(page.value(u"totalElements"_s).toInt(), 5);
        const QJsonArray content = page.value(u"content"_s).toArray();
        QCOMPARE(content.size(), 5);
        QJsonObject ours;
        for (const QJsonValue& v : content) {
            if (v.toObject().value(u"name"_s).toString() == u"Knit and Natter")
                ours = v.toObject();
        }
        QCOMPARE(ours.value(u"id"_s).toString(), ownId);
        const QJsonObject term
            = ours.value(u"service_taxonomys"_s).toArray().at(0).toObject().value(u"taxonomy"_s).toObject();
        QCOMPARE(term.value(u"id"_s).toString(), u"alongside-resource-kind:group"_s);
        QCOMPARE(term.value(u"vocabulary"_s).toString(), u"alongside-resource-kind"_s);
        QCOMPARE(ours.value(u"service_at_locations"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"location"_s)
                     .toObject()
                     .value(u"physical_addresses"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"postal_code"_s)
                     .toString(),
            u"NT1 4XY"_s);

        const QString before = test::dumpAll(*t);
        OpenReferralImport again(t->resources(), t->editor(), today.addDays(10));
        QVERIFY(again.read(path));
        QCOMPARE(actions(again), QList<Action>(5, Action::Unchanged));
        QVERIFY(!again.hasChanges());
        QVERIFY(!again.applying());
        QCOMPARE(again.error(), u"The file has nothing new for the directory."_s);
        QCOMPARE(test::dumpAll(*t), before);
    }

    void aChangedFileChangesOnlyWhatChanged()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QVERIFY(importFile(*t, sample));
        const QString path = t.dir.filePath(u"directory.json"_s);
        QVERIFY(OpenReferralFormat::write(path, everything(*t), nullptr));
        QByteArray bytes = edited(contents(path), u"newtown-svc-0001"_s, [](QJsonObject& s) {
            QJsonArray contacts = s.value(u"contacts"_s).toArray();
            QJsonObject contact = contacts.at(0).toObject();
            contact.insert(
                u"phones"_s, QJsonArray { QJsonObject { { u"id"_s, u"p"_s }, { u"number"_s, u"01632 960999"_s } } });
            contacts[0] = contact;
            s.insert(u"contacts"_s, contacts);
        });
        bytes = edited(bytes, u"newtown-svc-0003"_s, [](QJsonObject& s) {
            s.insert(u"status"_s, u"active"_s); // open again
            s.insert(u"description"_s, u"Short breaks with Shared Lives carers."_s);
        });
        // A value the file leaves out keeps ours.
        bytes = edited(bytes, u"newtown-svc-0002"_s, [](QJsonObject& s) { s.remove(u"service_areas"_s); });
        QVERIFY(writeFile(path, bytes));

        const Resource choirBefore = named(*t, u"Côr Cymunedol Pen-y-bryn"_s);
        OpenReferralImport import(t->resources(), t->editor(), today);
        QVERIFY(import.read(path));
        QCOMPARE(
            actions(import), QList<Action>({ Action::Change, Action::Unchanged, Action::Change, Action::Unchanged }));
        // In the file's order, which is the directory's, by name.
        QCOMPARE(import.items().at(0).after.name, u"Afon Valley Shared Lives"_s);
        QCOMPARE(import.items().at(0).fields, QStringList({ u"description"_s, u"archived_on"_s }));
        QCOMPARE(import.items().at(2).fields, QStringList { u"phone"_s });
        OpenReferralPreview preview;
        QAbstractItemModelTester tester(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        preview.setItems(import.items());
        QCOMPARE(preview.rowCount(), 4);
        QCOMPARE(preview.index(2, OpenReferralPreview::NameColumn).data().toString(), u"Riverside Timebank"_s);
        QCOMPARE(preview.index(2, OpenReferralPreview::ActionColumn).data().toString(), u"Change"_s);
        QCOMPARE(preview.index(2, OpenReferralPreview::DetailsColumn).data().toString(), u"Phone"_s);
        QCOMPARE(preview.index(0, OpenReferralPreview::DetailsColumn).data().toString(), u"Description, Archived on"_s);
        QCOMPARE(preview.index(1, OpenReferralPreview::ActionColumn).data().toString(), u"Unchanged"_s);

        const Resource timebankBefore = named(*t, u"Riverside Timebank"_s);
        QVERIFY(t->editor().run(import.applying()));
        Resource timebank = named(*t, u"Riverside Timebank"_s);
        QCOMPARE(timebank.phone, u"01632 960999"_s);
        timebank.phone = timebankBefore.phone;
        QVERIFY(OpenReferralImport::differences(timebank, timebankBefore).isEmpty());
        const Resource sharedLives = named(*t, u"Afon Valley Shared Lives"_s);
        QVERIFY(!sharedLives.isArchived());
        QCOMPARE(sharedLives.description, u"Short breaks with Shared Lives carers."_s);
        QCOMPARE(named(*t, u"Côr Cymunedol Pen-y-bryn"_s).ward, u"Castle"_s);
        QVERIFY(OpenReferralImport::differences(named(*t, u"Côr Cymunedol Pen-y-bryn"_s), choirBefore).isEmpty());
        // Only the fields that changed got versions of their own.
        QCOMPARE(test::scalarOf(*t,
                     u"SELECT count(*) FROM version v JOIN resource r ON r.key = v.key "
                     "WHERE v.field <> '*'"_s)
                     .toInt(),
            3);
    }

    void servicesAreFoundByIdThenByNameAndPostcode()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Resource listed = resource(u"Men's Shed"_s, u"NT2 3EF"_s);
        listed.hsdsId = u"oruk-77"_s;
        const QString shed = t->resources().add(listed);
        const QString knit = t->resources().add(resource(u"Knit & Natter"_s, u"NT1 4XY"_s));
        const QString walk = t->resources().add(resource(u"Walking Group"_s, u"NT5 1AA"_s));
        const auto service = [](const QString& id, const QString& name, const QString& postcode) {
            return QJsonObject { { u"id"_s, id }, { u"name"_s, name },
                { u"service_at_locations"_s,
                    QJsonArray { QJsonObject { { u"location"_s,
                        QJsonObject { { u"physical_addresses"_s,
                            QJsonArray { QJsonObject { { u"postal_code"_s, postcode } } } } } } } } } };
        };
        const QJsonArray services {
            service(u"oruk-77"_s, u"The Men's Shed"_s, u"NT2 3EF"_s), // by its Open Referral id, renamed
            service(u"oruk-12"_s, u"knit and natter"_s, u"nt14xy"_s), // by name and postcode
            service(walk, u"Walking Group"_s, u"NT5 1AB"_s), // by our own id, the postcode corrected
            service(u"oruk-13"_s, u"Knit & Natter"_s, u"NT9 9ZZ"_s), // the same name elsewhere: a new one
            service(u"oruk-12"_s, u"Knit & Natter"_s, u"NT1 4XY"_s), // twice in the file
        };
        const QString path = t.dir.filePath(u"services.json"_s);
        QVERIFY(writeFile(path, QJsonDocument(services).toJson()));
        OpenReferralImport import(t->resources(), t->editor(), today);
        QVERIFY2(import.read(path), qPrintable(import.error()));
        QCOMPARE(actions(import),
            QList<Action>({ Action::Change, Action::Change, Action::Change, Action::Add, Action::Skip }));
        const QList<OpenReferralImport::Item>& items = import.items();
        QCOMPARE(items.at(0).match, OpenReferralImport::Match::ById);
        QCOMPARE(items.at(0).before.id, shed);
        QCOMPARE(items.at(0).fields, QStringList { u"name"_s });
        QCOMPARE(items.at(1).match, OpenReferralImport::Match::ByNameAndPostcode);
        QCOMPARE(items.at(1).before.id, knit);
        QCOMPARE(items.at(1).fields, QStringList({ u"name"_s, u"hsds_id"_s }));
        QCOMPARE(OpenReferralPreview::details(items.at(1)),
            u"Name, Open Referral identifier (found by name and postcode)"_s);
        QCOMPARE(items.at(2).match, OpenReferralImport::Match::ById);
        QCOMPARE(items.at(2).fields, QStringList { u"postcode"_s }); // our own id is not kept as theirs
        QCOMPARE(items.at(4).reason, u"The file has this service twice; only the first is imported."_s);
        QVERIFY(t->editor().run(import.applying()));
        QCOMPARE(t->resources().find(knit)->hsdsId, u"oruk-12"_s);
        QCOMPARE(t->resources().find(knit)->name, u"knit and natter"_s);
        QCOMPARE(everything(*t).size(), 4);
    }

    void aMalformedFileIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QJsonParseError problem;
        QJsonDocument::fromJson("{ \"content\": [ { \"id\": \"a\", ", &problem);
        QTest::newRow("not JSON") << QByteArray("{ \"content\": [ { \"id\": \"a\", ")
                                  << u"This is not an Open Referral file: it is not JSON (%1 at character %2)."_s
                                         .arg(problem.errorString())
                                         .arg(problem.offset);
        QTest::newRow("no services") << QByteArray("{ \"services\": [] }")
                                     << u"This is not an Open Referral file: it holds no services (a page with "
                                        "\"content\", or a list of services)."_s;
        QTest::newRow("a service without a name")
            << QByteArray("[ { \"id\": \"a\", \"name\": \"Choir\" }, { \"id\": \"b\" } ]")
            << u"Service 2 of the file has no name; every service needs an id and a name, so nothing was imported."_s;
        QTest::newRow("not a service") << QByteArray("{ \"content\": [ { \"id\": \"a\", \"name\": \"Choir\" }, 42 ] }")
                                       << u"Service 2 of the file is not a service; nothing was imported."_s;
    }

    void aMalformedFileIsRefusedAndNothingWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        test::TestCaseload t;
        QVERIFY(t.open());
        QVERIFY(importFile(*t, sample));
        const QString path = t.dir.filePath(u"bad.json"_s);
        QVERIFY(writeFile(path, bytes));
        const QString before = test::dumpAll(*t);
        const QString shared = test::dumpTables(*t, SyncSchema::sharedTables() + SyncSchema::syncTables());
        OpenReferralImport import(t->resources(), t->editor(), today);
        QVERIFY(!import.read(path));
        QCOMPARE(import.error(), message);
        QVERIFY(import.items().isEmpty());
        QCOMPARE(test::dumpAll(*t), before);

        // The command line says the same and exits 1.
        t.close();
        QProcess cli;
        cli.start(QStringLiteral(ALONGSIDE_BINARY), { u"directory"_s, u"--database"_s, t.path(), u"--import"_s, path });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()), u"alongside: "_s + message + u'\n');
        // Opening a caseload notes things of its own (local tables): the records and
        // their versions are as they were.
        QVERIFY(t.open());
        const QStringList records = SyncSchema::sharedTables() + SyncSchema::syncTables();
        QCOMPARE(test::dumpTables(*t, records), shared);
    }
};

QTEST_MAIN(TestOpenReferral)
#include "tst_openreferral.moc"
