// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/circle/CircleOfSupportTab.h"
#include "shared/Focus.h"
#include "shared/Remembered.h"

#include "Caseload.h"
#include "edits/EditCommand.h"
#include "shared/UndoScopes.h"
#include "shared/CirclePainter.h"
#include "shared/ListViews.h"
#include "items/SupportersModel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>


using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// Draws the model's supporters with CirclePainter, resizing with the tab.
class CircleWidget : public QWidget
{
public:
    CircleWidget(Caseload& caseload, SupportersModel& model, QWidget* parent)
        : QWidget(parent)
        , m_caseload(caseload)
        , m_model(model)
    {
        setObjectName(u"circleDiagram"_s);
        setMinimumSize(260, 260);
        setAccessibleName(CircleOfSupportTab::tr("Circle of support diagram"));
        // The person's name is read when the list is, or when it changes, not on every paint.
        connect(&model, &QAbstractItemModel::modelReset, this, &CircleWidget::readCentre);
        connect(&caseload.notifier(), &ChangeNotifier::personChanged, this, [this](const QString& id) {
            if (id == m_model.personId())
                readCentre();
        });
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        QList<CirclePainter::Mark> marks;
        for (const auto& s : m_model.supporters())
            marks.append({ s.name, s.circle });
        CirclePainter::paint(painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_centre, marks);
    }

private:
    void readCentre()
    {
        const auto person = m_caseload.people().find(m_model.personId());
        m_centre = person ? person->shortName() : QString();
        update();
    }

    Caseload& m_caseload;
    SupportersModel& m_model;
    QString m_centre;
};

// Asks for a supporter's details; false when cancelled.
bool askSupporter(QWidget* parent, SupporterRepository::Supporter& s)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(s.id.isEmpty() ? CircleOfSupportTab::tr("Add to the circle") : CircleOfSupportTab::tr("Supporter"));
    auto* name = new QLineEdit(s.name, &dialog);
    name->setObjectName(u"supporterName"_s);
    auto* relationship = new QLineEdit(s.relationship, &dialog);
    relationship->setPlaceholderText(CircleOfSupportTab::tr("daughter, neighbour, choir friend, support worker…"));
    auto* circle = new QComboBox(&dialog);
    circle->setObjectName(u"supporterCircle"_s);
    for (int c = 1; c <= 4; ++c) {
        circle->addItem(CircleOfSupportTab::tr("%1: %2 (%3)").arg(c).arg(SupporterRepository::circleName(c),
                                                                          SupporterRepository::circleDescription(c)),
                        c);
    }
    circle->setCurrentIndex(s.circle - 1);
    auto* phone = new QLineEdit(s.phone, &dialog);
    auto* email = new QLineEdit(s.email, &dialog);
    auto* notes = new QPlainTextEdit(s.notes, &dialog);
    notes->setTabChangesFocus(true);
    notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 3 + 12);
    auto* problem = new QLabel(&dialog);
    problem->setStyleSheet(u"color: #c0392b;"_s);
    problem->hide();
    auto* form = new QFormLayout;
    form->addRow(CircleOfSupportTab::tr("&Name:"), name);
    form->addRow(CircleOfSupportTab::tr("&Relationship:"), relationship);
    form->addRow(CircleOfSupportTab::tr("&Circle:"), circle);
    form->addRow(CircleOfSupportTab::tr("&Phone:"), phone);
    form->addRow(CircleOfSupportTab::tr("&E-mail:"), email);
    form->addRow(CircleOfSupportTab::tr("N&otes:"), notes);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    confirmWithCtrlReturn(box); // Enter starts a new line in the longer text
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(box);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (name->text().trimmed().isEmpty()) {
            problem->setText(CircleOfSupportTab::tr("Give the supporter's name, or how the person refers to them."));
            problem->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    s.name = name->text().trimmed();
    s.relationship = relationship->text().trimmed();
    s.circle = circle->currentData().toInt();
    s.phone = phone->text().trimmed();
    s.email = email->text().trimmed();
    s.notes = notes->toPlainText().trimmed();
    return true;
}
} // namespace

CircleOfSupportTab::CircleOfSupportTab(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_model(new SupportersModel(caseload.supporters(), caseload.notifier(), this))
    , m_view(new QTableView(this))
    , m_diagram(new CircleWidget(caseload, *m_model, this))
{
    m_view->setObjectName(u"supportersView"_s);
    setUpRowTable(m_view, m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(SupportersModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SupportersModel::RelationshipColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SupportersModel::CircleColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Supporters"));
    auto* add = new QPushButton(tr("Add &someone…"), this);
    auto* edit = new QPushButton(tr("E&dit…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setToolTip(tr("Remove the chosen supporter (Delete)"));
    add->setObjectName(u"addSupporter"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_diagram);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    rememberSizes(split, u"circle"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(add, &QPushButton::clicked, this, &CircleOfSupportTab::addSupporter);
    connect(edit, &QPushButton::clicked, this, &CircleOfSupportTab::editCurrent);
    connect(remove, &QPushButton::clicked, this, &CircleOfSupportTab::removeCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &CircleOfSupportTab::editCurrent);
    addListShortcuts(m_view, [this] { addSupporter(); }, [this] { editCurrent(); }, [this] { removeCurrent(); });
    setEnabled(false);
}

void CircleOfSupportTab::setPerson(const QString& id)
{
    m_personId = id;
    m_model->setPerson(id);
    setEnabled(!id.isEmpty());
}

void CircleOfSupportTab::addSupporter()
{
    SupporterRepository::Supporter s;
    s.personId = m_personId;
    if (askSupporter(this, s))
        push(m_caseload.supporters().adding(s));
}

void CircleOfSupportTab::editCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->supporters().size())
        return;
    const SupporterRepository::Supporter before = m_model->supporters().at(row);
    SupporterRepository::Supporter after = before;
    if (askSupporter(this, after))
        push(m_caseload.supporters().editing(before, after));
}

void CircleOfSupportTab::removeCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row >= 0 && row < m_model->supporters().size())
        push(m_caseload.supporters().removing(m_model->supporters().at(row)));
}

bool CircleOfSupportTab::push(std::unique_ptr<EditCommand> command)
{
    return UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId), std::move(command), this,
                            tr("Circle of support"));
}

} // namespace alongside
