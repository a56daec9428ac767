// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/DocumentWriter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const QColor ink(0x22, 0x22, 0x22);
const QColor soft(0x55, 0x55, 0x55);
const QColor rule(0xb8, 0xb8, 0xb8);
const QColor shade(0xf4, 0xf1, 0xea);

QTextCharFormat text(double size, bool bold = false, const QColor& colour = ink)
{
    QTextCharFormat f;
    f.setFontPointSize(size);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(colour);
    return f;
}
} // namespace

int DocumentWriter::keepTogetherProperty()
{
    return QTextFormat::UserProperty + 1;
}

DocumentWriter::DocumentWriter(QTextDocument& document, double bodyPointSize)
    : m_document(document)
    , m_cursor(&document)
    , m_body(bodyPointSize)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(bodyPointSize);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    // Lines break between words only, never inside one ("Contributin g").
    QTextOption wrap = document.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(wrap);
    QTextBlockFormat first;
    first.setBottomMargin(0);
    m_cursor.setBlockFormat(first);
}

void DocumentWriter::title(const QString& title, const QString& subtitle)
{
    QTextBlockFormat block;
    block.setBottomMargin(m_body * 0.3);
    m_cursor.setBlockFormat(block);
    m_cursor.insertText(title, text(m_body * 2.0, true));
    if (!subtitle.isEmpty()) {
        QTextBlockFormat sub;
        sub.setBottomMargin(m_body * 0.8);
        m_cursor.insertBlock(sub);
        m_cursor.insertText(subtitle, text(m_body * 1.2, false, soft));
    }
}

void DocumentWriter::heading(const QString& heading)
{
    QTextBlockFormat block;
    block.setTopMargin(m_body * 1.4);
    block.setBottomMargin(m_body * 0.5);
    block.setProperty(keepTogetherProperty(), true); // a heading goes with what follows it
    m_cursor.insertBlock(block, text(m_body * 1.45, true));
    m_cursor.insertText(heading);
}

void DocumentWriter::paragraph(const QString& paragraph, bool italic)
{
    QTextBlockFormat block;
    block.setBottomMargin(m_body * 0.4);
    block.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat f = text(m_body);
    f.setFontItalic(italic);
    m_cursor.insertBlock(block, f);
    m_cursor.insertText(paragraph);
}

void DocumentWriter::labelled(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return;
    QTextBlockFormat block;
    block.setBottomMargin(m_body * 0.25);
    m_cursor.insertBlock(block, text(m_body, true));
    m_cursor.insertText(label + u' ');
    m_cursor.insertText(value, text(m_body));
}

void DocumentWriter::details(const QList<std::pair<QString, QString>>& pairs)
{
    QList<std::pair<QString, QString>> shown;
    for (const auto& pair : pairs) {
        if (!pair.second.trimmed().isEmpty())
            shown.append(pair);
    }
    if (shown.isEmpty())
        return;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(m_body * 0.15);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 28),
                                       QTextLength(QTextLength::PercentageLength, 72) });
    format.setProperty(keepTogetherProperty(), true);
    QTextTable* table = m_cursor.insertTable(int(shown.size()), 2, format);
    for (int r = 0; r < shown.size(); ++r) {
        table->cellAt(r, 0).firstCursorPosition().insertText(shown.at(r).first, text(m_body, true));
        table->cellAt(r, 1).firstCursorPosition().insertText(shown.at(r).second, text(m_body));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentWriter::box(const QString& heading, const QStringList& items, const QString& emptyText)
{
    boxes({ { heading, items } }, emptyText, true);
}

void DocumentWriter::boxes(const QList<std::pair<QString, QStringList>>& content, const QString& emptyText, bool stacked)
{
    const int n = int(content.size());
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderBrush(rule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(m_body * 0.6);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(m_body * 0.4);
    format.setProperty(keepTogetherProperty(), true);
    if (!stacked) {
        QList<QTextLength> widths;
        for (int i = 0; i < n; ++i)
            widths.append(QTextLength(QTextLength::PercentageLength, 100.0 / n));
        format.setColumnWidthConstraints(widths);
    }
    QTextTable* table = m_cursor.insertTable(stacked ? n : 1, stacked ? 1 : n, format);
    for (int i = 0; i < n; ++i) {
        QTextTableCell cell = stacked ? table->cellAt(i, 0) : table->cellAt(0, i);
        QTextTableCellFormat cf;
        cf.setBackground(shade);
        cell.setFormat(cf);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat head;
        head.setBottomMargin(m_body * 0.4);
        c.setBlockFormat(head);
        c.insertText(content.at(i).first, text(m_body * 1.1, true));
        const QStringList& items = content.at(i).second;
        QTextBlockFormat item;
        item.setBottomMargin(m_body * 0.3);
        item.setLeftMargin(m_body);
        item.setTextIndent(-m_body * 0.8);
        if (items.isEmpty()) {
            c.insertBlock(item, text(m_body, false, soft));
            c.insertText(emptyText);
        }
        for (const QString& line : items) {
            c.insertBlock(item, text(m_body));
            c.insertText(u"•  "_s + line);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

QTextTable* DocumentWriter::table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widthsPercent,
                                  bool keepTogether, const QString& caption)
{
    const bool hasCaption = !caption.isEmpty();
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderBrush(rule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(m_body * 0.35);
    format.setCellSpacing(0);
    format.setTopMargin(m_body * 0.6);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(hasCaption ? 2 : 1);
    QList<QTextLength> widths;
    for (int w : widthsPercent)
        widths.append(QTextLength(QTextLength::PercentageLength, w));
    format.setColumnWidthConstraints(widths);
    if (keepTogether)
        format.setProperty(keepTogetherProperty(), true);
    const int columns = int(headers.size());
    const int first = hasCaption ? 2 : 1;
    QTextTable* table = m_cursor.insertTable(int(rows.size()) + first, columns, format);
    if (hasCaption) {
        table->mergeCells(0, 0, 1, columns);
        QTextTableCellFormat cf;
        cf.setBackground(shade);
        table->cellAt(0, 0).setFormat(cf);
        // The first line is the caption's title; any more is said in ordinary type.
        QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
        c.insertText(caption.section(u'\n', 0, 0), text(m_body * 1.1, true));
        const QString more = caption.section(u'\n', 1);
        if (!more.isEmpty()) {
            c.insertBlock();
            c.insertText(more, text(m_body * 0.95));
        }
    }
    for (int c = 0; c < columns; ++c)
        table->cellAt(first - 1, c).firstCursorPosition().insertText(headers.at(c), text(m_body * 0.9, true, soft));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns && c < rows.at(r).size(); ++c)
            table->cellAt(first + r, c).firstCursorPosition().insertText(rows.at(r).at(c), text(m_body));
    }
    m_cursor.movePosition(QTextCursor::End);
    return table;
}

void DocumentWriter::image(const QString& name, double widthPoints, double aspect)
{
    // In a borderless one-cell table, so the picture keeps to one page with its heading.
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setTopMargin(m_body * 0.5);
    format.setAlignment(Qt::AlignHCenter);
    format.setProperty(keepTogetherProperty(), true);
    QTextTable* table = m_cursor.insertTable(1, 1, format);
    QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    c.setBlockFormat(block);
    QTextImageFormat image;
    image.setName(name);
    image.setWidth(widthPoints);
    image.setHeight(widthPoints / aspect);
    c.insertImage(image);
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentWriter::spacer(double points)
{
    QTextBlockFormat block;
    block.setTopMargin(points);
    m_cursor.insertBlock(block);
}

} // namespace alongside
