// SPDX-License-Identifier: GPL-3.0-or-later
// The one-page profile: its repository and model, and the tab as a coordinator uses it
// (offscreen): add, edit in place, reorder by keyboard and by drag, remove, undo.

#include "person/profile/ProfileTab.h"
#include "shared/UndoScopes.h"
#include "SyncTestSupport.h"
#include "items/ProfileModel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
QStringList texts(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data().toString());
    return out;
}
} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void repositoryKeepsOrderAndVersions()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        ProfileRepository& repo = t->profile();
        for (const QString& text : { u"Her laugh"_s, u"Always on time"_s, u"Good with dogs"_s })
            QVERIFY(!repo.add(person, u"appreciate"_s, text).isEmpty());
        QVERIFY(repo.add(person, u"appreciate"_s, u"   "_s).isEmpty());
        QVERIFY(repo.error().contains(u"empty"_s));
        QVERIFY(repo.move(person, u"appreciate"_s, 2, 0));
        QStringList order;
        for (const auto& item : repo.items(person, u"appreciate"_s))
            order.append(item.text);
        QCOMPARE(order, (QStringList { u"Good with dogs"_s, u"Her laugh"_s, u"Always on time"_s }));
        // A move writes one field: the moved item's position.
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM field_version WHERE table_name = 'profile_item' AND field = 'position'"_s).toInt(), 1);
        QVERIFY(repo.items(person, u"important"_s).isEmpty());
    }

    void modelEditsAndMoves()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        ProfileModel model(t->profile(), t->notifier(), u"important"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPerson(person);
        for (const QString& text : { u"My allotment"_s, u"Seeing my grandchildren"_s, u"Chapel on Sundays"_s })
            t->profile().add(person, u"important"_s, text);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
        QString editedId, before, after;
        connect(&model, &ProfileModel::editRequested, this, [&](const QString& id, const QString& b, const QString& a) {
            editedId = id;
            before = b;
            after = a;
        });
        QVERIFY(model.setData(model.index(0, 0), u"My allotment on Heol y Felin"_s));
        QCOMPARE(before, u"My allotment"_s);
        QCOMPARE(after, u"My allotment on Heol y Felin"_s);
        QVERIFY(!model.setData(model.index(0, 0), u"  "_s));
        // A drop of row 2 above row 0 asks for a move from 2 to 0.
        int from = -1, to = -1;
        connect(&model, &ProfileModel::moveRequested, this, [&](int f, int t2) {
            from = f;
            to = t2;
        });
        std::unique_ptr<QMimeData> data(model.mimeData({ model.index(2, 0) }));
        QVERIFY(model.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        QVERIFY(model.dropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        QCOMPARE(from, 2);
        QCOMPARE(to, 0);
        QVERIFY(model.moveItem(from, to));
        QCOMPARE(texts(model), (QStringList { u"Chapel on Sundays"_s, u"My allotment"_s, u"Seeing my grandchildren"_s }));
        // A row from another section cannot be dropped here.
        ProfileModel other(t->profile(), t->notifier(), u"support"_s);
        other.setPerson(person);
        t->profile().add(person, u"support"_s, u"Speak slowly"_s);
        std::unique_ptr<QMimeData> foreign(other.mimeData({ other.index(0, 0) }));
        QVERIFY(!model.canDropMimeData(foreign.get(), Qt::CopyAction, 0, 0, {}));
    }

    void tabAddsEditsReordersRemovesAndUndoes()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Dafydd"_s, u"Jenkins"_s));
        UndoScopes scopes;
        ProfileTab tab(*t, scopes);
        tab.setPerson(person);
        QUndoStack& undo = scopes.person(person);
        tab.show();
        tab.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        auto* entry = tab.findChild<QLineEdit*>(u"supportEntry"_s);
        entry->setFocus(); // keys go where the keyboard is
        for (const QString& text : { u"Speak slowly"_s, u"Phone before visiting"_s, u"Mornings are best"_s }) {
            QTest::keyClicks(entry, text);
            QTest::keyClick(entry, Qt::Key_Return);
        }
        QCOMPARE(entry->text(), QString());
        ProfileModel* model = tab.model(u"support"_s);
        QCOMPARE(texts(*model), (QStringList { u"Speak slowly"_s, u"Phone before visiting"_s, u"Mornings are best"_s }));

        // Alt+Down moves the chosen item, and keeps it chosen.
        QListView* view = tab.view(u"support"_s);
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(texts(*model), (QStringList { u"Phone before visiting"_s, u"Speak slowly"_s, u"Mornings are best"_s }));
        QCOMPARE(view->currentIndex().row(), 1);

        // Edit in place.
        QVERIFY(model->setData(model->index(1, 0), u"Speak slowly and clearly"_s));
        QCOMPARE(model->index(1, 0).data().toString(), u"Speak slowly and clearly"_s);

        // Delete removes; Undo brings it back in its place; Undo again undoes the edit.
        view->setCurrentIndex(model->index(1, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(texts(*model), (QStringList { u"Phone before visiting"_s, u"Mornings are best"_s }));
        undo.undo();
        QCOMPARE(texts(*model), (QStringList { u"Phone before visiting"_s, u"Speak slowly and clearly"_s, u"Mornings are best"_s }));
        undo.undo();
        QCOMPARE(model->index(1, 0).data().toString(), u"Speak slowly"_s);
        undo.undo(); // the move
        QCOMPARE(texts(*model), (QStringList { u"Speak slowly"_s, u"Phone before visiting"_s, u"Mornings are best"_s }));
        undo.redo();
        undo.redo();
        undo.redo();
        QCOMPARE(texts(*model), (QStringList { u"Phone before visiting"_s, u"Mornings are best"_s }));
        // Every change went through the write path: the three items keep their versions
        // and ids, and the removed one is marked removed, a field that sync carries.
        QCOMPARE(test::scalarOf(*t, u"SELECT count(DISTINCT row_id) FROM field_version WHERE table_name = 'profile_item'"_s).toInt(), 3);
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM profile_item WHERE removed_at IS NOT NULL"_s).toInt(), 1);
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM field_version WHERE table_name = 'profile_item' AND field = 'removed_at'"_s).toInt(), 1);
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM purge"_s).toInt(), 0);
    }
};

QTEST_MAIN(TestProfile)
#include "tst_profile.moc"
