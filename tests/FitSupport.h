// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for tests that check what fits on a laptop's screen: an offscreen screen of a
// given size and scale factor, and a checker that lists each window that cannot fit and
// each text that is cut short.

#include "TourSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

namespace alongside::test {

// ALONGSIDE_FIT_SCREEN ("1366x768@1.25"): the physical screen and scale factor.
struct FitScreen
{
    int width = 0;
    int height = 0;
    double scale = 1;
};

inline FitScreen fitScreen()
{
    const QString spec = qEnvironmentVariable("ALONGSIDE_FIT_SCREEN");
    const QStringList parts = spec.split(QLatin1Char('@'));
    const QStringList size = parts.value(0).split(QLatin1Char('x'));
    if (parts.size() != 2 || size.size() != 2)
        return {};
    return { size.at(0).toInt(), size.at(1).toInt(), parts.at(1).toDouble() };
}

inline bool fitScreenIsSet() { return fitScreen().width > 0; }

// A desktop's panel (GNOME's top bar, a taskbar), in scaled pixels.
inline constexpr int panelHeight = 32;

// Before QApplication: an offscreen screen of that many physical pixels, and Qt's scale
// factor, as a desktop set to 125% or 150% gives.
inline void setUpFitScreen()
{
    const FitScreen s = fitScreen();
    if (s.width <= 0)
        return;
    const QString path = QDir::temp().filePath(QStringLiteral("alongside-fit-%1.json").arg(QCoreApplication::applicationPid()));
    QFile config(path);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    // A desktop's panel is not the windows' to use: the screen handed out is that much shorter.
    config.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                     .arg(s.width)
                     .arg(s.height - qRound(panelHeight * s.scale))
                     .toUtf8());
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
    qputenv("QT_SCALE_FACTOR", QByteArray::number(s.scale));
}

// The offscreen platform says it cannot pass size hints on, once per window: noise here.
inline void quietenOffscreenWarnings()
{
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (!message.contains(QLatin1String("does not support propagateSizeHints")))
            previous(type, context, message);
    });
}

class FitChecker
{
public:
    // What a desktop leaves a window's contents, in the scaled pixels widgets use: the
    // screen less its panel (see setUpFitScreen), the title bar and the window's borders.
    static constexpr int titleBar = 32;
    static constexpr int border = 4;

    QSize room() const
    {
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        return screen - QSize(2 * border, titleBar + border);
    }

    const QStringList& problems() const { return m_problems; }

    // A window as the tour shows it: the first window opens inside the room (or
    // maximised), a dialog opens no larger than the room, and each one's smallest size
    // fits, with no text cut short at its size.
    void visit(QWidget* window, const QString& what, Shown shown)
    {
        const bool maximised = window->isMaximized(); // the window manager fits those
        if (shown != Shown::Page && !maximised && (window->width() > room().width() || window->height() > room().height()))
            complain(what, QStringLiteral("opens at %1×%2").arg(window->width()).arg(window->height()));
        check(window, what);
    }

    // A window as it is now: its smallest size fits the room, and at its size (no more
    // than the room) no text is cut short.
    void check(QWidget* window, const QString& what)
    {
        settle(window);
        const QSize least = window->minimumSize().expandedTo(window->minimumSizeHint());
        if (least.width() > room().width() || least.height() > room().height())
            complain(what, QStringLiteral("needs at least %1×%2").arg(least.width()).arg(least.height()));
        if (window->width() > room().width() || window->height() > room().height()) {
            window->resize(window->size().boundedTo(room()));
            settle(window);
        }
        checkTexts(window, what);
    }

private:
    void complain(const QString& what, const QString& problem)
    {
        m_problems.append(QStringLiteral("%1×%2 at %3: %4 %5 (room %6×%7)")
                              .arg(fitScreen().width)
                              .arg(fitScreen().height)
                              .arg(fitScreen().scale)
                              .arg(what, problem)
                              .arg(room().width())
                              .arg(room().height()));
    }

    static QString plain(QString text)
    {
        text.remove(QLatin1Char('&'));
        return text;
    }

    // A widget that is out of the window's sight unless scrolled to is reachable; one
    // beyond the window's edge outside any scroll area is cut off.
    static bool insideScrollArea(const QWidget* widget, const QWidget* window)
    {
        for (const QWidget* w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
            if (qobject_cast<const QAbstractScrollArea*>(w))
                return true;
        }
        return false;
    }

    void checkTexts(QWidget* window, const QString& what)
    {
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisibleTo(window) || w->width() <= 0)
                continue;
            const QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
            const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
            if (!insideScrollArea(w, window) && !window->rect().contains(inWindow) && !w->isWindow())
                complain(what, QStringLiteral("%1 lies beyond the window's edge").arg(name));
            const QFontMetrics fm = w->fontMetrics();
            if (auto* label = qobject_cast<QLabel*>(w)) {
                if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
                    continue;
                int needed = fm.horizontalAdvance(plain(label->text()));
                if (Qt::mightBeRichText(label->text()) || label->textFormat() == Qt::RichText) {
                    QTextDocument doc;
                    doc.setDefaultFont(label->font());
                    doc.setHtml(label->text());
                    doc.setDocumentMargin(0);
                    needed = int(doc.idealWidth());
                }
                if (needed > label->contentsRect().width() + 1)
                    complain(what, QStringLiteral("label \"%1\" is cut (%2 of %3 px)").arg(label->text()).arg(label->contentsRect().width()).arg(needed));
            } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                const auto* tool = qobject_cast<QToolButton*>(button);
                const bool iconOnly = tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull();
                if (!iconOnly && !button->text().isEmpty() && button->width() < button->sizeHint().width() - 1)
                    complain(what, QStringLiteral("button \"%1\" is cut (%2 of %3 px)").arg(plain(button->text())).arg(button->width()).arg(button->sizeHint().width()));
            } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = combo->isEditable();
                const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                const int needed = fm.horizontalAdvance(combo->currentText());
                if (!combo->isEditable() && needed > field.width() + 1)
                    complain(what, QStringLiteral("choice \"%1\" is cut (%2 of %3 px)").arg(combo->currentText()).arg(field.width()).arg(needed));
            } else if (auto* bar = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < bar->count(); ++i) {
                    const QRect tab = bar->tabRect(i);
                    if (tab.left() < 0 || tab.right() > bar->width())
                        complain(what, QStringLiteral("tab \"%1\" is out of sight").arg(plain(bar->tabText(i))));
                    else if (fm.horizontalAdvance(plain(bar->tabText(i))) > tab.width())
                        complain(what, QStringLiteral("tab \"%1\" is cut").arg(plain(bar->tabText(i))));
                }
            } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
                if (header->orientation() != Qt::Horizontal || !header->model())
                    continue;
                const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                // A chosen row's column headings are drawn bold.
                QFont font = header->font();
                font.setBold(font.bold() || header->highlightSections());
                const QFontMetrics metrics(font);
                for (int i = 0; i < header->count(); ++i) {
                    if (header->isSectionHidden(i))
                        continue;
                    const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
                    const int needed = metrics.horizontalAdvance(text) + 2 * margin;
                    if (needed > header->sectionSize(i))
                        complain(what, QStringLiteral("column \"%1\" is cut (%2 of %3 px)").arg(text).arg(header->sectionSize(i)).arg(needed));
                }
            } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
                if (fm.horizontalAdvance(plain(group->title())) > group->width())
                    complain(what, QStringLiteral("group \"%1\" is cut").arg(plain(group->title())));
            }
        }
    }

    QStringList m_problems;
};

} // namespace alongside::test
