// SPDX-License-Identifier: GPL-3.0-or-later
// People: create, edit, validation that names the problem and changes nothing, archive
// with a reason, and search that forgives accents and finishes words.

#include "TestSupport.h"
#include "dates/DateText.h"
#include "domain/PersonValidator.h"
#include "repositories/DuplicateFinder.h"

#include <QSqlQuery>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
int versions(Caseload& c)
{
    QSqlQuery q(c.database().connection());
    q.exec(u"SELECT count(*) FROM field_version"_s);
    q.next();
    return q.value(0).toInt();
}

QStringList names(Caseload& c, const PeopleQuery& query)
{
    QStringList result;
    for (const PersonRow& r : c.people().page(query, 0, 100))
        result.append(r.givenName + u' ' + r.familyName);
    return result;
}
} // namespace

class TestPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void createAndEditEveryField()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Person p = test::person(u"Gwenllïan"_s, u"ap Gwilym"_s);
        p.preferredName = u"Gwen"_s;
        p.pronouns = u"she/her"_s;
        p.dateOfBirth = u"1950-03-01"_s;
        p.phone = u"07700 900321"_s;
        p.email = u"gwen@example.org"_s;
        p.address = u"3 Heol y Felin"_s;
        p.postcode = u"cf10 1aa"_s;
        p.ward = u"Riverside"_s;
        p.introducedOn = u"2025-01-10"_s;
        p.introducedBy = u"gp"_s;
        p.level = 2;
        p.stage = u"vision"_s;
        p.consentOn = u"2025-01-12"_s;
        p.consentNote = u"Happy for the team to see notes."_s;
        p.reviewEveryMonths = 6;
        const QString id = t->people().create(p);
        QVERIFY2(!id.isEmpty(), qPrintable(t->people().error()));
        const Person stored = *t->people().find(id);
        QCOMPARE(stored.postcode, u"CF10 1AA"_s); // tidied
        QCOMPARE(stored.displayName(), u"Gwenllïan ap Gwilym (Gwen)"_s);
        QCOMPARE(stored.reviewEveryMonths, 6);
        QCOMPARE(stored.stage, u"vision"_s);

        Person edited = stored;
        edited.ward = u"Pen-y-bryn"_s;
        edited.level = 1;
        QVERIFY(t->people().save(edited));
        QCOMPARE(t->people().find(id)->ward, u"Pen-y-bryn"_s);
        QCOMPARE(t->people().find(id)->level, 1);
    }

    void validationSaysWhatIsWrongAndChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("date") << u"date_of_birth"_s << u"1990-02-31"_s << u"Date of birth is not a real date."_s;
        QTest::newRow("future") << u"introduced_on"_s << u"2099-01-01"_s
                                << u"Introduced on is in the future: check the date."_s;
        QTest::newRow("old") << u"date_of_birth"_s << u"1850-01-01"_s << u"Date of birth is before 1900: check the year."_s;
        QTest::newRow("email") << u"email"_s << u"gwen at example"_s
                               << u"The e-mail address should look like name@example.org."_s;
        QTest::newRow("postcode") << u"postcode"_s << u"CF1"_s
                                  << u"The postcode should look like a UK postcode, for example CF10 1AA."_s;
        QTest::newRow("names") << u"given_name"_s << QString() << u"Give at least a first name or a family name."_s;
    }

    void validationSaysWhatIsWrongAndChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Ann"_s, u""_s));
        const Person before = *t->people().find(id);
        const int versionsBefore = versions(*t);

        QVariantMap fields = before.toFields();
        fields.insert(field, value);
        const Person bad = Person::fromFields(id, fields);
        QVERIFY(!t->people().save(bad));
        QCOMPARE(t->people().error(), message);
        QCOMPARE(t->people().problems().constFirst().field, field);
        QCOMPARE(t->people().find(id)->toFields(), before.toFields());
        QCOMPARE(versions(*t), versionsBefore);
        QVERIFY(t->people().create(bad).isEmpty());
        QCOMPARE(t->people().count({}), 1);
    }

    void archiveAndUnarchiveWithReason()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Iolo"_s, u"Morgan"_s));
        QVERIFY(t->people().archive(id, u"Moved away from the area"_s, QDate(2025, 11, 1)));
        Person p = *t->people().find(id);
        QCOMPARE(p.archivedOn, u"2025-11-01"_s);
        QCOMPARE(p.archivedReason, u"Moved away from the area"_s);
        PeopleQuery current;
        QCOMPARE(t->people().count(current), 0);
        PeopleQuery archived;
        archived.archived = PeopleQuery::Archived::Only;
        QCOMPARE(t->people().count(archived), 1);
        QVERIFY(t->people().unarchive(id));
        QCOMPARE(t->people().count(current), 1);
        QVERIFY(t->people().find(id)->archivedReason.isEmpty());
    }

    void searchForgivesAccentsAndFinishesWords_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no accent finds accent") << u"sian"_s << QStringList { u"Siân Evans"_s };
        QTest::newRow("accent") << u"Siân"_s << QStringList { u"Siân Evans"_s };
        QTest::newRow("prefix") << u"ev"_s << QStringList { u"Evan Price"_s, u"Siân Evans"_s };
        QTest::newRow("two words") << u"si ev"_s << QStringList { u"Siân Evans"_s };
        QTest::newRow("postcode") << u"cf24"_s << QStringList { u"Llŷr Hughes"_s };
        QTest::newRow("phone") << u"900555"_s << QStringList { u"Evan Price"_s };
        QTest::newRow("circumflex y") << u"llyr"_s << QStringList { u"Llŷr Hughes"_s };
        QTest::newRow("quote") << u"o'connor"_s << QStringList { u"Aoife O'Connor"_s };
        QTest::newRow("punctuation only") << u"\"*"_s
                                          << QStringList { u"Aoife O'Connor"_s, u"Evan Price"_s, u"Llŷr Hughes"_s,
                                                           u"Siân Evans"_s };
        QTest::newRow("nobody") << u"zebedee"_s << QStringList {};
    }

    void searchForgivesAccentsAndFinishesWords()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        test::TestCaseload t;
        QVERIFY(t.open());
        t->people().create(test::person(u"Siân"_s, u"Evans"_s));
        Person evan = test::person(u"Evan"_s, u"Price"_s);
        evan.phone = u"07700 900555"_s;
        t->people().create(evan);
        Person llyr = test::person(u"Llŷr"_s, u"Hughes"_s);
        llyr.postcode = u"CF24 3AA"_s;
        t->people().create(llyr);
        t->people().create(test::person(u"Aoife"_s, u"O'Connor"_s));
        PeopleQuery q;
        q.search = search;
        QCOMPARE(names(*t, q), expected);
        QCOMPARE(t->people().count(q), expected.size());
    }

    void searchFollowsEdits()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Rhiannon"_s, u"Jones"_s));
        Person p = *t->people().find(id);
        p.familyName = u"Bevan"_s;
        QVERIFY(t->people().save(p));
        PeopleQuery q;
        q.search = u"jones"_s;
        QCOMPARE(t->people().count(q), 0);
        q.search = u"bevan"_s;
        QCOMPARE(t->people().count(q), 1);
    }

    void filtersAndSorting()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        auto add = [&](const QString& given, const QString& stage, int level) {
            Person p = test::person(given, u"Test"_s);
            p.stage = stage;
            p.level = level;
            return t->people().create(p);
        };
        const QString cai = add(u"Cai"_s, u"planning"_s, 2);
        add(u"Bea"_s, u"introduced"_s, 1);
        const QString ada = add(u"Ada"_s, u"connecting"_s, 2);
        PeopleQuery q;
        QCOMPARE(names(*t, q), (QStringList { u"Ada Test"_s, u"Bea Test"_s, u"Cai Test"_s }));
        q.order = Qt::DescendingOrder;
        QCOMPARE(names(*t, q), (QStringList { u"Cai Test"_s, u"Bea Test"_s, u"Ada Test"_s }));
        q = {};
        q.sort = PeopleQuery::Sort::Stage;
        QCOMPARE(names(*t, q), (QStringList { u"Bea Test"_s, u"Cai Test"_s, u"Ada Test"_s }));
        q = {};
        q.level = 2;
        QCOMPARE(names(*t, q), (QStringList { u"Ada Test"_s, u"Cai Test"_s }));
        q.stage = u"planning"_s;
        QCOMPARE(names(*t, q), (QStringList { u"Cai Test"_s }));

        // Last contact: longest ago first when ascending, never-contacted before everyone.
        Note n;
        n.text = u"Coffee"_s;
        n.personId = cai;
        n.occurredAt = QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC);
        QVERIFY(!t->notes().add(n).isEmpty());
        n.personId = ada;
        n.occurredAt = QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
        QVERIFY(!t->notes().add(n).isEmpty());
        q = {};
        q.sort = PeopleQuery::Sort::LastContact;
        QCOMPARE(names(*t, q), (QStringList { u"Bea Test"_s, u"Ada Test"_s, u"Cai Test"_s }));
        QCOMPARE(t->people().rowOf(q, cai), 2);
        q.order = Qt::DescendingOrder;
        QCOMPARE(names(*t, q), (QStringList { u"Cai Test"_s, u"Ada Test"_s, u"Bea Test"_s }));
        QCOMPARE(t->people().rowOf(q, cai), 0);
    }

    void readsDatesAsCoordinatorsTypeThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("slashes") << u"23/11/1985"_s << QDate(1985, 11, 23);
        QTest::newRow("dashes") << u"23-11-1985"_s << QDate(1985, 11, 23);
        QTest::newRow("dots") << u"1.2.2020"_s << QDate(2020, 2, 1);
        QTest::newRow("iso") << u"1985-11-23"_s << QDate(1985, 11, 23);
        QTest::newRow("long") << u"23 November 1985"_s << QDate(1985, 11, 23);
        QTest::newRow("no such day") << u"31/02/1990"_s << QDate();
        QTest::newRow("words") << u"next Tuesday"_s << QDate();
        // Relative to today (Saturday 31 January 2026 here).
        QTest::newRow("today") << u"Today"_s << QDate(2026, 1, 31);
        QTest::newRow("yesterday") << u" yesterday "_s << QDate(2026, 1, 30);
        QTest::newRow("tomorrow") << u"tomorrow"_s << QDate(2026, 2, 1);
        QTest::newRow("two weeks on") << u"+2w"_s << QDate(2026, 2, 14);
        QTest::newRow("three days back") << u"-3d"_s << QDate(2026, 1, 28);
        QTest::newRow("a month on, short month") << u"+1m"_s << QDate(2026, 2, 28);
        QTest::newRow("a year on, spaced") << u"+ 1 Y"_s << QDate(2027, 1, 31);
        QTest::newRow("no unit") << u"+2"_s << QDate();
        QTest::newRow("no sign") << u"2w"_s << QDate();
    }

    void readsDatesAsCoordinatorsTypeThem()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(DateText::parse(text, QLocale(QLocale::English, QLocale::UnitedKingdom), QDate(2026, 1, 31)), expected);
    }

    // In Welsh the words are Welsh (and the English ones still work); a date that cannot
    // be read says how to type one.
    void readsRelativeDatesInWelsh()
    {
        QTranslator welsh;
        QVERIFY(welsh.load(u":/i18n/alongside_cy.qm"_s));
        QCoreApplication::installTranslator(&welsh);
        const QLocale cy(QLocale::Welsh, QLocale::UnitedKingdom);
        const QDate today(2026, 1, 31);
        QCOMPARE(DateText::parse(u"heddiw"_s, cy, today), today);
        QCOMPARE(DateText::parse(u"Ddoe"_s, cy, today), QDate(2026, 1, 30));
        QCOMPARE(DateText::parse(u"yfory"_s, cy, today), QDate(2026, 2, 1));
        QCOMPARE(DateText::parse(u"today"_s, cy, today), today);
        QCoreApplication::removeTranslator(&welsh);
        QString iso;
        QString problem;
        QVERIFY(!DateText::readTyped(u"soon"_s, &iso, &problem));
        QVERIFY2(problem.contains(u"+2w"_s) && problem.contains(u"today"_s), qPrintable(problem));
        QVERIFY(DateText::readTyped(u"today"_s, &iso, &problem));
        QCOMPARE(iso, QDate::currentDate().toString(Qt::ISODate));
    }

    // Names compare with accents, case, hyphens and spacing folded; phones by digits.
    void duplicateFolding()
    {
        QCOMPARE(DuplicateFinder::foldName(u"  Siân  LLEWELLYN-Pritchard "_s), u"sian llewellyn pritchard"_s);
        QCOMPARE(DuplicateFinder::foldName(u"Zoë O'Brien"_s), u"zoe obrien"_s);
        QCOMPARE(DuplicateFinder::foldPhone(u"+44 7700 900123"_s), u"07700900123"_s);
        QCOMPARE(DuplicateFinder::foldPostcode(u"cf5 4ab"_s), u"CF54AB"_s);
        QCOMPARE(DuplicateFinder::editDistance(u"munro"_s, u"monroe"_s), 2);
    }

    // Likely: the same name and a detail, or a similar name and the date of birth.
    // Possible: the same name alone, or a similar name and postcode or phone. An
    // archived person counts; a similar name alone does not.
    void duplicatesLikelyAndPossible()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const auto add = [&](const QString& given, const QString& family, const QString& born, const QString& postcode,
                             const QString& phone) {
            Person p = test::person(given, family);
            p.dateOfBirth = born;
            p.postcode = postcode;
            p.phone = phone;
            return t->people().create(p);
        };
        const QString piotr = add(u"Piotr"_s, u"Munro"_s, u"1960-05-03"_s, u"CF5 4AB"_s, u"07700 900123"_s);
        const QString sian = add(u"Siân"_s, u"Evans"_s, QString(), QString(), QString());
        const QString monro = add(u"Piotr"_s, u"Monro"_s, u"1971-01-01"_s, u"SA1 1AA"_s, QString());
        add(u"Rhys"_s, u"Pugh"_s, u"1960-05-03"_s, u"CF5 4AB"_s, QString());
        QVERIFY(t->people().archive(sian, u"Moved away"_s, QDate(2025, 10, 1)));
        DuplicateFinder finder(t->database());

        Person same = test::person(u"piotr"_s, u"MUNRO"_s);
        same.phone = u"+44 7700 900123"_s;
        QList<DuplicateFinder::Match> found = finder.find(same);
        QCOMPARE(found.size(), 1); // Monro: a similar name and nothing else shared
        QCOMPARE(found.first().personId, piotr);
        QCOMPARE(found.first().strength, DuplicateFinder::Strength::Likely);
        QCOMPARE(found.first().why, u"same name and phone"_s);

        found = finder.find(test::person(u"Sian"_s, u"Evans"_s));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().personId, sian); // archived, and found
        QCOMPARE(found.first().strength, DuplicateFinder::Strength::Possible);
        QCOMPARE(found.first().why, u"same name"_s);

        Person similar = test::person(u"Piotr"_s, u"Monroe"_s);
        similar.dateOfBirth = u"1971-01-01"_s;
        similar.postcode = u"CF5 4AB"_s;
        found = finder.find(similar);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).personId, monro); // a similar name and the date of birth
        QCOMPARE(found.at(0).strength, DuplicateFinder::Strength::Likely);
        QCOMPARE(found.at(0).why, u"a similar name and date of birth"_s);
        QCOMPARE(found.at(1).personId, piotr); // a similar name and the postcode
        QCOMPARE(found.at(1).strength, DuplicateFinder::Strength::Possible);

        QVERIFY(finder.find(test::person(u"Nia"_s, u"Morgan"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
