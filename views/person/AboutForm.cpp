// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/AboutForm.h"

#include "dates/DateText.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const auto invalidStyle = u"border: 2px solid #c0392b;"_s;

QPlainTextEdit* shortTextEdit(QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 16);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}
} // namespace

AboutForm::AboutForm(QWidget* parent)
    : QWidget(parent)
    , m_address(shortTextEdit(this))
    , m_stage(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_introducedBy(new QComboBox(this))
    , m_review(new QSpinBox(this))
{
    auto* nameBox = new QGroupBox(tr("Name"), this);
    auto* nameForm = new QFormLayout(nameBox);
    addLine(u"given_name"_s, tr("&First name:"), nameForm);
    addLine(u"family_name"_s, tr("Fa&mily name:"), nameForm);
    addLine(u"preferred_name"_s, tr("&Preferred name:"), nameForm)->setToolTip(tr("What the person likes to be called."));
    addLine(u"pronouns"_s, tr("P&ronouns:"), nameForm)->setPlaceholderText(tr("for example she/her"));
    addLine(u"date_of_birth"_s, tr("Date of &birth:"), nameForm);

    auto* contactBox = new QGroupBox(tr("Contact"), this);
    auto* contactForm = new QFormLayout(contactBox);
    addLine(u"phone"_s, tr("P&hone:"), contactForm);
    addLine(u"email"_s, tr("&E-mail:"), contactForm);
    m_address->setObjectName(u"address"_s);
    contactForm->addRow(tr("&Address:"), m_address);
    addLine(u"postcode"_s, tr("Post&code:"), contactForm);
    addLine(u"ward"_s, tr("&Ward:"), contactForm);

    auto* journeyBox = new QGroupBox(tr("Walking alongside"), this);
    auto* journeyForm = new QFormLayout(journeyBox);
    for (const QString& key : Vocabulary::stages())
        m_stage->addItem(Vocabulary::stageLabel(key), key);
    m_stage->setObjectName(u"stage"_s);
    journeyForm->addRow(tr("S&tage:"), m_stage);
    for (int level : Vocabulary::levels())
        m_level->addItem(Vocabulary::levelLabel(level), level);
    m_level->setObjectName(u"level"_s);
    journeyForm->addRow(tr("&Level:"), m_level);
    addLine(u"introduced_on"_s, tr("&Introduced on:"), journeyForm);
    m_introducedBy->addItem(tr("Not recorded"), QString());
    for (const QString& key : Vocabulary::introducedBy())
        m_introducedBy->addItem(Vocabulary::introducedByLabel(key), key);
    m_introducedBy->setObjectName(u"introduced_by"_s);
    journeyForm->addRow(tr("Introduced &by:"), m_introducedBy);
    m_review->setObjectName(u"review_every_months"_s);
    m_review->setRange(0, 24);
    m_review->setSpecialValueText(tr("No regular review"));
    m_review->setSuffix(tr(" months"));
    m_review->setToolTip(tr("The next review falls this many months after the last one held. File ▸ Update bank "
                            "holidays… can move reviews that fall on a weekend or bank holiday to the next working day."));
    journeyForm->addRow(tr("Re&view every:"), m_review);

    for (QLineEdit* date : std::as_const(m_dates))
        date->setPlaceholderText(tr("day/month/year"));

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(nameBox);
    left->addWidget(contactBox);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(journeyBox);
    right->addStretch();
    m_right = right;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);

    const auto notify = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    for (QLineEdit* line : std::as_const(m_lines))
        connect(line, &QLineEdit::textEdited, this, notify);
    connect(m_address, &QPlainTextEdit::textChanged, this, notify);
    for (QComboBox* box : { m_stage, m_level, m_introducedBy })
        connect(box, &QComboBox::currentIndexChanged, this, notify);
    connect(m_review, &QSpinBox::valueChanged, this, notify);
}

QLineEdit* AboutForm::addLine(const QString& field, const QString& label, QFormLayout* form)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(field);
    // Wide enough to read a name or an address line; the tab scrolls when space is short.
    line->setMinimumWidth(line->fontMetrics().averageCharWidth() * 16);
    line->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    form->addRow(label, line);
    m_lines.insert(field, line);
    if (field.endsWith(u"_on"_s) || field == u"date_of_birth")
        m_dates.insert(field, line);
    return line;
}

void AboutForm::addBeside(QWidget* widget)
{
    m_right->insertWidget(m_right->count() - 1, widget, 1); // above the stretch
}

QWidget* AboutForm::fieldWidget(const QString& field) const
{
    return findChild<QWidget*>(field);
}

void AboutForm::setPerson(const Person& p)
{
    m_loading = true;
    const QVariantMap fields = p.toFields();
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QString value = fields.value(it.key()).toString();
        it.value()->setText(m_dates.contains(it.key()) ? DateText::formatIso(value) : value);
    }
    m_address->setPlainText(p.address);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(p.stage)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(p.level)));
    m_introducedBy->setCurrentIndex(std::max(0, m_introducedBy->findData(p.introducedBy)));
    m_review->setValue(p.reviewEveryMonths);
    clearHighlights();
    m_loading = false;
}

Person AboutForm::person(const Person& base, QList<std::pair<QString, QString>>* problems) const
{
    QVariantMap fields = base.toFields();
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (!m_dates.contains(it.key())) {
            fields.insert(it.key(), text);
            continue;
        }
        const QDate date = DateText::parse(text);
        if (!text.isEmpty() && !date.isValid() && problems) {
            //: %1 is a field name such as "Date of birth", %2 what was typed
            problems->append({ it.key(), tr("%1: “%2” is not a date. Type it as day/month/year, for example "
                                            "23/11/1985.")
                                             .arg(it.value()->accessibleName(), text) });
        }
        fields.insert(it.key(), text.isEmpty() || !date.isValid() ? QString() : date.toString(Qt::ISODate));
    }
    fields.insert(u"address"_s, m_address->toPlainText().trimmed());
    fields.insert(u"stage"_s, m_stage->currentData());
    fields.insert(u"level"_s, m_level->currentData());
    fields.insert(u"introduced_by"_s, m_introducedBy->currentData());
    fields.insert(u"review_every_months"_s, m_review->value());
    return Person::fromFields(base.id, fields);
}

QString AboutForm::snapshot() const
{
    QJsonObject o;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        o.insert(it.key(), it.value()->text());
    o.insert(u"address"_s, m_address->toPlainText());
    o.insert(u"stage"_s, m_stage->currentData().toString());
    o.insert(u"level"_s, m_level->currentData().toInt());
    o.insert(u"introduced_by"_s, m_introducedBy->currentData().toString());
    o.insert(u"review_every_months"_s, m_review->value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void AboutForm::restore(const QString& snapshot)
{
    const QJsonObject o = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    if (o.isEmpty())
        return;
    m_loading = true;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        it.value()->setText(o.value(it.key()).toString());
    m_address->setPlainText(o.value(u"address"_s).toString());
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(o.value(u"stage"_s).toString())));
    m_level->setCurrentIndex(std::max(0, m_level->findData(o.value(u"level"_s).toInt())));
    m_introducedBy->setCurrentIndex(std::max(0, m_introducedBy->findData(o.value(u"introduced_by"_s).toString())));
    m_review->setValue(o.value(u"review_every_months"_s).toInt());
    m_loading = false;
}

void AboutForm::highlight(const QString& field)
{
    if (QWidget* w = fieldWidget(field)) {
        w->setStyleSheet(invalidStyle);
        w->setFocus(Qt::OtherFocusReason);
    }
}

void AboutForm::clearHighlights()
{
    for (QLineEdit* line : std::as_const(m_lines))
        line->setStyleSheet(QString());
    m_address->setStyleSheet(QString());
}

} // namespace alongside
