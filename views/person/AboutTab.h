// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Person.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace alongside {

class AboutForm;
class ConsentBox;
class Caseload;
class UndoScopes;
class DraftKeeper;

// The About tab: every detail of a person, saved with validation, undoable, with
// unsaved changes kept as a draft; archive and unarchive with a reason. Leaving the
// person (another person, closing or locking the window) saves what was changed, with
// undo on their page; what cannot be saved stays a draft, and either way it is said.
class AboutTab : public QWidget
{
    Q_OBJECT

public:
    // caseload and undo are borrowed and must outlive the tab.
    AboutTab(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);
    ~AboutTab() override;

    void setPerson(const QString& id);
    bool isDirty() const { return m_dirty; }
    QString message() const;

    bool save();
    void revert();
    // Saves the changes on leaving the person; what does not pass the checks stays a
    // draft. Says which in noticed().
    void leave();
    // Everything held about the person (SubjectAccess) in a new folder inside `parent`;
    // the folder, or empty when it could not be written (the reason is shown).
    QString writeEverything(const QString& parent);

Q_SIGNALS:
    // A sentence for the status bar: what leaving did with unsaved changes.
    void noticed(const QString& sentence);

private:
    void reload();
    void archiveOrUnarchive();
    void erase();
    void setDirty(bool dirty);
    void showMessage(const QString& text, bool problem);

    Caseload& m_caseload;
    UndoScopes& m_undo;
    AboutForm* m_form;
    ConsentBox* m_consent;
    DraftKeeper* m_draft;
    QLabel* m_message;
    QLabel* m_archived;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_archive;
    QPushButton* m_erase;
    QPushButton* m_everything;
    Person m_person;
    bool m_dirty = false;
};

} // namespace alongside
