// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/EditProgress.h"

#include "edits/Editor.h"

#include <QApplication>
#include <QProgressDialog>

#include <algorithm>

namespace alongside {

EditProgress::EditProgress(Editor& editor, QWidget* window)
    : QObject(window)
    , m_window(window)
{
    connect(&editor, &Editor::progressed, this, &EditProgress::show);
    connect(&editor, &Editor::settled, this, &EditProgress::finish);
}

EditProgress::~EditProgress()
{
    finish();
}

void EditProgress::show(qint64 done, qint64 total)
{
    if (!m_dialog) {
        // Over the import dialog when the step comes from there, else the main window.
        QWidget* over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
        m_dialog = new QProgressDialog(tr("Saving the changes…"), QString(), 0, 100, over);
        m_dialog->setObjectName(QStringLiteral("editProgress"));
        m_dialog->setWindowTitle(tr("Saving"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumWidth(m_dialog->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22); // the title in full
        m_dialog->setMinimumDuration(400);
        m_dialog->setAutoReset(false);
        m_dialog->setAutoClose(false);
        m_dialog->setValue(0);
    }
    m_dialog->setMaximum(int(std::clamp<qint64>(total, 1, 1 << 30)));
    m_dialog->setValue(int(std::clamp<qint64>(done, 0, 1 << 30)));
}

void EditProgress::finish()
{
    delete m_dialog;
}

} // namespace alongside
