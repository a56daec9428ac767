// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReturnDocument.h"

#include "items/ReturnModel.h"
#include "print/DocumentWriter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

// A bar per row of a section (its total row left out), drawn for print.
QImage barChart(const QuarterlyReturn::Section& section, const QFont& font)
{
    auto* set = new QBarSet(QString());
    set->setColor(QColor(0x1f, 0x5f, 0x99));
    QStringList labels;
    double most = 1;
    // Rows after the first (the total), bottom to top as a reader reads them top to bottom.
    for (qsizetype i = section.rows.size() - 1; i >= 1; --i) {
        labels.append(section.rows.at(i).label);
        *set << section.rows.at(i).value;
        most = std::max(most, section.rows.at(i).value);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsFont(font);
    categories->setTruncateLabels(false); // the names are the point: never "…"
    auto* values = new QValueAxis;
    values->setRange(0, most * 1.15);
    values->applyNiceNumbers();
    values->setLabelFormat(u"%.0f"_s);
    values->setLabelsFont(font);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    series->setLabelsPrecision(3);
    // Laid out 760 wide as on a screen, drawn at twice that for paper.
    const QSizeF logical(760, 40 + 24 * labels.size());
    QImage image((logical * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(2, 2);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    // The axes measure their labels when the layout runs: let it run before drawing.
    QCoreApplication::sendPostedEvents();
    chart->layout()->activate();
    scene.setSceneRect(chart->geometry());
    scene.render(&painter, QRectF(QPointF(0, 0), logical), scene.sceneRect());
    return image;
}

} // namespace

PrintedDocument ReturnDocument::build(const Input& input)
{
    PrintedDocument printed { std::make_unique<QTextDocument>(), tr("Quarterly return"), false, input.now.quarter.label() };
    QTextDocument& doc = *printed.document;
    DocumentWriter out(doc, 10.0);
    out.title(tr("Quarterly return"), QuarterlyReturn::quarterText(input.now.quarter));
    out.paragraph(tr("Local Area Coordination: %1. Each table gives this quarter, the quarter before and the same quarter "
                     "a year before.")
                      .arg(input.scopeText));
    QFont font = doc.defaultFont();
    font.setPixelSize(12);
    for (const QString& name : { u"Introduced"_s, u"Outcomes"_s }) {
        const QuarterlyReturn::Section* section = input.now.section(name);
        if (!section || section->rows.size() < 2)
            continue;
        out.heading(section->title);
        const QImage chart = barChart(*section, font);
        const QUrl url(u"alongside:chart-"_s + name);
        doc.addResource(QTextDocument::ImageResource, url, chart);
        out.image(url.toString(), 640, double(chart.width()) / chart.height());
    }
    const QStringList headers { tr("Figure"), input.now.quarter.label(), input.before.quarter.label(),
                                input.yearAgo.quarter.label() };
    for (const QuarterlyReturn::Section& section : input.now.sections) {
        QList<QStringList> rows;
        for (const QuarterlyReturn::Row& row : section.rows)
            rows.append({ row.label, ReturnModel::valueText(&row),
                          ReturnModel::valueText(input.before.row(section.name, row.label)),
                          ReturnModel::valueText(input.yearAgo.row(section.name, row.label)) });
        out.heading(section.title);
        out.table(headers, rows, { 58, 14, 14, 14 }, true);
    }
    if (!input.stories.isEmpty()) {
        out.heading(tr("Stories"));
        for (const QuarterlyReturn::Story& s : input.stories) {
            out.labelled(tr("Who and when"), tr("%1, %2").arg(s.who, QLocale().toString(s.on, QLocale::ShortFormat)));
            out.labelled(tr("What changed"), s.categories);
            out.paragraph(s.story);
            out.labelled(tr("Likely without"), s.likelyWithout);
            out.spacer(6);
        }
    }
    return printed;
}

int ReturnDocument::writePdf(const Input& input, const QString& path, QString* error)
{
    PrintedDocument printed = build(input);
    PagePrinter printer(printed, QDate::currentDate(), PagePrinter::defaultLayout(QLocale()));
    if (!printer.writePdf(path, QuarterlyReturn::title(input.now, input.scopeText))) {
        *error = printer.error();
        return 0;
    }
    return printer.pageCount();
}

} // namespace alongside
