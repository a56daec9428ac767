// People: create, edit, validation that names the problem and changes nothing, archive
// with a reason, and search that forgives accents and finishes words.

#include "TestSupport.h"
#include "dates/DateText.h"
#include "domain/PersonValidator.h"

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
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
