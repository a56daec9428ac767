// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PrintOptions.h"

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QCheckBox;
class QGroupBox;

namespace alongside {

class Caseload;

// Chooses what to print for one person (their plan, the one-page profile or a handover
// summary), which sections of the plan and whether in large print; then shows a print
// preview, from which it can be printed, or saves a PDF. Choices are remembered.
class PrintDialog : public QDialog
{
    Q_OBJECT

public:
    PrintDialog(Caseload& caseload, const QString& personId, QWidget* parent = nullptr);

    PrintOptions options() const;
    void setDocument(PrintOptions::Document document);
    void preview();
    void chooseAndSavePdf();
    // Writes the PDF; false (having said why) when it could not be written.
    bool savePdf(const QString& path);
    QString suggestedFileName() const;

private:
    void remember() const;

    Caseload& m_caseload;
    QString m_personId;
    QButtonGroup* m_document;
    QGroupBox* m_sectionsBox;
    QMap<PrintOptions::Section, QCheckBox*> m_sections;
    QCheckBox* m_largePrint;
};

} // namespace alongside
