// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tests: a private temporary folder, a caseload opened on a file
// in it with a fixed machine id and a clock the test controls.

#include "Caseload.h"
#include "Translations.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace alongside::test {

inline constexpr qint64 fixedNowMs = 1763800000000; // 22 November 2025, 08:26 UTC

struct TestCaseload
{
    QTemporaryDir dir;
    ManualClock clock { fixedNowMs };
    std::unique_ptr<Caseload> caseload;
    // The caseload's passphrase (see enableTestMode); empty, a plain file.
    QString passphrase = qEnvironmentVariable("ALONGSIDE_DB_PASSPHRASE");
    // Open the read connection the window's people list uses, as the app does.
    bool reader = false;

    QString path() const { return dir.filePath(QStringLiteral("test.db")); }

    // Opens (creating) the database; sets up the site unless told not to. Teams set up
    // here use cheap key derivation, so tests stay quick.
    bool open(bool setUp = true, const QString& machineId = QStringLiteral("machine-a"),
              const QString& laptop = QStringLiteral("laptop-one"), const QString& coordinator = QStringLiteral("Sam Jones"))
    {
        Database::Options options;
        options.machineId = machineId;
        options.passphrase = passphrase;
        options.reader = reader;
        caseload = std::make_unique<Caseload>(options, &clock, KdfParameters::forTests());
        if (!caseload->open(path()))
            return false;
        return !setUp || caseload->site().isSetUp() || caseload->site().setUp(coordinator, laptop);
    }
    void close() { caseload.reset(); }
    Caseload& operator*() { return *caseload; }
    Caseload* operator->() { return caseload.get(); }
};

inline Person person(const QString& given, const QString& family)
{
    Person p;
    p.givenName = given;
    p.familyName = family;
    return p;
}

// Saves a picture of a widget as ALONGSIDE_SHOTS/name.png when that variable names a
// folder, so what a test drove can be looked at; does nothing otherwise.
template<typename Widget>
inline void shoot(Widget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("ALONGSIDE_SHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(50); // layouts and repaints pending since the last change
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Every caseload a test makes is encrypted, as the app's are, with one passphrase given
// as ALONGSIDE_DB_PASSPHRASE, which the command line reads too: caseloads made by either
// open in the other. Set it empty to run the tests on plain files.
inline const QString caseloadPassphrase = QStringLiteral("kestrel lantern copper meadow");

inline Database::Options databaseOptions()
{
    Database::Options options;
    options.passphrase = qEnvironmentVariable("ALONGSIDE_DB_PASSPHRASE");
    return options;
}

// Test mode for QStandardPaths (never the real user's files), the English translation,
// which carries the plural forms, and the caseloads' passphrase.
inline void enableTestMode()
{
    if (!qEnvironmentVariableIsSet("ALONGSIDE_DB_PASSPHRASE"))
        qputenv("ALONGSIDE_DB_PASSPHRASE", caseloadPassphrase.toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this run alone: tests that run side by side (each screen size of the
    // fit test) never see one another's remembered columns, panes or choices.
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

} // namespace alongside::test
