#pragma once

#include "StepCommand.h"

#include <QHash>
#include <QWidget>

class QListView;
class QUndoStack;

namespace alongside {

class Caseload;
class ProfileModel;

// The one-page profile: three sections of short items, each added, edited in place,
// reordered (drag, or Alt+Up and Alt+Down) and removed, every change undoable.
class ProfileTab : public QWidget
{
    Q_OBJECT

public:
    ProfileTab(Caseload& caseload, QUndoStack& undoStack, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    ProfileModel* model(const QString& section) const;
    QListView* view(const QString& section) const;
    // The id an item has now: removing and restoring an item gives it a new one.
    QString currentId(const QString& id) const { return m_trail.current(id); }

private:
    QWidget* buildSection(const QString& section);
    void addItem(ProfileModel* model, const QString& text);
    void removeCurrent(ProfileModel* model, QListView* view);
    void moveCurrent(ProfileModel* model, QListView* view, int by);

    Caseload& m_caseload;
    QUndoStack& m_undoStack;
    QHash<QString, ProfileModel*> m_models;
    QHash<QString, QListView*> m_views;
    IdTrail m_trail;
};

} // namespace alongside
