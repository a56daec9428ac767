// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PrintDialog.h"
#include "shared/FileDialogs.h"
#include "shared/ScreenRoom.h"

#include "Caseload.h"
#include "print/Printing.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

PrintDialog::PrintDialog(Caseload& caseload, const QString& personId, QWidget* parent)
    : QDialog(parent)
    , m_caseload(caseload)
    , m_personId(personId)
    , m_document(new QButtonGroup(this))
    , m_sectionsBox(new QGroupBox(tr("Sections of the plan"), this))
    , m_largePrint(new QCheckBox(tr("&Large print (14 point)"), this))
{
    const auto person = caseload.people().find(personId);
    setWindowTitle(tr("Print for %1").arg(person ? person->displayName() : QString()));
    auto* what = new QGroupBox(tr("What to print"), this);
    auto* whatLayout = new QVBoxLayout(what);
    const std::pair<PrintOptions::Document, QString> documents[] {
        { PrintOptions::Document::Plan, tr("My &plan: for the person to keep") },
        { PrintOptions::Document::Profile, tr("One-page p&rofile") },
        { PrintOptions::Document::Summary, tr("Person s&ummary: every detail, for a handover (confidential)") },
    };
    for (const auto& [document, label] : documents) {
        auto* button = new QRadioButton(label, what);
        button->setObjectName(u"document-"_s + PrintOptions::documentKey(document));
        m_document->addButton(button, int(document));
        whatLayout->addWidget(button);
    }
    const std::pair<PrintOptions::Section, QString> sections[] {
        { PrintOptions::Vision, tr("My &vision") },
        { PrintOptions::Profile, tr("&About me (one-page profile)") },
        { PrintOptions::Goals, tr("My &goals and steps") },
        { PrintOptions::Circle, tr("My &circle of support") },
        { PrintOptions::Connections, tr("My community c&onnections") },
        { PrintOptions::Review, tr("My ne&xt review") },
        { PrintOptions::Coordinator, tr("My coor&dinator's contact") },
        { PrintOptions::Wellbeing, tr("How I have been &feeling (chart)") },
    };
    auto* grid = new QGridLayout(m_sectionsBox);
    int i = 0;
    for (const auto& [section, label] : sections) {
        auto* box = new QCheckBox(label, m_sectionsBox);
        m_sections.insert(section, box);
        grid->addWidget(box, i % 4, i / 4);
        ++i;
    }
    m_largePrint->setObjectName(u"largePrint"_s);

    // The choices made last time, or everything in ordinary print.
    const QSettings settings;
    setDocument(PrintOptions::Document(settings.value(u"print/document"_s, 0).toInt()));
    const int chosen = settings.value(u"print/sections"_s, int(PrintOptions::AllSections)).toInt();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setChecked(chosen & it.key());
    m_largePrint->setChecked(settings.value(u"print/largePrint"_s, false).toBool());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* previewButton = buttons->addButton(tr("Pr&int preview…"), QDialogButtonBox::AcceptRole);
    auto* pdfButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    previewButton->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_sectionsBox);
    layout->addWidget(m_largePrint);
    layout->addWidget(buttons);
    connect(m_document, &QButtonGroup::idToggled, this, [this](int, bool) {
        m_sectionsBox->setEnabled(m_document->checkedId() == int(PrintOptions::Document::Plan));
    });
    m_sectionsBox->setEnabled(m_document->checkedId() == int(PrintOptions::Document::Plan));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &PrintDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &PrintDialog::chooseAndSavePdf);
    // Set once every control exists: Qt 6.4 leaves the order alone when the first
    // widget given is the last one created.
    QWidget::setTabOrder(m_sections.last(), m_largePrint); // after the sections, as it reads
}

void PrintDialog::setDocument(PrintOptions::Document document)
{
    if (QAbstractButton* button = m_document->button(int(document)))
        button->setChecked(true);
}

PrintOptions PrintDialog::options() const
{
    PrintOptions o;
    o.document = PrintOptions::Document(std::max(0, m_document->checkedId()));
    o.sections = {};
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            o.sections |= it.key();
    }
    o.largePrint = m_largePrint->isChecked();
    o.printedOn = m_caseload.clock().now().toLocalTime().date();
    return o;
}

void PrintDialog::remember() const
{
    QSettings settings;
    const PrintOptions o = options();
    settings.setValue(u"print/document"_s, int(o.document));
    settings.setValue(u"print/sections"_s, int(o.sections));
    settings.setValue(u"print/largePrint"_s, o.largePrint);
}

void PrintDialog::preview()
{
    remember();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PagePrinter::defaultLayout(QLocale()));
    const PrintOptions o = options();
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    // Printing goes through the preview: the record shown to print is in the audit trail.
    if (!m_caseload.audit().record(AuditLog::Action::Printed, m_personId, Printing::auditDetail(o.document, u"paper"_s))) {
        QMessageBox::warning(this, tr("Print"), m_caseload.audit().error());
        return;
    }
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, o](QPrinter* target) {
        // Built afresh for each request, on whatever paper the coordinator has chosen.
        auto printed = Printing::build(m_caseload, m_personId, o);
        if (!printed)
            return;
        target->setDocName(Printing::title(o.document, printed->personName));
        PagePrinter pages(*printed, o.printedOn, target->pageLayout());
        pages.paint(*target);
    });
    resizeWithinScreen(&dialog, QSize(900, 1000));
    dialog.exec();
}

QString PrintDialog::suggestedFileName() const
{
    const auto person = m_caseload.people().find(m_personId);
    QString name = Printing::title(options().document, person ? person->displayName() : QString());
    // Characters no file system minds.
    static const QString unsafe = u"/\\:*?\"<>|"_s;
    for (QChar& c : name) {
        if (unsafe.contains(c))
            c = u'-';
    }
    return name + u".pdf"_s;
}

void PrintDialog::chooseAndSavePdf()
{
    remember();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFile(this, tr("Save as PDF"), QDir(folder).filePath(suggestedFileName()),
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (savePdf(path))
        accept();
}

bool PrintDialog::savePdf(const QString& path)
{
    QString error;
    const int pages = Printing::writePdf(m_caseload, m_personId, options(), path, &error);
    if (pages == 0) {
        QMessageBox::warning(this, tr("Save as PDF"), error);
        return false;
    }
    return true;
}

} // namespace alongside
