// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReturnPage.h"

#include "Caseload.h"
#include "items/ReturnModel.h"
#include "report/ReportExport.h"
#include "report/ReturnDocument.h"
#include "report/ReturnFeed.h"
#include "shared/FileDialogs.h"
#include "shared/ListViews.h"
#include "shared/ScreenRoom.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

enum Format { Pdf, Xlsx, Csv };

} // namespace

ReturnPage::ReturnPage(Caseload& caseload, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_figures(caseload.database())
    , m_model(new ReturnModel(this))
    , m_quarter(new QComboBox(this))
    , m_who(new QComboBox(this))
    , m_ward(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_stories(new QListWidget(this))
    , m_anonymise(new QCheckBox(tr("A&nonymise the stories: initials and ward only"), this))
    , m_summary(new QLabel(this))
    , m_feed(new ReturnFeed(caseload.database(), this))
{
    auto* heading = new QLabel(tr("Quarterly return"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    m_quarter->setObjectName(u"returnQuarter"_s);
    m_who->setObjectName(u"returnWho"_s);
    m_ward->setObjectName(u"returnWard"_s);
    m_view->setObjectName(u"returnView"_s);
    m_stories->setObjectName(u"returnStories"_s);
    m_anonymise->setObjectName(u"returnAnonymise"_s);
    m_summary->setWordWrap(true);
    auto* choices = new QFormLayout;
    choices->addRow(tr("&Quarter:"), m_quarter);
    choices->addRow(tr("&Whose figures:"), m_who);
    choices->addRow(tr("W&ard:"), m_ward);

    setUpRowTable(m_view, m_model);
    m_view->setAccessibleName(tr("Figures of the return"));
    m_view->horizontalHeader()->setSectionResizeMode(ReturnModel::FigureColumn, QHeaderView::Stretch);
    for (int c = ReturnModel::NowColumn; c < ReturnModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(fontMetrics().lineSpacing() * 14);
    auto* people = new QPushButton(tr("Who is &behind this figure?"), this);
    people->setToolTip(tr("The people a figure of this quarter counts (Enter). For your eyes only: never in a saved return."));

    m_stories->setAccessibleName(tr("Outcome stories to quote"));
    m_stories->setWordWrap(true);
    m_stories->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    auto* storiesLabel = new QLabel(tr("&Stories to quote (tick two or three):"), this);
    storiesLabel->setBuddy(m_stories);

    auto* pdf = new QPushButton(tr("Save as &PDF…"), this);
    auto* xlsx = new QPushButton(tr("Save as sprea&dsheet…"), this);
    xlsx->setToolTip(tr("An Excel workbook (.xlsx): one sheet per table, numbers as numbers, ready to chart"));
    auto* csv = new QPushButton(tr("Save as &CSV…"), this);
    csv->setToolTip(tr("One CSV file per table, in a folder you choose"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(pdf);
    buttons->addWidget(xlsx);
    buttons->addWidget(csv);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(people, 0, Qt::AlignLeft);
    layout->addWidget(storiesLabel);
    layout->addWidget(m_stories);
    layout->addWidget(m_anonymise);
    layout->addLayout(buttons);

    m_needFigures = { people, pdf, xlsx, csv };
    connect(m_feed, &ReturnFeed::counted, this, &ReturnPage::showCounted);
    connect(m_feed, &ReturnFeed::failed, this, [this](int ticket) {
        if (ticket == m_ticket) {
            setBusy(false);
            m_summary->setText(tr("The figures could not be counted just now. Choose the quarter again to try again."));
        }
    });
    fillChoices();
    for (QComboBox* box : { m_quarter, m_who, m_ward })
        connect(box, &QComboBox::currentIndexChanged, this, &ReturnPage::refresh);
    connect(m_anonymise, &QCheckBox::toggled, this, &ReturnPage::fillStories);
    connect(people, &QPushButton::clicked, this, &ReturnPage::showPeopleBehind);
    connect(m_view, &QTableView::doubleClicked, this, &ReturnPage::showPeopleBehind);
    auto* open = new QAction(m_view);
    open->setShortcut(QKeySequence(Qt::Key_Return));
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &ReturnPage::showPeopleBehind);
    m_view->addAction(open);
    connect(pdf, &QPushButton::clicked, this, [this] { save(Pdf); });
    connect(xlsx, &QPushButton::clicked, this, [this] { save(Xlsx); });
    connect(csv, &QPushButton::clicked, this, [this] { save(Csv); });
}

ReturnPage::~ReturnPage()
{
    setBusy(false);
}

void ReturnPage::fillChoices()
{
    // The quarter just ended first (the one a return is due for), then the one under
    // way, then two years back.
    const QDate today = m_caseload.clock().now().toLocalTime().date();
    const Calendar::Quarter current = Calendar::financialQuarter(today);
    const Calendar::Quarter ended = QuarterlyReturn::previous(current);
    m_quarter->addItem(QuarterlyReturn::quarterText(ended), QuarterlyReturn::quarterKey(ended));
    m_quarter->addItem(tr("%1, so far").arg(QuarterlyReturn::quarterText(current)), QuarterlyReturn::quarterKey(current));
    Calendar::Quarter q = ended;
    for (int i = 0; i < 7; ++i) {
        q = QuarterlyReturn::previous(q);
        m_quarter->addItem(QuarterlyReturn::quarterText(q), QuarterlyReturn::quarterKey(q));
    }
    m_who->addItem(tr("The whole team"), QString());
    for (const SiteRepository::Coordinator& c : m_caseload.site().coordinators()) {
        m_who->addItem(QuarterlyReturn::scopeText(c.name, {}), c.id);
        m_who->setItemData(m_who->count() - 1, c.name, Qt::UserRole + 1);
    }
    m_ward->addItem(tr("Every ward"), QString());
    for (const QString& ward : m_figures.wards())
        m_ward->addItem(ward, ward);
}

void ReturnPage::setQuarter(const Calendar::Quarter& quarter)
{
    const QString key = QuarterlyReturn::quarterKey(quarter);
    if (m_quarter->findData(key) < 0)
        m_quarter->addItem(QuarterlyReturn::quarterText(quarter), key);
    m_quarter->setCurrentIndex(m_quarter->findData(key));
    refresh();
}

QuarterlyReturn::Scope ReturnPage::scope() const
{
    return { m_who->currentData().toString(), m_ward->currentData().toString() };
}

QString ReturnPage::scopeText() const
{
    return QuarterlyReturn::scopeText(m_who->currentIndex() > 0 ? m_who->itemData(m_who->currentIndex(), Qt::UserRole + 1).toString()
                                                                : QString(),
                                      m_ward->currentData().toString());
}

void ReturnPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh(); // counted when first looked at, never at start-up
}

void ReturnPage::refresh()
{
    const Calendar::Quarter quarter = QuarterlyReturn::parseQuarter(m_quarter->currentData().toString());
    if (quarter.number == 0)
        return;
    // Counted on the read connection's thread: the window stays free meanwhile.
    m_stale = false;
    for (QWidget* w : std::as_const(m_needFigures))
        w->setEnabled(false);
    m_summary->setText(tr("Counting the figures for %1…").arg(QuarterlyReturn::quarterText(quarter)));
    setBusy(true);
    m_ticket = -1; // until count() says which ticket answers
    m_ticket = m_feed->count(quarter, scope());
}

void ReturnPage::showCounted(int ticket, const QuarterlyReturn::Result& now, const QuarterlyReturn::Result& before,
                             const QuarterlyReturn::Result& yearAgo)
{
    // Without a read connection the answer comes inside count(), before its ticket is known.
    if (m_ticket != -1 && ticket != m_ticket)
        return;
    setBusy(false);
    m_before = before;
    m_yearAgo = yearAgo;
    m_model->setResults(now, m_before, m_yearAgo);
    for (QWidget* w : std::as_const(m_needFigures))
        w->setEnabled(true);
    m_summary->setText(tr("Counted from every record on this laptop, the team's synced ones included, for %1. "
                          "Each figure is beside the quarter before and the same quarter a year before.")
                           .arg(scopeText()));
    fillStories();
}

// The pointer says the figures are being counted; the window can still be used.
void ReturnPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void ReturnPage::fillStories()
{
    QStringList ticked;
    for (int i = 0; i < m_stories->count(); ++i) {
        if (m_stories->item(i)->checkState() == Qt::Checked)
            ticked.append(m_stories->item(i)->data(Qt::UserRole).toString());
    }
    m_stories->clear();
    m_listed = m_figures.stories(m_model->now().quarter, scope(), m_anonymise->isChecked());
    for (const QuarterlyReturn::Story& s : std::as_const(m_listed)) {
        auto* item = new QListWidgetItem(tr("%1 (%2): %3").arg(s.who, s.categories, s.story), m_stories);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_listed.isEmpty())
        new QListWidgetItem(tr("No outcome stories dated in this quarter."), m_stories);
}

QList<QuarterlyReturn::Story> ReturnPage::chosenStories() const
{
    QStringList ticked;
    for (int i = 0; i < m_stories->count(); ++i) {
        if (m_stories->item(i)->checkState() == Qt::Checked)
            ticked.append(m_stories->item(i)->data(Qt::UserRole).toString());
    }
    QList<QuarterlyReturn::Story> chosen;
    for (const QuarterlyReturn::Story& s : m_listed) {
        if (ticked.contains(s.id))
            chosen.append(s);
    }
    return chosen;
}

void ReturnPage::showPeopleBehind()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QStringList ids = m_model->index(current.row(), ReturnModel::NowColumn).data(ReturnModel::PeopleRole).toStringList();
    const QString figure = m_model->index(current.row(), ReturnModel::FigureColumn).data().toString();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Quarterly return"), tr("No one is behind “%1” this quarter.").arg(figure));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Who is behind “%1”").arg(figure));
    auto* list = new QListWidget(&dialog);
    list->setObjectName(u"peopleBehind"_s);
    list->setAccessibleName(tr("People behind the figure"));
    for (const auto& [id, name] : m_figures.namesOf(ids)) {
        auto* item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, id);
    }
    list->setCurrentRow(0);
    auto* note = new QLabel(tr("%n person(s). Enter opens the chosen person.", nullptr, int(ids.size())), &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &dialog, [this, &dialog](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        dialog.accept();
        Q_EMIT openPerson(id);
    });
    resizeWithinScreen(&dialog, QSize(420, 480));
    dialog.exec();
}

bool ReturnPage::savePdf(const QString& path, QString* error)
{
    const ReturnDocument::Input input { m_model->now(), m_before, m_yearAgo, chosenStories(), scopeText() };
    return ReturnDocument::writePdf(input, path, error) > 0;
}

bool ReturnPage::saveXlsx(const QString& path, QString* error)
{
    return ReportExport::writeXlsx(path, QuarterlyReturn::title(m_model->now(), scopeText()),
                                   QuarterlyReturn::tables(m_model->now(), m_before, m_yearAgo, chosenStories()), error);
}

bool ReturnPage::saveCsv(const QString& folder, QString* error)
{
    return ReportExport::writeCsv(folder, QuarterlyReturn::tables(m_model->now(), m_before, m_yearAgo, chosenStories()), error);
}

void ReturnPage::save(int format)
{
    const QString name = tr("Quarterly return %1").arg(QuarterlyReturn::quarterKey(m_model->now().quarter));
    const QString start = QDir::home().filePath(name);
    QString path;
    if (format == Pdf)
        path = FileDialogs::saveFile(this, tr("Save the return as PDF"), start + u".pdf"_s, tr("PDF (*.pdf)"));
    else if (format == Xlsx)
        path = FileDialogs::saveFile(this, tr("Save the return as a spreadsheet"), start + u".xlsx"_s,
                                     tr("Excel workbook (*.xlsx)"));
    else
        path = FileDialogs::existingFolder(this, tr("Choose a folder for the CSV files"), QDir::homePath());
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool saved = format == Pdf ? savePdf(path, &error) : format == Xlsx ? saveXlsx(path, &error) : saveCsv(path, &error);
    const QString how = format == Pdf ? u"pdf"_s : format == Xlsx ? u"xlsx"_s : u"csv"_s;
    if (saved && !m_caseload.audit().record(AuditLog::Action::RanReport, {},
                                            QuarterlyReturn::quarterKey(m_model->now().quarter) + u", "_s + how)) {
        saved = false;
        error = m_caseload.audit().error();
    }
    QApplication::restoreOverrideCursor();
    if (!saved)
        QMessageBox::warning(this, tr("Quarterly return"), error);
}

} // namespace alongside
