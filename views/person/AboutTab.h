#pragma once

#include "domain/Person.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace alongside {

class AboutForm;
class Caseload;
class UndoScopes;
class DraftKeeper;

// The About tab: every detail of a person, saved with validation, undoable, with
// unsaved changes kept as a draft; archive and unarchive with a reason.
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

private:
    void reload();
    void archiveOrUnarchive();
    void erase();
    void setDirty(bool dirty);
    void showMessage(const QString& text, bool problem);

    Caseload& m_caseload;
    UndoScopes& m_undo;
    AboutForm* m_form;
    DraftKeeper* m_draft;
    QLabel* m_message;
    QLabel* m_archived;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_archive;
    QPushButton* m_erase;
    Person m_person;
    bool m_dirty = false;
};

} // namespace alongside
