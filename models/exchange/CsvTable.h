// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace alongside {

// A table read from a CSV file as spreadsheets write it: UTF-8 with or without a byte
// order mark, or Windows-1252 when the bytes are not UTF-8; fields separated by commas,
// semicolons or tabs (whichever the first line uses most, outside quotes); quoted fields
// may hold separators, doubled quotes and line breaks. Parsed by libcsv. Rows with
// every cell empty are left out.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    // Reads the file whole. False, with error() in one sentence, when it cannot be read,
    // is empty or is not a table.
    bool read(const QString& path);
    bool parse(const QByteArray& bytes);

    QStringList header() const { return m_header; }
    // The rows after the header, each as long as the header (short rows padded).
    const QList<QStringList>& rows() const { return m_rows; }
    // Each row's number as a spreadsheet shows it (the header is 1; blank rows, which
    // are left out, keep their numbers).
    const QList<int>& lines() const { return m_lines; }
    QString encoding() const { return m_encoding; } // "UTF-8" or "Windows-1252"
    QChar separator() const { return m_separator; }
    QString error() const { return m_error; }

    // Bytes in Windows-1252 (the code page Excel uses for "CSV" on UK Windows) as text.
    static QString fromWindows1252(const QByteArray& bytes);

private:
    bool fail(const QString& message);

    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QString m_encoding;
    QChar m_separator = u',';
    QString m_error;
};

} // namespace alongside
