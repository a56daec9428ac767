// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace alongside {

// Typed change signals for one open database. Repositories emit after they commit, the
// import after it merges; item models listen and update their rows.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void personAdded(const QString& id);
    void personChanged(const QString& id);
    void personRemoved(const QString& id);
    void peopleReset(); // many people changed at once (import, demo)
    void notesChanged(const QString& personId);
    void profileChanged(const QString& personId);
    void reviewsChanged(const QString& personId);
    void goalsChanged(const QString& personId);
    void supportersChanged(const QString& personId);
    void connectionsChanged(const QString& personId);
    void wellbeingChanged(const QString& personId);
    void outcomesChanged(const QString& personId);
    void consentChanged(const QString& personId);
    void teamSettingsChanged();
    void resourcesChanged();
    void siteChanged();
};

} // namespace alongside
