// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks a dialog the way a screen reader and a keyboard meet it: every control a person
// reaches has a name to be read out, and Tab visits them in order.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace alongside::test {

// Answers the next modal dialog once it is up and has the keyboard; one that keeps
// refusing is closed after a while, so the test fails instead of hanging.
inline void answerNextDialog(QObject* context, const std::function<void(QDialog*)>& answer)
{
    auto* poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || !dialog->isActiveWindow())
            return;
        poll->stop();
        poll->deleteLater();
        answer(dialog);
        QTimer::singleShot(10000, dialog, [dialog] { dialog->reject(); });
    });
    poll->start();
}

// The objectName of each shown control of window that a screen reader cannot name.
inline QStringList unnamedControls(QWidget* window)
{
    QStringList unnamed;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractItemView*>(w);
        if (!control || w->inherits("QHeaderView"))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        // A choice that says only what it has chosen says nothing of what it is for,
        // unless a label is tied to it (which Orca reads as its name).
        const auto* choice = qobject_cast<QComboBox*>(w);
        if (choice && name == choice->currentText() && a->relations(QAccessible::Label).isEmpty())
            name.clear();
        if (name.remove(u'&').isEmpty())
            unnamed.append(
                w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    }
    return unnamed;
}

// The objectNames of the controls Tab visits from first, until it comes back round.
inline QStringList tabOrder(QWidget* first)
{
    QStringList order;
    first->setFocus(Qt::TabFocusReason);
    QWidget* at = first;
    for (int i = 0; i < 40 && at; ++i) {
        order.append(at->objectName());
        QTest::keyClick(at, Qt::Key_Tab);
        at = QApplication::focusWidget();
        if (at == first)
            break;
    }
    return order;
}

} // namespace alongside::test
