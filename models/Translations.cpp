// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace alongside {

QString Translations::requested(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if ((a == u"--lang" || a == u"-lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="_s))
            return a.mid(7);
    }
    return {};
}

void Translations::install(QCoreApplication& app, const QString& language)
{
    QLocale locale = QLocale::system();
    if (language == u"cy")
        locale = QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    else if (language == u"en")
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    // A second call changes the language: the translators of the first go.
    const QString name = u"alongsideTranslator"_s;
    for (QTranslator* old : app.findChildren<QTranslator*>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // Qt's own words: Welsh from the project (Qt ships none), others from Qt's packages.
    auto* qt = new QTranslator(&app);
    qt->setObjectName(name);
    const bool qtLoaded = locale.language() == QLocale::Welsh
        ? qt->load(u"qt_cy"_s, u":/i18n"_s)
        : qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded)
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    ours->setObjectName(name);
    // Welsh when the locale is Welsh; otherwise English, which carries the plural forms.
    const QString file = locale.language() == QLocale::Welsh ? u"alongside_cy"_s : u"alongside_en"_s;
    if (ours->load(file, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
}

} // namespace alongside
