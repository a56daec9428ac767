// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTable.h"

#include <csv.h>

#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

constexpr qint64 largestFile = 64 * 1024 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five bytes it leaves
// undefined keep their Latin-1 (control) code points, as Windows itself does.
constexpr std::array<char16_t, 32> windows1252High {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// The separator the first line uses most, outside quotes: comma, semicolon or tab.
char guessSeparator(const QByteArray& utf8)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const char c : utf8) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return semicolons > commas ? ';' : ',';
}

struct Collector
{
    QList<QStringList> rows;
    QStringList row;
};

void onField(void* data, size_t length, void* context)
{
    auto* c = static_cast<Collector*>(context);
    c->row.append(data ? QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)) : QString());
}

void onRowEnd(int, void* context)
{
    auto* c = static_cast<Collector*>(context);
    c->rows.append(std::move(c->row));
    c->row = {};
}

int isSpace(unsigned char c)
{
    return c == CSV_SPACE ? 1 : 0; // not tab, which may be the separator
}

} // namespace

QString CsvTable::fromWindows1252(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text += (b >= 0x80 && b < 0xA0) ? QChar(windows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

bool CsvTable::fail(const QString& message)
{
    m_error = message;
    m_header.clear();
    m_rows.clear();
    m_lines.clear();
    return false;
}

bool CsvTable::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not open %1: %2.").arg(path, file.errorString()));
    if (file.size() > largestFile)
        return fail(tr("%1 is larger than 64 MB; split it into smaller files.").arg(path));
    return parse(file.readAll());
}

bool CsvTable::parse(const QByteArray& bytes)
{
    QByteArray utf8;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        utf8 = bytes.mid(3);
        m_encoding = u"UTF-8"_s;
    } else {
        QStringDecoder strict(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = strict.decode(bytes);
        if (strict.hasError()) {
            utf8 = fromWindows1252(bytes).toUtf8();
            m_encoding = u"Windows-1252"_s;
        } else {
            utf8 = bytes;
            m_encoding = u"UTF-8"_s;
        }
    }
    if (utf8.trimmed().isEmpty())
        return fail(tr("The file is empty."));
    if (utf8.contains('\0'))
        return fail(tr("This is not a CSV file: it holds binary data. Save the spreadsheet as CSV and try again."));

    // Separators, quotes and line ends are ASCII, which never occurs inside a UTF-8
    // sequence, so libcsv can split the UTF-8 bytes directly.
    const char separator = guessSeparator(utf8);
    m_separator = QChar::fromLatin1(separator);
    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0)
        return fail(tr("Not enough memory to read the file."));
    csv_set_delim(&parser, static_cast<unsigned char>(separator));
    csv_set_space_func(&parser, isSpace);
    Collector collector;
    const size_t parsed = csv_parse(&parser, utf8.constData(), size_t(utf8.size()), onField, onRowEnd, &collector);
    const bool ok = parsed == size_t(utf8.size()) && csv_fini(&parser, onField, onRowEnd, &collector) == 0;
    const QString why = QString::fromUtf8(csv_strerror(csv_error(&parser)));
    csv_free(&parser);
    if (!ok)
        return fail(tr("The file could not be read as CSV: %1.").arg(why));

    if (collector.rows.isEmpty())
        return fail(tr("The file is empty."));
    m_header = collector.rows.takeFirst();
    for (QString& h : m_header)
        h = h.simplified();
    // Blank rows carry nothing, but keep their place in the numbering a spreadsheet shows.
    m_rows.clear();
    m_lines.clear();
    int line = 1;
    for (QStringList& row : collector.rows) {
        ++line;
        if (std::all_of(row.cbegin(), row.cend(), [](const QString& cell) { return cell.trimmed().isEmpty(); }))
            continue;
        while (row.size() < m_header.size())
            row.append(QString());
        m_rows.append(std::move(row));
        m_lines.append(line);
    }
    if (m_rows.isEmpty())
        return fail(tr("The file has no rows under its header."));
    m_error.clear();
    return true;
}

} // namespace alongside
