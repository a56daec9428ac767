// SPDX-License-Identifier: GPL-3.0-or-later
// A report's tables as commissioners receive them: a workbook with a sheet per table whose
// numbers Excel can sum and chart, whatever the laptop's locale; CSV files that Excel
// opens in UTF-8, split into the right fields, and that never run a formula; and when a
// file cannot be written, a message naming it, nothing half-written and any earlier
// return left as it was.
#include "TestSupport.h"
#include "report/ReportExport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

const QString welsh = u"Côr Cymunedol Pen-y-bryn"_s;

QList<ReportTable> quarterTables()
{
    ReportTable introduced { u"Introduced"_s, u"People introduced, by who introduced them"_s,
        { u"Introduced by"_s, u"People"_s, u"Hours per person"_s },
        { { welsh, 42, 1.25 }, { u"GP surgery"_s, QVariant(), qint64(7) } } };
    // Too long for a sheet, with a character Excel refuses.
    ReportTable connections { u"Connections/kind of resource, Q1 2025-26"_s, u"Connections made, by kind of resource"_s,
        { u"Kind"_s, u"Connections"_s }, { { u"Group"_s, 12 } } };
    // The same name as the first but for case, which Excel counts as the same.
    ReportTable again { u"INTRODUCED"_s, u"Introduced again"_s, { u"Who"_s }, { { u"Self"_s } } };
    return { introduced, connections, again };
}

// One member of a zip file, through unzip as anyone checking the file by hand would.
QByteArray unzipped(const QString& zip, const QString& member)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, { u"-p"_s, zip, member });
    if (!unzip.waitForFinished(30000) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

QStringList matches(const QString& text, const QString& pattern)
{
    QStringList found;
    auto it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(1));
    return found;
}

// The text a cell shows, when it is a string: its index into the shared strings.
QString sharedText(const QString& sheet, const QStringList& strings, const QString& cell)
{
    const auto m = QRegularExpression(u"<c r=\"%1\"[^>]* t=\"s\"><v>(\\d+)</v></c>"_s.arg(cell)).match(sheet);
    return m.hasMatch() ? strings.value(m.captured(1).toInt()) : QString();
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        QProcess unzip;
        unzip.start(u"unzip"_s, { u"-v"_s });
        QVERIFY2(unzip.waitForFinished(30000) && unzip.exitCode() == 0,
            "unzip is needed to read workbooks back (scripts/setup)");
    }

    void theWorkbookHasASheetPerTableWithNumbersExcelCanSum()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"Quarterly return.xlsx"_s);
        QVERIFY(writeFile(path, "last quarter's return"));

        QString error;
        QVERIFY2(ReportExport::writeXlsx(path, u"Quarterly return Q1 2025–26"_s, quarterTables(), &error),
            qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
            QStringList { u"Quarterly return.xlsx"_s });
        QProcess test;
        test.start(u"unzip"_s, { u"-tq"_s, path });
        QVERIFY(test.waitForFinished(30000));
        QCOMPARE(test.exitCode(), 0); // a whole, sound zip, not last quarter's text

        const QString workbook = QString::fromUtf8(unzipped(path, u"xl/workbook.xml"_s));
        QCOMPARE(matches(workbook, u"<sheet name=\"([^\"]*)\""_s),
            QStringList({ u"Introduced"_s, u"Connections-kind of resource, Q"_s, u"INTRODUCED (2)"_s }));

        const QString sheet = QString::fromUtf8(unzipped(path, u"xl/worksheets/sheet1.xml"_s));
        const QStringList strings = matches(
            QString::fromUtf8(unzipped(path, u"xl/sharedStrings.xml"_s)), u"<si><t(?: [^>]*)?>([^<]*)</t></si>"_s);
        QVERIFY(strings.contains(welsh)); // read as UTF-8, so the circumflex survived
        QCOMPARE(sharedText(sheet, strings, u"A1"_s), u"People introduced, by who introduced them"_s);
        QCOMPARE(sharedText(sheet, strings, u"A3"_s), u"Introduced by"_s);
        QCOMPARE(sharedText(sheet, strings, u"B3"_s), u"People"_s);
        QCOMPARE(sharedText(sheet, strings, u"C3"_s), u"Hours per person"_s);
        QCOMPARE(sharedText(sheet, strings, u"A4"_s), welsh);
        QCOMPARE(sharedText(sheet, strings, u"A5"_s), u"GP surgery"_s);
        // Numbers as numbers, not text Excel would refuse to sum.
        QVERIFY2(sheet.contains(QRegularExpression(u"<c r=\"B4\"( s=\"\\d+\")?><v>42</v></c>"_s)), qPrintable(sheet));
        QVERIFY(sheet.contains(QRegularExpression(u"<c r=\"C4\"( s=\"\\d+\")?><v>1\\.25</v></c>"_s)));
        QVERIFY(sheet.contains(QRegularExpression(u"<c r=\"C5\"( s=\"\\d+\")?><v>7</v></c>"_s)));
        QVERIFY(!sheet.contains(u"r=\"B5\""_s)); // the empty cell stays empty
        // The title and headings in bold; the data plain.
        const QString titleStyle = matches(sheet, u"<c r=\"A1\" s=\"(\\d+)\""_s).value(0);
        QVERIFY(!titleStyle.isEmpty());
        QCOMPARE(matches(sheet, u"<c r=\"B3\" s=\"(\\d+)\""_s).value(0), titleStyle);
        QVERIFY(!sheet.contains(u"<c r=\"A4\" s="_s));
        const QString styles = QString::fromUtf8(unzipped(path, u"xl/styles.xml"_s));
        const QStringList formats = matches(styles, u"<cellXfs[^>]*>(.*)</cellXfs>"_s);
        QCOMPARE(formats.size(), 1);
        const QString fontOfTitle = matches(formats.first(), u"<xf [^>]*fontId=\"(\\d+)\""_s).value(titleStyle.toInt());
        const QStringList fonts = matches(styles, u"<font>(.*?)</font>"_s);
        QVERIFY(fonts.value(fontOfTitle.toInt()).contains(u"<b/>"_s));
        // Column A wide enough for the Welsh group's name.
        const QStringList widths = matches(sheet, u"<col min=\"1\" max=\"1\" width=\"([\\d.]+)\""_s);
        QCOMPARE(widths.size(), 1);
        QVERIFY(widths.first().toDouble() >= welsh.size());

        const QString core = QString::fromUtf8(unzipped(path, u"docProps/core.xml"_s));
        QVERIFY(core.contains(u"<dc:title>Quarterly return Q1 2025–26</dc:title>"_s));
    }

    // A coordinator whose laptop writes 1,25 still sends Excel 1.25.
    void numbersKeepTheirPointInADecimalCommaLocale()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess localedef;
        localedef.start(u"localedef"_s, { u"-i"_s, u"de_DE"_s, u"-f"_s, u"UTF-8"_s, dir.filePath(u"de_DE.UTF-8"_s) });
        if (!localedef.waitForFinished(60000) || localedef.exitCode() != 0)
            QSKIP("localedef cannot build a German locale here (Debian package locales)");
        const QByteArray oldPath = qgetenv("LOCPATH");
        const QByteArray oldNumeric = std::setlocale(LC_NUMERIC, nullptr);
        qputenv("LOCPATH", QFile::encodeName(dir.path()));
        const bool german = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
        char printed[16] = {};
        std::snprintf(printed, sizeof printed, "%.2f", 1.25);
        const QString path = dir.filePath(u"return.xlsx"_s);
        QString error;
        const bool written = german && ReportExport::writeXlsx(path, u"Return"_s, quarterTables(), &error)
            && ReportExport::writeCsv(dir.filePath(u"csv"_s), quarterTables(), &error);
        std::setlocale(LC_NUMERIC, oldNumeric.constData());
        if (oldPath.isNull())
            qunsetenv("LOCPATH");
        else
            qputenv("LOCPATH", oldPath);
        if (!german)
            QSKIP("the German locale did not load");
        QCOMPARE(QByteArray(printed), QByteArray("1,25")); // the trap is set
        QVERIFY2(written, qPrintable(error));
        const QString sheet = QString::fromUtf8(unzipped(path, u"xl/worksheets/sheet1.xml"_s));
        QVERIFY2(
            sheet.contains(QRegularExpression(u"<c r=\"C4\"( s=\"\\d+\")?><v>1\\.25</v></c>"_s)), qPrintable(sheet));
        QVERIFY(sheet.contains(u"<pageMargins left=\"0.7\""_s)); // the library's own numbers too
        QVERIFY(contents(dir.filePath(u"csv/Introduced.csv"_s)).contains(",42,1.25\r\n"));
    }

    void csvFilesOpenInExcelAsTheyShould()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReportTable introduced { u"Introduced"_s, u"People introduced"_s,
            { u"Introduced by"_s, u"People"_s, u"Hours per person"_s },
            { { welsh, 42, 1.25 }, { u"Smith, Jones & Co"_s, QVariant(), -3 },
                { u"She said \"yes\""_s, qint64(1234567890123), 0.1 }, { u"two\nlines"_s, 7 } } };
        ReportTable awkward { u"Notes: awkward/names"_s, u"Text a spreadsheet would run"_s, { u"Text"_s },
            { { u"=SUM(A1:A2)"_s }, { u"+44 29 2000 0000"_s }, { u"-3 people"_s }, { u"@mention"_s },
                { u"=HYPERLINK(\"http://example.org\",\"x\")"_s }, { u"old\rMac line"_s }, { u"plain"_s } } };
        // Folders that do not exist yet are made.
        const QString folder = dir.filePath(u"returns/2025-26 Q1"_s);
        QString error;
        QVERIFY2(ReportExport::writeCsv(folder, { introduced, awkward }, &error), qPrintable(error));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
            QStringList({ u"Introduced.csv"_s, u"Notes- awkward-names.csv"_s }));

        const QByteArray bom("\xEF\xBB\xBF");
        QCOMPARE(contents(QDir(folder).filePath(u"Introduced.csv"_s)),
            bom + QByteArray("Introduced by,People,Hours per person\r\n")
                + u"Côr Cymunedol Pen-y-bryn,42,1.25\r\n"_s.toUtf8()
                + QByteArray("\"Smith, Jones & Co\",,-3\r\n"
                             "\"She said \"\"yes\"\"\",1234567890123,0.1\r\n"
                             "\"two\nlines\",7,\r\n"));
        QCOMPARE(contents(QDir(folder).filePath(u"Notes- awkward-names.csv"_s)),
            bom
                + QByteArray("Text\r\n"
                             "'=SUM(A1:A2)\r\n"
                             "'+44 29 2000 0000\r\n"
                             "'-3 people\r\n"
                             "'@mention\r\n"
                             "\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\"\r\n"
                             "\"old\rMac line\"\r\n"
                             "plain\r\n"));
    }

    void aWorkbookThatCannotBeWrittenLeavesNothingBehind()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"no such folder/return.xlsx"_s);
        QString error;
        QVERIFY(!ReportExport::writeXlsx(path, u"Return"_s, quarterTables(), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u".part"_s));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void aFailedWorkbookKeepsTheEarlierOne()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"return.xlsx"_s);
        QVERIFY(writeFile(path, "last quarter's return"));
        // The file beside it cannot be made (a folder has its name), even for root.
        QVERIFY(QDir(dir.path()).mkdir(u"return.xlsx.part"_s));
        QString error;
        QVERIFY(!ReportExport::writeXlsx(path, u"Return"_s, quarterTables(), &error));
        QVERIFY2(error.startsWith(u"Could not write %1: "_s.arg(QDir::toNativeSeparators(path))), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("last quarter's return"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
            QStringList({ u"return.xlsx"_s, u"return.xlsx.part"_s }));
    }

    void aReadOnlyFolderIsExplained()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"locked"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"locked"_s));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const bool stillWritable = writeFile(folder + u"/probe"_s, "x");
        QString error;
        const bool written = !stillWritable
            && ReportExport::writeXlsx(folder + u"/return.xlsx"_s, u"Return"_s, quarterTables(), &error);
        const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (stillWritable)
            QSKIP("this user can write into a read-only folder (root)");
        QVERIFY(!written);
        QVERIFY2(error.contains(QDir::toNativeSeparators(folder + u"/return.xlsx"_s)), qPrintable(error));
        QVERIFY(left.isEmpty());
    }

    void csvIntoAFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString notAFolder = dir.filePath(u"returns"_s);
        QVERIFY(writeFile(notAFolder, "a file, not a folder"));
        QString error;
        QVERIFY(!ReportExport::writeCsv(notAFolder, quarterTables(), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(notAFolder)), qPrintable(error));
        QCOMPARE(contents(notAFolder), QByteArray("a file, not a folder"));

        // One table's file cannot be made: the message names that file.
        const QString folder = dir.filePath(u"csv"_s);
        QVERIFY(QDir().mkpath(folder + u"/Introduced.csv"_s));
        error.clear();
        QVERIFY(!ReportExport::writeCsv(folder, quarterTables(), &error));
        QVERIFY2(
            error.startsWith(u"Could not write %1: "_s.arg(QDir::toNativeSeparators(folder + u"/Introduced.csv"_s))),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
