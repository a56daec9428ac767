// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PagePrinter.h"

#include "print/PageBreaks.h"
#include "dates/DateText.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// Documents are laid out at 72 dots per inch, so one layout unit is one point whatever
// the screen, printer or PDF; painting scales to the device.
QPaintDevice& pointDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        i.setDotsPerMeterX(qRound(72 / 0.0254));
        i.setDotsPerMeterY(qRound(72 / 0.0254));
        return i;
    }();
    return image;
}
} // namespace

PagePrinter::PagePrinter(PrintedDocument& printed, QDate printedOn, const QPageLayout& layout)
    : m_printed(printed)
    , m_printedOn(printedOn.isValid() ? printedOn : QDate::currentDate())
    , m_layout(layout)
{
    const double body = printed.document->defaultFont().pointSizeF();
    m_headerHeight = body * 2.6;
    m_footerHeight = body * 2.4;
    const QRectF paint = layout.paintRect(QPageLayout::Point);
    m_body = QSizeF(paint.width(), paint.height() - m_headerHeight - m_footerHeight);
    printed.document->documentLayout()->setPaintDevice(&pointDevice());
    paginate();
}

QPageLayout PagePrinter::defaultLayout(const QLocale& locale)
{
    const bool letter = locale.measurementSystem() == QLocale::ImperialUSSystem;
    return QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

void PagePrinter::paginate()
{
    QTextDocument& doc = *m_printed.document;
    doc.setPageSize(m_body);
    // One page has nothing to keep together across pages. A table continued on a new
    // page is fitted to it in turn.
    fitTablesToPage();
    for (int pass = 0; !m_printed.onePage && pass < 3; ++pass) {
        PageBreaks(doc, m_body.height()).arrange();
        if (!fitTablesToPage())
            break;
    }
    m_pages = doc.pageCount();
    // The one-page profile: smaller type until it fits, rather than a second page; and
    // a short one larger type, up to half as large again, so it uses its page.
    for (int step = 0; m_printed.onePage && m_pages > 1 && step < 30; ++step)
        scaleType(0.92);
    const qreal grow = 1.05;
    for (qreal grown = 1; m_printed.onePage && m_pages == 1 && grown * grow <= 1.5; grown *= grow) {
        scaleType(grow);
        if (m_pages > 1) {
            scaleType(1 / grow);
            break;
        }
    }
}

void PagePrinter::scaleType(qreal factor)
{
    QTextDocument& doc = *m_printed.document;
    QTextCursor batch(&doc); // laid out again once, not per change
    batch.beginEditBlock();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        QTextBlockFormat spacing = b.blockFormat();
        spacing.setTopMargin(spacing.topMargin() * factor);
        spacing.setBottomMargin(spacing.bottomMargin() * factor);
        spacing.setLeftMargin(spacing.leftMargin() * factor);
        spacing.setTextIndent(spacing.textIndent() * factor);
        c.setBlockFormat(spacing);
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            QTextCharFormat format = f.charFormat();
            format.setFontPointSize(std::max(5.0, format.fontPointSize() * factor));
            c.setPosition(f.position());
            c.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(format);
        }
    }
    for (QTextTable* table : PageBreaks::tablesOf(doc)) {
        QTextTableFormat format = table->format();
        format.setCellPadding(format.cellPadding() * factor);
        format.setTopMargin(format.topMargin() * factor);
        table->setFormat(format);
    }
    batch.endEditBlock();
    QFont font = doc.defaultFont();
    font.setPointSizeF(std::max(5.0, font.pointSizeF() * factor));
    doc.setDefaultFont(font);
    doc.setPageSize(m_body);
    fitTablesToPage();
    m_pages = doc.pageCount();
}

bool PagePrinter::fitTablesToPage()
{
    // A table 100% wide is laid out wider than the page by about its cell padding (the
    // layout adds it outside the width where borders collapse), and the overhang, right
    // border and text with it, was clipped off the page. Each is narrowed by its
    // overhang; all are measured on one layout, then checked on the next.
    QTextDocument& doc = *m_printed.document;
    const double width = m_body.width();
    bool fitted = false;
    for (int pass = 0; pass < 3; ++pass) {
        QList<std::pair<QTextTable*, double>> over;
        for (QTextTable* table : PageBreaks::tablesOf(doc)) {
            const double overhang = doc.documentLayout()->frameBoundingRect(table).right() - width;
            if (overhang > 0.01 && table->format().width().type() == QTextLength::PercentageLength)
                over.append({ table, overhang });
        }
        if (over.isEmpty())
            break;
        fitted = true;
        QTextCursor batch(&doc); // the document is laid out again once, not per table
        batch.beginEditBlock();
        for (const auto& [table, overhang] : over) {
            QTextTableFormat format = table->format();
            const double percent = format.width().rawValue();
            format.setWidth(QTextLength(QTextLength::PercentageLength, percent - 100 * (overhang + 0.1) / width));
            table->setFormat(format);
        }
        batch.endEditBlock();
    }
    return fitted;
}

bool PagePrinter::paint(QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        m_error = tr("The printer or file could not be opened.");
        return false;
    }
    QTextDocument& doc = *m_printed.document;
    const double scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const double width = m_body.width();
    // The painter works in points, so a font's pixel size here is its size in points.
    QFont small = doc.defaultFont();
    small.setPixelSize(qRound(std::max(8.0, doc.defaultFont().pointSizeF() * 0.85)));
    const QString printed = tr("Printed %1").arg(DateText::format(m_printedOn));
    for (int page = 0; page < m_pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF header(0, 0, width, m_headerHeight * 0.6);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_printed.personName);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_printed.headerNote);
        painter.setPen(QPen(QColor(0xb8, 0xb8, 0xb8), 0.5));
        painter.drawLine(QPointF(0, m_headerHeight * 0.7), QPointF(width, m_headerHeight * 0.7));

        painter.save();
        painter.translate(0, m_headerHeight - page * m_body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * m_body.height(), width, m_body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const double top = m_headerHeight + m_body.height();
        painter.setPen(QPen(QColor(0xb8, 0xb8, 0xb8), 0.5));
        painter.drawLine(QPointF(0, top + m_footerHeight * 0.3), QPointF(width, top + m_footerHeight * 0.3));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF footer(0, top + m_footerHeight * 0.35, width, m_footerHeight * 0.6);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, printed);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(m_pages));
    }
    return painter.end();
}

bool PagePrinter::writePdf(const QString& path, const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    // A plan holds personal information: only its owner may read the file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(m_layout);
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(u"Alongside"_s);
        if (!paint(pdf))
            return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace alongside
