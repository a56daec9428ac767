// SPDX-License-Identifier: GPL-3.0-or-later
// A screen reader can name every control: the tour opens every page, tab and dialog,
// in English and in Welsh, and each visible input, list, choice and button must have
// an accessible name (its text, its label's, or one given; a choice's name is more
// than what it has chosen). What the tree holds is
// listed with ALONGSIDE_A11Y_DUMP set, as Orca would read it.

#include "TourSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

// Controls a person reaches with Tab or the mouse. Parts of another control (the line
// edit of a spin box or an editable choice, a view's header) speak through that control.
bool interactive(const QWidget* w)
{
    if (qobject_cast<const QLineEdit*>(w)) {
        const QWidget* parent = w->parentWidget();
        return !qobject_cast<const QAbstractSpinBox*>(parent) && !qobject_cast<const QComboBox*>(parent);
    }
    if (qobject_cast<const QScrollBar*>(w))
        return false;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w)
        || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QTextEdit*>(w)
        || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTabBar*>(w)
        || (qobject_cast<const QAbstractItemView*>(w) && !qobject_cast<const QHeaderView*>(w));
}

// Qt's own dialogs are named by Qt; only the app's are checked.
bool ours(const QWidget* window)
{
    return QByteArray(window->metaObject()->className()).startsWith("alongside::");
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }
    void init() { QSettings().clear(); }

    void everyControlIsNamed_data()
    {
        test::languageRows();
    }

    void everyControlIsNamed()
    {
        QFETCH(QString, language);
        const test::InLanguage inLanguage(language);
        test::TestCaseload t;
        QVERIFY(t.open());
        QStringList unnamed;
        int named = 0;
        const bool dump = qEnvironmentVariableIsSet("ALONGSIDE_A11Y_DUMP");
        QVERIFY(test::tour(t, [&](QWidget* window, const QString& what, test::Shown) {
            if (!ours(window))
                return;
            // Clear buttons show once there is something to clear.
            for (QLineEdit* edit : window->findChildren<QLineEdit*>()) {
                if (edit->isClearButtonEnabled() && edit->isVisibleTo(window) && edit->text().isEmpty())
                    edit->setText(u"a"_s);
            }
            test::settle(window);
            for (QWidget* w : window->findChildren<QWidget*>()) {
                if (!w->isVisibleTo(window) || !interactive(w))
                    continue;
                QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
                const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
                if (dump)
                    qInfo().noquote() << what << "|" << w->metaObject()->className() << w->objectName() << "|" << name
                                      << "|" << (a ? a->text(QAccessible::Description) : QString());
                // A choice that only says what is chosen does not say what it chooses,
                // unless a label is tied to it (which Orca reads as its name).
                const auto* combo = qobject_cast<QComboBox*>(w);
                const bool labelled = a && !a->relations(QAccessible::Label).isEmpty();
                if (name.isEmpty() || (combo && name == combo->currentText() && !labelled))
                    unnamed.append(u"%1: %2 %3"_s.arg(what, QString::fromLatin1(w->metaObject()->className()), w->objectName()));
                else
                    ++named;
            }
        }));
        unnamed.removeDuplicates();
        for (const QString& control : std::as_const(unnamed))
            qWarning().noquote() << "no accessible name:" << control;
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"%1 controls have no accessible name (listed above)"_s.arg(unnamed.size())));
        QVERIFY(named > 100);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
