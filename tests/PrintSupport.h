// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running the command line and reading PDFs back with poppler's tools, for the printing tests.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace alongside::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

inline QString tool(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing: scripts/setup installs poppler-utils", qPrintable(name));
    return path;
}

inline int pdfPages(const QString& pdf)
{
    const Run info = run(tool(QStringLiteral("pdfinfo")), { pdf });
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// One page's text (or the whole file's with page 0), laid out as printed, or in the
// order it was drawn with `mode` "-raw" (a table cell's lines then come together).
inline QString pdfText(const QString& pdf, int page = 0, const QString& mode = QStringLiteral("-layout"))
{
    QStringList arguments { mode };
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    // Compatibility forms undo the typesetter's ligatures ("ﬁ" is read as "fi").
    return run(tool(QStringLiteral("pdftotext")), arguments).out.normalized(QString::NormalizationForm_KC);
}

} // namespace alongside::test
