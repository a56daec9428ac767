// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PageBreaks.h"

#include "print/DocumentWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace alongside {

namespace {
bool keptTogether(const QTextFormat& format)
{
    return format.property(DocumentWriter::keepTogetherProperty()).toBool();
}

bool breaksBefore(const QTextFormat& format)
{
    const auto policy = QTextFormat::PageBreakFlags(format.intProperty(QTextFormat::PageBreakPolicy));
    return policy & QTextFormat::PageBreak_AlwaysBefore;
}
} // namespace

QList<QTextTable*> PageBreaks::tablesOf(QTextDocument& document)
{
    QList<QTextTable*> tables;
    for (QTextFrame* child : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            tables.append(table);
    }
    return tables;
}

PageBreaks::PageBreaks(QTextDocument& document, double pageHeight)
    : m_document(document)
    , m_page(pageHeight)
{
}

void PageBreaks::arrange()
{
    // Bounded: each step moves something strictly further down the document.
    for (int step = 0; step < 1000; ++step) {
        if (!moveKeptTable() && !moveHeading() && !splitRow() && !keepLinesTogether() && !fillLastPage())
            return;
    }
}

int PageBreaks::pageOf(double y) const
{
    return int(std::floor(y / m_page));
}

QTextBlock PageBreaks::headingOf(QTextTable* table) const
{
    const QTextBlock heading = m_document.findBlock(table->firstPosition()).previous();
    return heading.isValid() && keptTogether(heading.blockFormat()) && !breaksBefore(heading.blockFormat()) ? heading
                                                                                                            : QTextBlock();
}

void PageBreaks::breakBefore(QTextBlock block)
{
    QTextCursor c(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    c.setBlockFormat(format);
}

void PageBreaks::breakBefore(QTextTable* table)
{
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
}

// The first table kept together that straddles a page, or whose heading was left at the
// foot of the page before, moves to a new page; later tables move with it.
bool PageBreaks::moveKeptTable()
{
    QAbstractTextDocumentLayout& layout = *m_document.documentLayout();
    for (QTextTable* table : tablesOf(m_document)) {
        const QTextTableFormat format = table->format();
        if (!keptTogether(format))
            continue;
        const QRectF r = layout.frameBoundingRect(table);
        const int first = pageOf(r.top() + format.topMargin());
        const bool straddles = first != pageOf(r.bottom() - 1) && r.height() <= m_page && !breaksBefore(format);
        const QTextBlock heading = headingOf(table);
        const bool hasHeading = heading.isValid();
        const bool headingLeftBehind = hasHeading && pageOf(layout.blockBoundingRect(heading).top()) < first;
        if (hasHeading && (straddles || headingLeftBehind)) {
            breakBefore(heading);
            return true;
        }
        if (straddles) {
            breakBefore(table);
            return true;
        }
    }
    return false;
}

// A heading followed by ordinary text goes over with it when left at a page's foot.
bool PageBreaks::moveHeading()
{
    QAbstractTextDocumentLayout& layout = *m_document.documentLayout();
    for (QTextBlock b = m_document.begin(); b.isValid(); b = b.next()) {
        const QTextBlock next = b.next();
        if (!next.isValid() || !keptTogether(b.blockFormat()) || breaksBefore(b.blockFormat())
            || m_document.frameAt(b.position()) != m_document.rootFrame()
            || m_document.frameAt(next.position()) != m_document.rootFrame())
            continue;
        // Where the next block's first line landed: a line that would cross a page's
        // foot is moved down within its block.
        const QTextLayout* lines = next.layout();
        const double firstLine = layout.blockBoundingRect(next).top()
            + (lines && lines->lineCount() > 0 ? lines->lineAt(0).rect().bottom() - 1 : 0);
        if (pageOf(layout.blockBoundingRect(b).top()) < pageOf(firstLine)) {
            breakBefore(b);
            return true;
        }
    }
    return false;
}

std::pair<double, double> PageBreaks::rowExtent(QTextTable* table, int row) const
{
    QAbstractTextDocumentLayout& layout = *m_document.documentLayout();
    double top = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue;
        for (QTextBlock b = m_document.findBlock(cell.firstPosition()); b.isValid() && b.position() <= cell.lastPosition();
             b = b.next()) {
            const QTextLayout* lines = b.layout();
            if (!lines || lines->lineCount() == 0)
                continue;
            const double y = layout.blockBoundingRect(b).top();
            top = std::min(top, y + lines->lineAt(0).rect().top());
            bottom = std::max(bottom, y + lines->lineAt(lines->lineCount() - 1).rect().bottom());
        }
    }
    return { top, bottom };
}

// The first row of any table whose lines fall on two pages: the table is continued on
// the next page from that row (or moved whole when it is the first row).
bool PageBreaks::splitRow()
{
    for (QTextTable* table : tablesOf(m_document)) {
        const int head = table->format().headerRowCount();
        for (int row = head; row < table->rows(); ++row) {
            const auto [top, bottom] = rowExtent(table, row);
            if (top > bottom || pageOf(top) == pageOf(bottom - 0.5) || bottom - top > m_page / 2)
                continue;
            if (row > head) {
                continueTableFrom(table, row);
                return true;
            }
            if (const QTextBlock heading = headingOf(table); heading.isValid()) {
                breakBefore(heading);
                return true;
            }
            if (!breaksBefore(table->format())) {
                breakBefore(table);
                return true;
            }
        }
    }
    return false;
}

void PageBreaks::continueTableFrom(QTextTable* table, int row)
{
    const int head = table->format().headerRowCount();
    const int moved = table->rows() - row;
    const int columns = table->columns();
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setTopMargin(0);
    // The new table goes in the block just after this one, which stays empty between them.
    QTextCursor after = table->lastCursorPosition();
    after.movePosition(QTextCursor::NextBlock);
    after.beginEditBlock(); // laid out again once, when done
    QTextTable* rest = after.insertTable(head + moved, columns, format);
    for (int r = 0; r < head + moved; ++r) {
        const int from = r < head ? r : row + r - head;
        for (int column = 0; column < columns; ++column) {
            const QTextTableCell cell = table->cellAt(from, column);
            if (cell.row() != from || cell.column() != column)
                continue;
            if (cell.columnSpan() > 1)
                rest->mergeCells(r, column, 1, cell.columnSpan());
            rest->cellAt(r, column).setFormat(cell.format());
            QTextCursor source(&m_document);
            source.setPosition(cell.firstPosition());
            source.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
            rest->cellAt(r, column).firstCursorPosition().insertFragment(source.selection());
        }
    }
    table->removeRows(row, moved);
    after.endEditBlock();
}

// A paragraph that would leave one line at a page's foot, or carry one line over to the
// next, starts on the next page instead.
bool PageBreaks::keepLinesTogether()
{
    QAbstractTextDocumentLayout& layout = *m_document.documentLayout();
    for (QTextBlock b = m_document.begin(); b.isValid(); b = b.next()) {
        const QTextLayout* lines = b.layout();
        if (!lines || lines->lineCount() < 2 || breaksBefore(b.blockFormat())
            || m_document.frameAt(b.position()) != m_document.rootFrame())
            continue;
        const QRectF r = layout.blockBoundingRect(b);
        if (r.height() > m_page / 2)
            continue;
        const int firstPage = pageOf(r.top() + lines->lineAt(0).rect().top());
        int before = 0;
        for (int i = 0; i < lines->lineCount(); ++i) {
            if (pageOf(r.top() + lines->lineAt(i).rect().bottom() - 0.5) == firstPage)
                ++before;
        }
        const int after = lines->lineCount() - before;
        if (after > 0 && (before < 2 || after < 2)) {
            breakBefore(b);
            return true;
        }
    }
    return false;
}

// A last page holding a single line takes the paragraph before it too.
bool PageBreaks::fillLastPage()
{
    QAbstractTextDocumentLayout& layout = *m_document.documentLayout();
    const QTextBlock last = m_document.lastBlock();
    const int lastPage = pageOf(layout.blockBoundingRect(last).bottom() - 0.5);
    int lines = 0;
    QTextBlock first; // the first block that starts on the last page
    for (QTextBlock b = last; b.isValid(); b = b.previous()) {
        const QRectF r = layout.blockBoundingRect(b);
        if (pageOf(r.top() + (b.layout() && b.layout()->lineCount() ? b.layout()->lineAt(0).rect().top() : 0)) < lastPage)
            break;
        if (m_document.frameAt(b.position()) != m_document.rootFrame())
            return false; // a table's rows are kept whole elsewhere
        lines += b.text().isEmpty() ? 0 : b.layout()->lineCount();
        first = b;
    }
    if (lastPage == 0 || lines != 1 || !first.isValid())
        return false;
    const QTextBlock before = first.previous();
    if (!before.isValid() || m_document.frameAt(before.position()) != m_document.rootFrame() || breaksBefore(before.blockFormat())
        || breaksBefore(first.blockFormat()) || layout.blockBoundingRect(before).height() > m_page / 2)
        return false;
    breakBefore(before);
    return true;
}

} // namespace alongside
