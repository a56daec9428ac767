// SPDX-License-Identifier: GPL-3.0-or-later
// Welsh is complete: lupdate run over today's sources finds no string that the Welsh
// file lacks or leaves unfinished, the English file gives every plural, and --lang cy
// turns the window Welsh, Qt's own buttons and dialogs included.

#include "person/PersonWorkspace.h"
#include "shell/MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTreeView>
#include <QProcess>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
struct Entry
{
    bool finished = false;
    bool numerus = false;
};

// (context, source, comment) → whether it is translated.
QHash<QString, Entry> readTs(const QString& path)
{
    QHash<QString, Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message") {
                source.clear();
                comment.clear();
                entry = { false, xml.attributes().value(u"numerus"_s) == u"yes" };
            } else if (name == u"source")
                source = xml.readElementText();
            else if (name == u"comment")
                comment = xml.readElementText();
            else if (name == u"translation") {
                const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                entry.finished = !unfinished && !text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            entries.insert(context + u'\x1f' + source + u'\x1f' + comment, entry);
        }
    }
    return entries;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QHash<QString, Entry> m_current;

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh_cy.ts"_s);
        const QString root = QStringLiteral(ALONGSIDE_SOURCE_DIR);
        QProcess lupdate;
        lupdate.start(QStringLiteral(ALONGSIDE_LUPDATE),
                      { u"-silent"_s, u"-locations"_s, u"none"_s, root + u"/app"_s, root + u"/models"_s,
                        root + u"/views"_s, u"-ts"_s, fresh });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        m_current = readTs(fresh);
        QVERIFY(m_current.size() > 100);
    }

    void welshHasEveryString()
    {
        const QHash<QString, Entry> welsh = readTs(QStringLiteral(ALONGSIDE_SOURCE_DIR) + u"/translations/alongside_cy.ts"_s);
        QStringList missing;
        for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
            if (!welsh.value(it.key()).finished)
                missing.append(QString(it.key()).replace(u'\x1f', u" | "_s));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 strings are missing or unfinished in alongside_cy.ts (run the update_translations "
                            "target, then translate):\n"_s.arg(missing.size())
                            + missing.mid(0, 30).join(u'\n')));
    }

    void englishHasEveryPlural()
    {
        const QHash<QString, Entry> english = readTs(QStringLiteral(ALONGSIDE_SOURCE_DIR) + u"/translations/alongside_en.ts"_s);
        QStringList missing;
        for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
            if (it->numerus && !english.value(it.key()).finished)
                missing.append(QString(it.key()).replace(u'\x1f', u" | "_s));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void windowSpeaksWelsh()
    {
        Translations::install(*QCoreApplication::instance(), u"cy"_s);
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        const QString goal = t->goals().addGoal(id, { { u"title"_s, u"Nofio yn y ganolfan hamdden eto"_s } });
        t->goals().addStep(goal, { { u"text"_s, u"Prynu gwisg nofio"_s } });
        QVERIFY(t->reviews().markDone(t->reviews().dueFor(id), QDate(2025, 11, 20), u"Dal ati gyda'r côr"_s));
        MainWindow window(*t);
        const QList<QAction*> menus = window.menuBar()->actions();
        QCOMPARE(menus.first()->text(), u"&Ffeil"_s);
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        // The Edit menu names the step and the person in Welsh too.
        window.showPerson(id);
        Person before = *t->people().find(id);
        Person after = before;
        after.phone = u"07700 900111"_s;
        QVERIFY(t->editor().push(*window.workspace()->undoStack(),
                                 t->people().editing(before, after, u"golygu manylion Bethan Pritchard"_s)));
        auto* undo = window.findChild<QAction*>(u"undoAction"_s);
        QVERIFY(undo->text().startsWith(u"&Dadwneud"_s));
        window.resize(1366, 768);
        window.show();
        window.workspace()->showTabFor(u"goal"_s);
        test::shoot(&window, u"plan-tab-welsh"_s);
        Translations::install(*QCoreApplication::instance(), u"en"_s);
    }

    // Qt ships no Welsh: the project's own qt_cy.ts gives Qt's standard buttons, the file
    // dialog, print preview and the text boxes' menu their Welsh, and leaves none unfinished.
    void qtWidgetsSpeakWelsh()
    {
        const QHash<QString, Entry> qtWelsh = readTs(QStringLiteral(ALONGSIDE_SOURCE_DIR) + u"/translations/qt_cy.ts"_s);
        QVERIFY(qtWelsh.size() > 200);
        for (auto it = qtWelsh.cbegin(); it != qtWelsh.cend(); ++it)
            QVERIFY2(it->finished, qPrintable(QString(it.key()).replace(u'\x1f', u" | "_s)));

        Translations::install(*QCoreApplication::instance(), u"cy"_s);
        const auto english = qScopeGuard([] { Translations::install(*QCoreApplication::instance(), u"en"_s); });
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close
                                 | QDialogButtonBox::Yes | QDialogButtonBox::No);
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), u"Iawn"_s);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Diddymu"_s);
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), u"Cau"_s);
        QCOMPARE(buttons.button(QDialogButtonBox::Yes)->text(), u"&Ie"_s);
        QCOMPARE(buttons.button(QDialogButtonBox::No)->text(), u"&Na"_s);

        QFileDialog files(nullptr, u"Dewis"_s, QDir::tempPath());
        files.setOption(QFileDialog::DontUseNativeDialog);
        QStringList labels;
        for (const QLabel* label : files.findChildren<QLabel*>())
            labels.append(label->text());
        QVERIFY2(labels.contains(u"Edrych yn:"_s), qPrintable(labels.join(u", "_s)));
        QVERIFY2(labels.contains(u"Ffeiliau o'r math:"_s), qPrintable(labels.join(u", "_s)));
        auto* list = files.findChild<QTreeView*>(u"treeView"_s);
        QVERIFY(list);
        QCOMPARE(list->model()->headerData(0, Qt::Horizontal).toString(), u"Enw"_s);

        QPrinter printer;
        QPrintPreviewDialog preview(&printer);
        QStringList actions;
        for (const QAction* action : preview.findChildren<QAction*>())
            actions.append(action->text());
        QVERIFY2(actions.contains(u"Tudalen nesaf"_s), qPrintable(actions.join(u", "_s)));
        QVERIFY2(actions.contains(u"Gosod y dudalen"_s), qPrintable(actions.join(u", "_s)));

        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QCOMPARE(menu->actions().first()->text().section(u'\t', 0, 0), u"&Dadwneud"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
