// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class QListView;

namespace alongside {

class Caseload;
class EditCommand;
class ProfileModel;
class UndoScopes;

// The one-page profile: three sections of short items, each added, edited in place,
// reordered (drag, or Alt+Up and Alt+Down) and removed, every change undoable.
class ProfileTab : public QWidget
{
    Q_OBJECT

public:
    ProfileTab(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    ProfileModel* model(const QString& section) const;
    QListView* view(const QString& section) const;

private:
    QWidget* buildSection(const QString& section);
    // Pushes on the person's own stack; says why in a message box when refused.
    bool push(std::unique_ptr<EditCommand> command);
    void addItem(ProfileModel* model, const QString& text);
    void removeCurrent(ProfileModel* model, QListView* view);
    void moveCurrent(ProfileModel* model, QListView* view, int by);

    Caseload& m_caseload;
    UndoScopes& m_undo;
    QString m_personId;
    QHash<QString, ProfileModel*> m_models;
    QHash<QString, QListView*> m_views;
};

} // namespace alongside
