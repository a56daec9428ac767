// SPDX-License-Identifier: GPL-3.0-or-later
// Adding someone new: who they may already be is shown first (likely before possible),
// nothing is added until the coordinator says so, and the person already here can be
// opened instead; a date of birth that is not a date is named and nothing is added.

#include "people/NewPersonDialog.h"
#include "repositories/PeopleQuery.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

class TestNewPerson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    // Adding someone who may already be here shows who, likely first, and adds nothing
    // until the coordinator says so; they can open the one already here instead. A date
    // of birth that is not a date is named, and nothing is added.
    void newPersonWarnsOfDuplicates()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Person existing = test::person(u"Piotr"_s, u"Munro"_s);
        existing.postcode = u"CF5 4AB"_s;
        const QString piotr = t->people().create(existing);
        const auto count = [&] { return t->people().count(PeopleQuery {}); };
        QCOMPARE(count(), 1);
        const auto fill = [](NewPersonDialog& dialog, const QString& born) {
            dialog.findChild<QLineEdit*>(u"givenName"_s)->setText(u"piotr"_s);
            dialog.findChild<QLineEdit*>(u"familyName"_s)->setText(u"Munro"_s);
            dialog.findChild<QLineEdit*>(u"postcode"_s)->setText(u"cf5 4ab"_s);
            dialog.findChild<QLineEdit*>(u"dateOfBirth"_s)->setText(born);
        };
        {
            NewPersonDialog dialog(t->people(), t->site().site().coordinatorId);
            fill(dialog, u"31/02/1960"_s);
            dialog.accept();
            QCOMPARE(dialog.findChild<QLabel*>(u"error"_s)->text(),
                     u"Date of birth: “31/02/1960” is not a date. Type it as day/month/year, for example 23/11/1985."_s);
            QCOMPARE(count(), 1);
            dialog.findChild<QLineEdit*>(u"dateOfBirth"_s)->setText(u"3/5/1960"_s);
            dialog.accept();
            QCOMPARE(count(), 1); // not yet: first, who this may be
            auto* matches = dialog.findChild<QListWidget*>(u"duplicates"_s);
            QVERIFY(!matches->isHidden());
            QCOMPARE(matches->count(), 1);
            QCOMPARE(matches->item(0)->text(), u"Likely: Piotr Munro (same name and postcode)"_s);
            QVERIFY(dialog.findChild<QLabel*>(u"duplicatesTitle"_s)->text().startsWith(u"This is likely someone already here."_s));
            dialog.findChild<QPushButton*>(u"openDuplicate"_s)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.openedId(), piotr);
            QVERIFY(dialog.createdId().isEmpty());
            QCOMPARE(count(), 1);
        }
        NewPersonDialog dialog(t->people(), t->site().site().coordinatorId);
        fill(dialog, QString());
        dialog.accept();
        QCOMPARE(count(), 1);
        dialog.accept(); // Add anyway
        QCOMPARE(count(), 2);
        QCOMPARE(t->people().find(dialog.createdId())->postcode, u"CF5 4AB"_s);
    }
};

QTEST_MAIN(TestNewPerson)
#include "tst_newperson.moc"
