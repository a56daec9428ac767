// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace alongside {

class Editor;

// A progress window for the long steps an editor reports (importing thousands of
// people, and undoing or redoing that): it appears when a step has taken a while (over
// 0.4 s), over whichever window is in front, and goes when the step is written or
// abandoned. One per main window, for as long as it is open.
class EditProgress : public QObject
{
    Q_OBJECT

public:
    EditProgress(Editor& editor, QWidget* window);
    ~EditProgress() override;

private:
    void show(qint64 done, qint64 total);
    void finish();

    QWidget* m_window;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace alongside
