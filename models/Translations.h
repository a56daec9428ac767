// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace alongside {

// Chooses the interface language: --lang cy|en when given, else the system locale.
class Translations
{
public:
    // The value of --lang in arguments, or an empty string.
    static QString requested(const QStringList& arguments);
    // Installs the translators (owned by app), replacing any installed before, and sets
    // the default QLocale to match.
    static void install(QCoreApplication& app, const QString& language);
};

} // namespace alongside
