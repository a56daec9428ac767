// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace alongside {

class DraftRepository;

// Keeps unsaved text safe: after a change it writes the editor's content to the draft
// table about once a second, so a crash or a pulled plug loses at most a second.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    using Content = std::function<QString()>;

    // drafts is borrowed and must outlive the keeper; content gives what to keep.
    DraftKeeper(DraftRepository& drafts, Content content, QObject* parent = nullptr);

    void setKey(const QString& key);
    QString key() const { return m_key; }
    QString stored() const;
    // Call on every edit; the write follows within a second.
    void changed();
    // Writes now if a change is waiting (before the editor moves to another person).
    void flush();
    void discard();

    static constexpr int intervalMs = 1000;

private:
    DraftRepository& m_drafts;
    Content m_content;
    QString m_key;
    QTimer m_timer;
};

} // namespace alongside
