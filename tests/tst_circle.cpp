// SPDX-License-Identifier: GPL-3.0-or-later
// Circle of support: the supporters model, the tab as a coordinator uses it (offscreen),
// and the diagram, whose marks must each land in their own ring of a rendered image.

#include "person/circle/CircleOfSupportTab.h"
#include "shared/UndoScopes.h"
#include "shared/CirclePainter.h"
#include "SyncTestSupport.h"
#include "items/SupportersModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// Answers the next supporter dialog with a name and a circle, then OK.
void answer(QObject* context, const QString& name, int circle)
{
    QTimer::singleShot(0, context, [name, circle] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"supporterName"_s)->setText(name);
        dialog->findChild<QComboBox*>(u"supporterCircle"_s)->setCurrentIndex(circle - 1);
        dialog->accept();
    });
}

// The centres of the blue supporter marks in an image, found from the pixels alone.
QList<QPointF> markCentres(const QImage& image)
{
    auto isMark = [&image](int x, int y) {
        const QColor c = image.pixelColor(x, y);
        return std::abs(c.red() - 0x2c) < 16 && std::abs(c.green() - 0x6e) < 16 && std::abs(c.blue() - 0xb5) < 16;
    };
    QList<QPointF> centres;
    QList<bool> seen(qsizetype(image.width()) * image.height(), false);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (seen.at(qsizetype(y) * image.width() + x) || !isMark(x, y))
                continue;
            // Flood-fill one mark and take the mean of its pixels.
            QList<QPoint> todo { QPoint(x, y) };
            seen[qsizetype(y) * image.width() + x] = true;
            double sx = 0, sy = 0;
            int n = 0;
            while (!todo.isEmpty()) {
                const QPoint p = todo.takeLast();
                sx += p.x();
                sy += p.y();
                ++n;
                for (const QPoint d : { QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1) }) {
                    const QPoint q = p + d;
                    if (q.x() < 0 || q.y() < 0 || q.x() >= image.width() || q.y() >= image.height())
                        continue;
                    const qsizetype at = qsizetype(q.y()) * image.width() + q.x();
                    if (!seen.at(at) && isMark(q.x(), q.y())) {
                        seen[at] = true;
                        todo.append(q);
                    }
                }
            }
            if (n >= 6) // not a stray anti-aliased pixel
                centres.append(QPointF(sx / n, sy / n));
        }
    }
    return centres;
}

// Which ring (1 to 4) a point lies in, for a diagram of `side` centred on `centre`; 0 when on a border.
int ringOf(QPointF point, QPointF centre, double side)
{
    const double distance = std::hypot(point.x() - centre.x(), point.y() - centre.y());
    for (int ring = 1; ring <= 4; ++ring) {
        if (distance > CirclePainter::ringRadius(side, ring - 1) + 2 && distance < CirclePainter::ringRadius(side, ring) - 2)
            return ring;
    }
    return 0;
}
} // namespace

class TestCircle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void modelListsSupportersClosestFirst()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        SupporterRepository& repo = t->supporters();
        SupportersModel model(repo, t->notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPerson(person);
        QVERIFY(!repo.add({ {}, person, u"Gwen"_s, u"support worker"_s, 4, u"07700 900123"_s, {}, {} }).isEmpty());
        QVERIFY(!repo.add({ {}, person, u"Carys"_s, u"sister"_s, 1, {}, u"carys@example.org"_s, {} }).isEmpty());
        QVERIFY(repo.add({ {}, person, u"  "_s, {}, 2, {}, {}, {} }).isEmpty());
        QCOMPARE(repo.error(), u"Give the supporter's name, or how the person refers to them."_s);
        QVERIFY(repo.add({ {}, person, u"Someone"_s, {}, 5, {}, {}, {} }).isEmpty());
        QCOMPARE(repo.error(), u"Choose one of the four circles."_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SupportersModel::NameColumn).data().toString(), u"Carys"_s);
        QCOMPARE(model.index(0, SupportersModel::CircleColumn).data().toString(), u"1: Intimacy"_s);
        QCOMPARE(model.index(0, SupportersModel::ContactColumn).data().toString(), u"carys@example.org"_s);
        QCOMPARE(model.index(1, SupportersModel::ContactColumn).data().toString(), u"07700 900123"_s);
        SupporterRepository::Supporter gwen = model.supporters().at(1);
        gwen.circle = 2;
        QVERIFY(repo.save(gwen));
        QCOMPARE(model.index(1, SupportersModel::CircleColumn).data(SupportersModel::CircleRole).toInt(), 2);
        QVERIFY(repo.remove(gwen.id));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!repo.remove(gwen.id));
        QCOMPARE(repo.error(), u"That supporter is no longer on this laptop."_s);
    }

    void tabAddsSupportersInThreeCirclesAndUndoes()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Dafydd"_s, u"Jenkins"_s));
        UndoScopes scopes;
        CircleOfSupportTab tab(*t, scopes);
        tab.setPerson(person);
        QUndoStack& undo = scopes.person(person);
        tab.resize(900, 500);
        tab.show();
        answer(this, u"Elin"_s, 1);
        tab.addSupporter();
        answer(this, u"Choir friends"_s, 3);
        tab.addSupporter();
        answer(this, u"Home care team"_s, 4);
        tab.addSupporter();
        QCOMPARE(tab.model()->rowCount(), 3);
        QCOMPARE(t->supporters().forPerson(person).size(), 3);

        // Undo the last add, redo it, then move Elin out to friendship and undo that.
        undo.undo();
        QCOMPARE(t->supporters().forPerson(person).size(), 2);
        undo.redo();
        QCOMPARE(t->supporters().forPerson(person).last().name, u"Home care team"_s);
        auto* view = tab.findChild<QTableView*>(u"supportersView"_s);
        view->setCurrentIndex(tab.model()->index(0, 0));
        answer(this, u"Elin"_s, 2);
        tab.editCurrent();
        QCOMPARE(t->supporters().forPerson(person).first().circle, 2);
        undo.undo();
        QCOMPARE(t->supporters().forPerson(person).first().circle, 1);

        // Removing and undoing brings Elin back with her own id, and redo removes her again.
        view->setCurrentIndex(tab.model()->index(0, 0));
        const QString elin = t->supporters().forPerson(person).first().id;
        tab.removeCurrent();
        QCOMPARE(t->supporters().forPerson(person).size(), 2);
        undo.undo();
        QCOMPARE(t->supporters().forPerson(person).first().name, u"Elin"_s);
        QCOMPARE(t->supporters().forPerson(person).first().id, elin);
        undo.redo();
        QCOMPARE(t->supporters().forPerson(person).size(), 2);
        undo.undo();

        // The diagram on screen has one mark in each of rings 1, 3 and 4.
        QWidget* diagram = tab.diagram();
        const QImage shot = diagram->grab().toImage();
        QCOMPARE(shot.size(), diagram->size());
        const QRectF area = QRectF(diagram->rect()).adjusted(4, 4, -4, -4);
        const double side = std::min(area.width(), area.height());
        QVERIFY(side > 200);
        const QList<QPointF> seen = markCentres(shot);
        QCOMPARE(seen.size(), 3);
        QList<int> rings;
        for (const QPointF& p : seen)
            rings.append(ringOf(p, area.center(), side));
        std::sort(rings.begin(), rings.end());
        QCOMPARE(rings, QList<int>({ 1, 3, 4 }));
    }

    void diagramPlacesEachMarkInItsRing_data()
    {
        QTest::addColumn<int>("perRing");
        QTest::newRow("three supporters") << 1;
        QTest::newRow("forty supporters") << 10;
    }

    void diagramPlacesEachMarkInItsRing()
    {
        QFETCH(int, perRing);
        QList<CirclePainter::Mark> marks;
        // Names as coordinators write them: first names, roles, groups.
        const QStringList names { u"Mam"_s, u"Carys"_s, u"Uncle Huw"_s, u"Nain"_s, u"Rhodri"_s, u"Siân"_s,
                                  u"Gareth (son)"_s, u"Bethan"_s, u"Owain"_s, u"Megan"_s, u"Choir friends"_s };
        for (int ring = 1; ring <= (perRing == 1 ? 3 : 4); ++ring) {
            for (int k = 0; k < perRing; ++k)
                marks.append({ names.at((ring * 3 + k) % names.size()) + (perRing > 1 ? u" %1"_s.arg(ring) : QString()), ring });
        }
        QImage image(800, 800, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        const QRectF area(0, 0, 800, 800);
        const QList<CirclePainter::Placed> drawn = CirclePainter::paint(painter, area, u"Dafydd"_s, marks);
        painter.end();
        QCOMPARE(drawn.size(), marks.size());
        // Each mark found in the pixels lies in the ring of the supporter drawn there.
        const QList<QPointF> seen = markCentres(image);
        if (qEnvironmentVariableIsSet("CIRCLE_SHOT"))
            image.save(qEnvironmentVariable("CIRCLE_SHOT"));
        QCOMPARE(seen.size(), marks.size());
        for (int i = 0; i < marks.size(); ++i) {
            const QPointF& at = drawn.at(i).at;
            const auto nearest = std::min_element(seen.begin(), seen.end(), [at](QPointF a, QPointF b) {
                return std::hypot(a.x() - at.x(), a.y() - at.y()) < std::hypot(b.x() - at.x(), b.y() - at.y());
            });
            QVERIFY(std::hypot(nearest->x() - at.x(), nearest->y() - at.y()) < 2);
            QVERIFY2(ringOf(*nearest, area.center(), 800) == marks.at(i).circle,
                     qPrintable(u"%1 is not in ring %2"_s.arg(marks.at(i).label).arg(marks.at(i).circle)));
            // Every name is written, inside the picture, clear of every other name and mark.
            const QRectF label = drawn.at(i).label;
            QVERIFY2(label.width() > 20,
                     qPrintable(u"no room for %1's name"_s.arg(marks.at(i).label)));
            QVERIFY(area.contains(label));
            for (int j = 0; j < marks.size(); ++j) {
                if (j == i)
                    continue;
                QVERIFY2(!label.intersects(drawn.at(j).label),
                         qPrintable(u"%1 and %2 overlap"_s.arg(marks.at(i).label, marks.at(j).label)));
                QVERIFY2(!label.contains(drawn.at(j).at), qPrintable(u"%1 covers %2"_s.arg(marks.at(i).label, marks.at(j).label)));
                const double apart = std::hypot(at.x() - drawn.at(j).at.x(), at.y() - drawn.at(j).at.y());
                QVERIFY2(apart > 12, qPrintable(u"%1 and %2 overlap"_s.arg(marks.at(i).label, marks.at(j).label)));
            }
        }
    }

    // Full names as the printed plan draws them: each is written whole, on one line or
    // two, since there is room; none is cut short ("Rhys Pritch…").
    void namesAreShortenedOnlyWhenTheyWouldCollide()
    {
        const QStringList names { u"Bethan Evans"_s, u"Rhys Pritchard"_s, u"Angharad Llewellyn-Jones"_s, u"Father Dominic"_s,
                                  u"Gwilym ap Dafydd"_s, u"Siân Hughes-Roberts"_s, u"Dr Catrin Williams"_s,
                                  u"Allotment society"_s, u"Mr Oluwaseun Adeyemi"_s, u"Tomos the postman"_s };
        QList<CirclePainter::Mark> marks;
        for (int i = 0; i < names.size(); ++i)
            marks.append({ names.at(i), 1 + i % 4 });
        QImage image(1600, 1600, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        const QList<CirclePainter::Placed> drawn = CirclePainter::paint(painter, QRectF(0, 0, 1600, 1600), u"Rhodri"_s, marks, 1.5);
        painter.end();
        if (qEnvironmentVariableIsSet("CIRCLE_SHOT"))
            image.save(qEnvironmentVariable("CIRCLE_SHOT"));
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(QString(drawn.at(i).text).replace(u'\n', u' '), names.at(i));
        for (int i = 0; i < names.size(); ++i) {
            for (int j = i + 1; j < names.size(); ++j)
                QVERIFY(!drawn.at(i).label.intersects(drawn.at(j).label));
        }
    }
};

QTEST_MAIN(TestCircle)
#include "tst_circle.moc"
