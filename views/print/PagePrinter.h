// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QSizeF>
#include <QString>
#include <QTextDocument> // PrintedDocument owns one

#include <memory>

class QLocale;
class QPagedPaintDevice;


namespace alongside {

// A document made for printing, with what its page headers need.
struct PrintedDocument
{
    std::unique_ptr<QTextDocument> document;
    QString personName; // in every page's header, on the left
    bool onePage = false; // shrink to fit a single page (the one-page profile)
    // On the right of every page's header: what the paper is ("My plan") on the person's
    // own copy, "Confidential — personal information" on a handover summary.
    QString headerNote;
};

// Lays a document out in pages and paints them, each with a header (the person's name,
// and what the paper is or "Confidential") and a footer (printed date, "Page N of M"), on
// a printer, a print preview or a PDF. Lines break between words only, every table fits
// the page's width, and PageBreaks decides where pages break (no row split, no single
// line left alone).
class PagePrinter
{
    Q_DECLARE_TR_FUNCTIONS(PagePrinter)

public:
    PagePrinter(PrintedDocument& printed, QDate printedOn, const QPageLayout& layout);

    // A4, or US Letter where the locale measures in US units; 15 mm margins.
    static QPageLayout defaultLayout(const QLocale& locale);

    int pageCount() const { return m_pages; }
    bool paint(QPagedPaintDevice& device);
    // Writes a PDF safely (a partial file never replaces a good one); false with error().
    bool writePdf(const QString& path, const QString& title);
    QString error() const { return m_error; }

private:
    void paginate();
    // Type, spacing and padding times factor, and the pages counted again.
    void scaleType(qreal factor);
    // Narrows any table wider than the page; true when the first pass found one.
    bool fitTablesToPage();

    PrintedDocument& m_printed;
    QDate m_printedOn;
    QPageLayout m_layout;
    QSizeF m_body; // in points
    double m_headerHeight;
    double m_footerHeight;
    int m_pages = 0;
    QString m_error;
};

} // namespace alongside
