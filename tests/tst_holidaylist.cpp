// SPDX-License-Identifier: GPL-3.0-or-later
// GOV.UK's list of bank holidays: the copy built in and its agreement with the rules,
// nation-only days, years beyond the list marked estimated, a newer copy imported and
// kept, and malformed copies refused with the reason and nothing changed.

#include "TestSupport.h"
#include "dates/BankHolidays.h"
#include "dates/Calendar.h"
#include "repositories/HolidaySettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace alongside;
using Nation = Calendar::Nation;

Q_DECLARE_METATYPE(Nation)

namespace {
QByteArray holidayFile(const QString& name)
{
    QFile file(QStringLiteral(ALONGSIDE_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QDate> datesOf(const QList<BankHolidays::Holiday>& holidays)
{
    QList<QDate> dates;
    for (const BankHolidays::Holiday& h : holidays)
        dates.append(h.date);
    return dates;
}

const QString freshCopy = u": download a fresh copy from www.gov.uk/bank-holidays.json and import that."_s;
} // namespace

class TestHolidayList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void officialListIsBuiltIn()
    {
        const BankHolidayList& list = BankHolidayList::builtIn();
        QCOMPARE(list.firstYear(), 2020);
        QCOMPARE(list.lastYear(), 2027);
        for (Nation nation : BankHolidayList::nations) {
            for (int year = 2020; year <= 2027; ++year)
                QVERIFY(list.covers(year, nation));
            QVERIFY(!list.covers(2019, nation));
            QVERIFY(!list.covers(2028, nation));
        }
        QCOMPARE(list.events(2020, Nation::EnglandAndWales).at(3),
                 (BankHolidayList::Event { QDate(2020, 5, 8), u"Early May bank holiday (VE day)"_s, QString() }));
        QCOMPARE(list.events(2020, Nation::EnglandAndWales).at(7),
                 (BankHolidayList::Event { QDate(2020, 12, 28), u"Boxing Day"_s, u"Substitute day"_s }));
    }

    // The rule engine, with its table of days proclaimed for one year, gives every date
    // the official list gives; the standing rules alone differ only in the years of those
    // one-off days.
    void officialListMatchesTheRules()
    {
        const BankHolidays& official = BankHolidays::builtIn();
        for (Nation nation : BankHolidayList::nations) {
            for (int year = 2020; year <= 2027; ++year) {
                const QList<QDate> listed = datesOf(*official.holidays(year, nation));
                QCOMPARE(datesOf(*BankHolidays::computed(year, nation)), listed);
                const bool oneOffYear = year == 2020 || year == 2022 || year == 2023
                    || (year == 2026 && nation == Nation::Scotland);
                QCOMPARE(datesOf(*BankHolidays::computed(year, nation, BankHolidays::Rules::Standing)) != listed,
                         oneOffYear);
            }
        }
    }

    void scotlandsWorldCupHolidayIsScotlandsAlone()
    {
        const QDate day(2026, 6, 15);
        const auto scotland = BankHolidays::builtIn().day(day, Nation::Scotland);
        QVERIFY(scotland && scotland->holiday);
        QCOMPARE(*scotland->holiday, (BankHolidays::Holiday { day, u"World Cup bank holiday"_s, false }));
        QVERIFY(!Calendar::isWorkingDay(day, Nation::Scotland));
        for (Nation nation : { Nation::EnglandAndWales, Nation::NorthernIreland }) {
            QVERIFY(!BankHolidays::isHoliday(day, nation));
            QVERIFY(Calendar::isWorkingDay(day, nation));
            QVERIFY(!datesOf(*BankHolidays::computed(2026, nation)).contains(day));
        }
        // The rules know it too, for Scotland only, should a list without 2026 be in use.
        QVERIFY(datesOf(*BankHolidays::computed(2026, Nation::Scotland)).contains(day));
        QCOMPARE(Calendar::workingDaysBetween(QDate(2026, 6, 12), QDate(2026, 6, 16), Nation::Scotland), 1);
        QCOMPARE(Calendar::workingDaysBetween(QDate(2026, 6, 12), QDate(2026, 6, 16)), 2);
    }

    void estimatedYearsSaySo()
    {
        const BankHolidays& holidays = BankHolidays::builtIn();
        QCOMPARE(holidays.isEstimated(2030, Nation::EnglandAndWales), std::optional<bool>(true));
        QCOMPARE(holidays.isEstimated(2025, Nation::EnglandAndWales), std::optional<bool>(false));
        QCOMPARE(holidays.isEstimated(1899, Nation::EnglandAndWales), std::optional<bool>());
        const QList<BankHolidays::Holiday> estimated = holidays.holidays(2030, Nation::Scotland).value();
        const QList<BankHolidays::Holiday> listed = holidays.holidays(2025, Nation::Scotland).value();
        QCOMPARE(estimated.size(), 9);
        QCOMPARE(listed.size(), 9);
        for (const BankHolidays::Holiday& h : estimated)
            QVERIFY(h.estimated);
        for (const BankHolidays::Holiday& h : listed)
            QVERIFY(!h.estimated);
        const auto note = [&](QDate d) { return BankHolidays::note(*holidays.day(d, Nation::EnglandAndWales)); };
        QCOMPARE(note(QDate(2030, 12, 25)), u"Bank holiday: Christmas Day (estimated)"_s);
        QCOMPARE(note(QDate(2025, 12, 25)), u"Bank holiday: Christmas Day"_s);
        QCOMPARE(note(QDate(2026, 12, 28)), u"Bank holiday: Boxing Day (substitute day)"_s);
        QCOMPARE(note(QDate(2025, 11, 22)), u"Saturday"_s);
        QCOMPARE(note(QDate(2025, 11, 24)), QString());
    }

    void importReplacesTheList()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        HolidaySettings& settings = t->reviews().holidays();
        QVERIFY(!settings.importedOn().isValid());
        QCOMPARE(settings.nation(), Nation::EnglandAndWales);
        QSignalSpy changed(&settings, &HolidaySettings::changed);
        QVERIFY2(settings.importList(holidayFile(u"bank-holidays-newer.json"_s), QDate(2026, 3, 2)),
                 qPrintable(settings.error()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings.importedOn(), QDate(2026, 3, 2));
        const BankHolidays& holidays = settings.holidays();
        QCOMPARE(holidays.list().firstYear(), 2027);
        QCOMPARE(holidays.list().lastYear(), 2028);
        QCOMPARE(holidays.isEstimated(2028, Nation::Scotland), std::optional<bool>(false));
        QCOMPARE(holidays.isEstimated(2025, Nation::Scotland), std::optional<bool>(true)); // replaced, not merged
        // Listed out of order and with St Andrew's Day twice: in order, once.
        QCOMPARE(datesOf(*holidays.holidays(2028, Nation::Scotland)),
                 (QList<QDate> { { 2028, 1, 3 }, { 2028, 1, 4 }, { 2028, 4, 14 }, { 2028, 5, 1 }, { 2028, 5, 29 },
                                 { 2028, 8, 7 }, { 2028, 11, 30 }, { 2028, 12, 25 }, { 2028, 12, 26 } }));
        QCOMPARE(BankHolidays::note(*holidays.day(QDate(2028, 12, 26), Nation::EnglandAndWales)),
                 u"Bank holiday: Boxing Day"_s);

        // Kept for next time, as imported.
        t.close();
        QVERIFY(t.open());
        QCOMPARE(t->reviews().holidays().importedOn(), QDate(2026, 3, 2));
        QCOMPARE(t->reviews().holidays().holidays().list().json(), holidayFile(u"bank-holidays-newer.json"_s));

        // Back to the list built in.
        HolidaySettings::Choice choice = t->reviews().holidays().choice();
        choice.imported.reset();
        QVERIFY(t->reviews().holidays().save(choice));
        QVERIFY(!t->reviews().holidays().importedOn().isValid());
        QCOMPARE(t->reviews().holidays().holidays().list().lastYear(), 2027);
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM setting WHERE key IN ('holidays.list', 'holidays.importedOn')"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void malformedListsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray newer = holidayFile(u"bank-holidays-newer.json"_s);
        QTest::newRow("not JSON") << holidayFile(u"bank-holidays-not-json.json"_s)
                                  << u"This file is not GOV.UK's list of bank holidays"_s + freshCopy;
        QTest::newRow("a division missing") << holidayFile(u"bank-holidays-no-scotland.json"_s)
                                            << u"This list has no bank holidays for Scotland"_s + freshCopy;
        QTest::newRow("a bad date") << holidayFile(u"bank-holidays-bad-date.json"_s)
                                    << u"This list has “2028-02-30” for Northern Ireland, which is not a real date"_s + freshCopy;
        QTest::newRow("an empty title") << holidayFile(u"bank-holidays-empty-title.json"_s)
                                        << u"This list has a bank holiday on 2028-12-25 for England and Wales with no name"_s
                + freshCopy;
        QByteArray year = newer;
        year.replace(R"("2028-08-28")", R"("1066-10-14")");
        QTest::newRow("an absurd year") << year
                                        << u"This list has a bank holiday in 1066 for England and Wales, outside the years 1900 to 2200"_s
                + freshCopy;
        QByteArray loose = newer;
        loose.replace(R"("2028-08-28")", R"("2028-8-28")");
        QTest::newRow("a loose date") << loose
                                      << u"This list has “2028-8-28” for England and Wales, which is not a real date"_s + freshCopy;
        QByteArray clash = newer;
        clash.replace(R"("date": "2028-12-26")", R"("date": "2028-12-25")"); // Boxing Day on Christmas Day
        QTest::newRow("two names for a day")
            << clash << u"This list gives 2028-12-25 two different names for England and Wales"_s + freshCopy;
        QTest::newRow("no events") << QByteArray(R"({"england-and-wales": {"events": []}, "scotland": {"events": []},
                                                     "northern-ireland": {"events": []}})")
                                   << u"This list has no bank holidays for England and Wales"_s + freshCopy;
        QTest::newRow("events not a list") << QByteArray(R"({"england-and-wales": {"events": {}}})")
                                           << u"This list's entries for England and Wales are damaged"_s + freshCopy;
        QTest::newRow("an array") << QByteArray("[1, 2, 3]") << u"This file is not GOV.UK's list of bank holidays"_s + freshCopy;
        QTest::newRow("far too large") << QByteArray(BankHolidayList::largestFile + 1, ' ')
                                       << u"This file is too large to be GOV.UK's list of bank holidays"_s + freshCopy;
        QByteArray older = holidayFile(u"bank-holidays-newer.json"_s);
        older.replace(R"("2028-)", R"("2025-)").replace(R"("2027-)", R"("2024-)");
        QTest::newRow("older than the list in use")
            << older
            << u"This list runs to 2025 and the one in use already runs to 2027: download a fresh copy from "
               "www.gov.uk/bank-holidays.json and import that."_s;
    }

    void malformedListsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        test::TestCaseload t;
        QVERIFY(t.open());
        HolidaySettings& settings = t->reviews().holidays();
        QSignalSpy changed(&settings, &HolidaySettings::changed);
        QVERIFY(!settings.importList(json, QDate(2026, 3, 2)));
        QCOMPARE(settings.error(), message);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!settings.importedOn().isValid());
        QCOMPARE(settings.holidays().list().lastYear(), 2027);
        QCOMPARE(settings.holidays().isEstimated(2025, Nation::EnglandAndWales), std::optional<bool>(false));
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM setting WHERE key LIKE 'holidays.%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The same words whichever way the file is read.
        QString error;
        if (!message.contains(u"the one in use"_s)) {
            QVERIFY(!BankHolidayList::parse(json, &error));
            QCOMPARE(error, message);
        }
    }
};

QTEST_GUILESS_MAIN(TestHolidayList)
#include "tst_holidaylist.moc"
