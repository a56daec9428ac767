// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTextBlock>

class QTextDocument;
class QTextTable;

namespace alongside {

// Where a laid-out document's pages break, decided the way a careful typesetter would:
// - a table marked to be kept together starts a new page rather than split, when it fits
//   on one, and the heading before it goes with it;
// - no table row is split: a long table continues on the next page from the row that
//   would have been, under its caption and column headings again;
// - a heading goes over with the text that follows it;
// - a paragraph leaves at least two lines at a page's foot and takes at least two over,
//   and a last page never holds a single line alone.
// Each step lays the document out again, so later breaks see the earlier ones.
class PageBreaks
{
public:
    PageBreaks(QTextDocument& document, double pageHeight);
    void arrange();

    // The tables at the top level of a document, in order.
    static QList<QTextTable*> tablesOf(QTextDocument& document);

private:
    int pageOf(double y) const;
    bool moveKeptTable();
    bool moveHeading();
    bool splitRow();
    bool keepLinesTogether();
    bool fillLastPage();
    // The first and last line of a table row, in document coordinates.
    std::pair<double, double> rowExtent(QTextTable* table, int row) const;
    void continueTableFrom(QTextTable* table, int row);
    // The heading just before a table that may go to the next page with it, if any.
    QTextBlock headingOf(QTextTable* table) const;
    void breakBefore(QTextBlock block);
    void breakBefore(QTextTable* table);

    QTextDocument& m_document;
    double m_page;
};

} // namespace alongside
