// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <filesystem>
#include <locale.h> // newlocale and uselocale (POSIX)

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

// A cell as both writers see it: numbers keep their value for Excel and their digits,
// with a '.' point, for CSV.
struct Cell
{
    enum class Kind { Empty, Number, Text };
    Kind kind = Kind::Empty;
    double number = 0;
    QString text;
};

Cell cellOf(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return { Cell::Kind::Number, value.toDouble(), QString::number(value.toLongLong()) };
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return { Cell::Kind::Number, value.toDouble(), QString::number(value.toULongLong()) };
    case QMetaType::Float:
    case QMetaType::Double: {
        const double number = value.toDouble();
        // Neither Excel nor a chart has a use for "nan" or "inf": they would only break the sheet.
        if (!std::isfinite(number))
            return {};
        return { Cell::Kind::Number, number, QString::number(number, 'f', QLocale::FloatingPointShortest) };
    }
    default:
        break;
    }
    const QString text = value.toString();
    return text.isEmpty() ? Cell {} : Cell { Cell::Kind::Text, 0, text };
}

// What a name may be, for Excel's sheets or for files.
struct NameRules
{
    QStringView forbidden; // replaced by '-', as are control characters
    QStringView trimmed;   // removed from both ends
    qsizetype maxLength;
};

// Excel refuses []:*?/\ in a sheet's name, an apostrophe at either end and more than 31
// characters, and compares names ignoring case.
constexpr NameRules sheetRules { u"[]:*?/\\", u" '", 31 };
// Windows and macOS refuse these in a file's name, and the folder is often copied to a
// shared drive; a leading dot would hide the file, a trailing dot or space Windows drops.
constexpr NameRules fileRules { u"<>:\"/\\|?*", u" .", 100 };

QString trimEnds(QString name, QStringView strip)
{
    qsizetype start = 0;
    while (start < name.size() && strip.contains(name.at(start)))
        ++start;
    qsizetype end = name.size();
    while (end > start && strip.contains(name.at(end - 1)))
        --end;
    return name.mid(start, end - start);
}

QString shortened(const QString& name, const NameRules& rules, qsizetype maxLength)
{
    if (name.size() <= maxLength)
        return name;
    qsizetype cut = maxLength;
    if (cut > 0 && name.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return trimEnds(name.left(cut), rules.trimmed);
}

QString cleaned(QString name, const NameRules& rules)
{
    for (QChar& c : name) {
        if (rules.forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return trimEnds(name, rules.trimmed);
}

// Each table's name made valid by the rules and unique ignoring case, with " (2)" and so on
// after a name already taken; reserved names count as taken.
QStringList validNames(const QList<ReportTable>& tables, const NameRules& rules, const QStringList& reserved)
{
    QSet<QString> taken;
    for (const QString& name : reserved)
        taken.insert(name.toCaseFolded());
    QStringList names;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QString base = cleaned(tables.at(i).name, rules);
        if (base.isEmpty())
            //: The name of a sheet or file for a table of a report that has no name of its own.
            base = ReportExport::tr("Table %1").arg(i + 1);
        QString name = shortened(base, rules, rules.maxLength);
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
            const QString suffix = u" (%1)"_s.arg(n);
            name = shortened(base, rules, rules.maxLength - suffix.size()) + suffix;
        }
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

QStringList sheetNames(const QList<ReportTable>& tables)
{
    // Excel keeps "History" for itself.
    return validNames(tables, sheetRules, { u"History"_s });
}

QStringList fileStems(const QList<ReportTable>& tables)
{
    // Windows' device names, which no file may have whatever its extension.
    QStringList devices { u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s };
    for (int n = 1; n <= 9; ++n)
        devices << u"COM%1"_s.arg(n) << u"LPT%1"_s.arg(n);
    return validNames(tables, fileRules, devices);
}

// A reason to follow "Could not write …: ", without a full stop of its own.
QString reasonText(QString reason)
{
    reason = reason.trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return reason;
}

QString xlsxReason(lxw_error error)
{
    return reasonText(QString::fromUtf8(lxw_strerror(error)));
}

// libxlsxwriter prints numbers with the C library, which follows the locale the
// application took from the environment: with a decimal comma it would write 1,25, and
// Excel would call the whole workbook damaged. This thread prints numbers the C way while
// the workbook is written, without touching the rest of the process.
class CNumbers
{
public:
    CNumbers()
    {
        locale_t copy = duplocale(uselocale(locale_t(nullptr)));
        m_numbers = copy ? newlocale(LC_NUMERIC_MASK, "C", copy) : locale_t(nullptr);
        if (m_numbers)
            m_previous = uselocale(m_numbers);
        else if (copy)
            freelocale(copy);
    }
    ~CNumbers()
    {
        if (m_numbers) {
            uselocale(m_previous);
            freelocale(m_numbers);
        }
    }
    CNumbers(const CNumbers&) = delete;
    CNumbers& operator=(const CNumbers&) = delete;

private:
    locale_t m_numbers = nullptr;
    locale_t m_previous = nullptr;
};

// Characters a column needs to show its longest line of text, within reason.
double columnWidth(qsizetype longest)
{
    return std::clamp(double(longest) + 2.0, LXW_DEF_COL_WIDTH, 60.0);
}

qsizetype longestLine(const QString& text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        longest = std::max(longest, line.size());
    return longest;
}

// Fills the workbook; returns why it could not, or nothing.
QString fillWorkbook(lxw_workbook* workbook, QByteArray title, const QList<ReportTable>& tables)
{
    lxw_doc_properties properties {}; // the library keeps its own copies of the text
    properties.title = title.data();
    if (const lxw_error e = workbook_set_properties(workbook, &properties))
        return xlsxReason(e);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);

    const QStringList names = sheetNames(tables);
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const ReportTable& table = tables.at(t);
        qsizetype width = table.columns.size();
        for (const QVariantList& row : table.rows)
            width = std::max(width, row.size());
        if (width > LXW_COL_MAX || table.rows.size() > LXW_ROW_MAX - 3)
            return ReportExport::tr("the table %1 is larger than Excel allows").arg(names.at(t));

        const QByteArray name = names.at(t).toUtf8();
        if (const lxw_error e = workbook_validate_sheet_name(workbook, name.constData()))
            return xlsxReason(e);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
        if (!sheet)
            return ReportExport::tr("the sheet %1 could not be added").arg(names.at(t));

        QList<qsizetype> longest(width, 0);
        lxw_error e = LXW_NO_ERROR;
        if (!table.title.isEmpty())
            e = worksheet_write_string(sheet, 0, 0, table.title.toUtf8().constData(), bold);
        for (qsizetype c = 0; c < table.columns.size() && !e; ++c) {
            e = worksheet_write_string(sheet, 2, lxw_col_t(c), table.columns.at(c).toUtf8().constData(), bold);
            longest[c] = longestLine(table.columns.at(c));
        }
        for (qsizetype r = 0; r < table.rows.size() && !e; ++r) {
            const QVariantList& row = table.rows.at(r);
            for (qsizetype c = 0; c < row.size() && !e; ++c) {
                const Cell cell = cellOf(row.at(c));
                const auto line = lxw_row_t(r + 3);
                const auto column = lxw_col_t(c);
                // A string cell is only ever text to Excel, never a formula, so text
                // needs no guard here.
                if (cell.kind == Cell::Kind::Number)
                    e = worksheet_write_number(sheet, line, column, cell.number, nullptr);
                else if (cell.kind == Cell::Kind::Text)
                    e = worksheet_write_string(sheet, line, column, cell.text.toUtf8().constData(), nullptr);
                longest[c] = std::max(longest[c], longestLine(cell.text));
            }
        }
        for (qsizetype c = 0; c < width && !e; ++c)
            e = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(longest.at(c)), nullptr);
        if (e)
            return xlsxReason(e);
    }
    return {};
}

// RFC 4180 quoting, after a leading apostrophe on text a spreadsheet would otherwise run
// as a formula (=, +, -, @, and the tab and carriage return OWASP adds).
QString csvText(QString text)
{
    if (!text.isEmpty() && u"=+-@\t\r"_s.contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n'))
        return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

QByteArray csvOf(const ReportTable& table)
{
    QString text;
    QStringList fields;
    for (const QString& heading : table.columns)
        fields.append(csvText(heading));
    text += fields.join(u',') + u"\r\n"_s;
    for (const QVariantList& row : table.rows) {
        fields.clear();
        // As many fields on every line as there are headings, as RFC 4180 asks.
        for (qsizetype c = 0; c < std::max(row.size(), table.columns.size()); ++c) {
            const Cell cell = c < row.size() ? cellOf(row.at(c)) : Cell {};
            fields.append(cell.kind == Cell::Kind::Text ? csvText(cell.text) : cell.text);
        }
        text += fields.join(u',') + u"\r\n"_s;
    }
    // Without the byte order mark Excel reads the file in the laptop's code page and
    // garbles Welsh letters.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace

bool ReportExport::writeXlsx(
    const QString& path, const QString& title, const QList<ReportTable>& tables, QString* error)
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return fail(tr("it is a folder"));

    // libxlsxwriter opens the file by name itself, so QSaveFile cannot stand between; the
    // workbook goes to a file beside the target that is renamed over it once complete.
    const QString part = path + u".part"_s;
    const QByteArray partName = QFile::encodeName(part);
    const CNumbers numbers;
    lxw_workbook* workbook = workbook_new(partName.constData());
    if (!workbook)
        return fail(tr("there is not enough memory"));
    if (const QString reason = fillWorkbook(workbook, title.toUtf8(), tables); !reason.isEmpty()) {
        lxw_workbook_free(workbook); // nothing has been written yet
        return fail(reason);
    }
    errno = 0;
    const lxw_error closed = workbook_close(workbook);
    const int why = errno;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(part);
        // The system's reason (permission denied, disk full) says more than the library's.
        const bool creating = closed == LXW_ERROR_CREATING_XLSX_FILE && why != 0;
        return fail(creating ? reasonText(qt_error_string(why)) : xlsxReason(closed));
    }
    // Replaces any earlier file in one step, so there is never a moment without one.
    std::error_code renamed;
    std::filesystem::rename(std::filesystem::path(partName.toStdString()),
        std::filesystem::path(QFile::encodeName(path).toStdString()), renamed);
    if (renamed) {
        QFile::remove(part);
        return fail(reasonText(QString::fromLocal8Bit(renamed.message())));
    }
    return true;
}

bool ReportExport::writeCsv(const QString& directory, const QList<ReportTable>& tables, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString shownFolder = QDir::toNativeSeparators(directory);
    const QFileInfo folder(directory);
    if (folder.exists() && !folder.isDir())
        return fail(tr("Could not write the tables to %1: it is a file, not a folder.").arg(shownFolder));
    if (!QDir().mkpath(directory))
        return fail(tr("Could not create the folder %1.").arg(shownFolder));

    const QDir dir(directory);
    const QStringList stems = fileStems(tables);
    for (qsizetype t = 0; t < tables.size(); ++t) {
        if (!writeCsvFile(dir.filePath(stems.at(t) + u".csv"_s), tables.at(t), error))
            return false;
    }
    return true;
}

bool ReportExport::writeCsvFile(const QString& path, const ReportTable& table, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csvOf(table)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), reasonText(file.errorString()));
        return false;
    }
    return true;
}

} // namespace alongside
