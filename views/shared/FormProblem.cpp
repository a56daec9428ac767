// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/FormProblem.h"

#include "dates/DateText.h"

#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace alongside {

QLabel* makeProblemLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setStyleSheet(u"color: #c0392b;"_s);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showProblem(QLabel* label, const QString& problem)
{
    label->setText(problem);
    label->show();
}

bool readDateField(QLineEdit* field, QLabel* problem, QDate* date)
{
    QString iso;
    QString why;
    if (!DateText::readTyped(field->text(), &iso, &why)) {
        showProblem(problem, why);
        field->setFocus();
        return false;
    }
    *date = QDate::fromString(iso, Qt::ISODate);
    return true;
}

} // namespace alongside
