// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFlags>
#include <QString>

namespace alongside {

// What to print and how: which document, which sections of the plan, and large print.
struct PrintOptions
{
    enum class Document { Plan, Profile, Summary };
    enum Section {
        Vision = 0x01,
        Profile = 0x02,
        Goals = 0x04,
        Circle = 0x08,
        Connections = 0x10,
        Review = 0x20,
        Coordinator = 0x40,
        AllSections = 0x7f, // all but Wellbeing, which the person chooses to add
        Wellbeing = 0x80,   // the wellbeing chart
    };
    Q_DECLARE_FLAGS(Sections, Section)

    Document document = Document::Plan;
    Sections sections = AllSections;
    bool largePrint = false; // 14 pt body text instead of 11 pt
    QDate printedOn;         // for the footer; today when not set

    double bodyPointSize() const { return largePrint ? 14.0 : 11.0; }
    static QString documentKey(Document d);
    static bool documentFromKey(const QString& key, Document* d);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PrintOptions::Sections)

} // namespace alongside
