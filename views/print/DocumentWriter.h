// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextCursor>

class QTextDocument;
class QTextTable;

namespace alongside {

// Writes the printed documents' parts in one calm style: a title, section headings,
// paragraphs, boxes of short items and tables whose rows are not split across pages
// where that can be avoided. Sizes are in points, scaled from the body size.
class DocumentWriter
{
public:
    DocumentWriter(QTextDocument& document, double bodyPointSize);

    void title(const QString& text, const QString& subtitle = {});
    void heading(const QString& text);
    void paragraph(const QString& text, bool italic = false);
    void labelled(const QString& label, const QString& value); // "Label: value", skipped when empty
    // Label and value pairs kept together on one page; empty values are left out.
    void details(const QList<std::pair<QString, QString>>& pairs);
    // A bordered box with a small heading and one item per line.
    void box(const QString& heading, const QStringList& items, const QString& emptyText);
    // Boxes side by side (or one under another when `stacked`).
    void boxes(const QList<std::pair<QString, QStringList>>& content, const QString& emptyText, bool stacked);
    // A table with a header row; `keepTogether` asks the page printer not to split it.
    QTextTable* table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widthsPercent,
                      bool keepTogether = false, const QString& caption = {});
    // `aspect` is the picture's width over its height (a square by default).
    void image(const QString& name, double widthPoints, double aspect = 1.0);
    void spacer(double points);

    // The property a table carries when it should start a new page rather than split.
    static int keepTogetherProperty();

private:
    QTextDocument& m_document;
    QTextCursor m_cursor;
    double m_body;
};

} // namespace alongside
