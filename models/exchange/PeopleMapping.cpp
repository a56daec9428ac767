// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleMapping.h"

#include "dates/DateText.h"
#include "schema/Tables.h"
#include "schema/Vocabularies.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

// Letters and digits only, lower case: "Post code" and "POSTCODE" are "postcode".
QString folded(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    }
    return out;
}

// Header words for each field, folded; the first field whose list holds the header wins.
const QList<std::pair<QString, QStringList>>& synonyms()
{
    static const QList<std::pair<QString, QStringList>> table {
        { u"given_name"_s, { u"firstname"_s, u"forename"_s, u"forenames"_s, u"givenname"_s, u"first"_s, u"christianname"_s } },
        { u"family_name"_s, { u"surname"_s, u"lastname"_s, u"familyname"_s, u"last"_s } },
        { u"full_name"_s, { u"name"_s, u"fullname"_s, u"clientname"_s, u"personname"_s } },
        { u"preferred_name"_s, { u"preferredname"_s, u"knownas"_s, u"nickname"_s } },
        { u"pronouns"_s, { u"pronouns"_s, u"pronoun"_s } },
        { u"date_of_birth"_s, { u"dob"_s, u"dateofbirth"_s, u"birthdate"_s, u"birthday"_s, u"born"_s, u"dobddmmyyyy"_s } },
        { u"phone"_s, { u"phone"_s, u"telephone"_s, u"tel"_s, u"mobile"_s, u"phonenumber"_s, u"contactnumber"_s,
                        u"mobilenumber"_s, u"telephonenumber"_s } },
        { u"email"_s, { u"email"_s, u"emailaddress"_s } },
        { u"address"_s, { u"address"_s, u"address1"_s, u"address2"_s, u"address3"_s, u"addressline1"_s,
                          u"addressline2"_s, u"street"_s, u"town"_s, u"homeaddress"_s } },
        { u"postcode"_s, { u"postcode"_s, u"postalcode"_s, u"zip"_s, u"zipcode"_s } },
        { u"ward"_s, { u"ward"_s, u"neighbourhood"_s, u"area"_s } },
        { u"introduced_on"_s, { u"introducedon"_s, u"introduced"_s, u"dateintroduced"_s, u"referraldate"_s,
                                u"datereferred"_s, u"referred"_s, u"startdate"_s } },
        { u"introduced_by"_s, { u"introducedby"_s, u"referredby"_s, u"referralsource"_s, u"source"_s } },
        { u"level"_s, { u"level"_s } },
        { u"stage"_s, { u"stage"_s } },
        { u"consent_on"_s, { u"consenton"_s, u"consent"_s, u"consentdate"_s, u"consentgiven"_s } },
        { u"consent_note"_s, { u"consentnote"_s, u"consentnotes"_s } },
        { u"review_every_months"_s, { u"revieweverymonths"_s, u"reviewevery"_s, u"reviewmonths"_s } },
    };
    return table;
}

// A cell as one of a vocabulary's keys: the key itself, or its label in English or in
// the language in use, with case, spaces and punctuation ignored.
QString vocabularyKey(Vocabularies::Kind kind, const QString& cell)
{
    const QString wanted = folded(cell);
    for (const Vocabularies::Term& t : Vocabularies::terms(kind)) {
        const QString key = QString::fromLatin1(t.key);
        if (wanted == folded(key) || wanted == folded(QString::fromUtf8(t.label))
            || wanted == folded(Vocabularies::label(kind, key)))
            return key;
    }
    return {};
}

} // namespace

const QStringList& PeopleMapping::fields()
{
    static const QStringList list = [] {
        QStringList l;
        for (const auto& [field, words] : synonyms())
            l.append(field);
        return l;
    }();
    return list;
}

QString PeopleMapping::fieldLabel(const QString& field)
{
    if (field == QLatin1StringView(fullName))
        return tr("Full name");
    return Tables::fieldLabel(u"person"_s, field);
}

QString PeopleMapping::guess(const QString& header)
{
    const QString h = folded(header);
    for (const auto& [field, words] : synonyms()) {
        if (words.contains(h))
            return field;
    }
    return {};
}

PeopleMapping PeopleMapping::guessed(const QStringList& header)
{
    PeopleMapping m;
    for (const QString& h : header) {
        QString field = guess(h);
        if (!field.isEmpty() && field != u"address" && !m.columnsOf(field).isEmpty())
            field.clear(); // the first "Phone" column wins; a second is left for the coordinator
        m.m_fields.append(field);
    }
    return m;
}

void PeopleMapping::setField(int column, const QString& field)
{
    while (m_fields.size() <= column)
        m_fields.append(QString());
    m_fields[column] = field;
}

QList<int> PeopleMapping::columnsOf(const QString& field) const
{
    QList<int> columns;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i) == field)
            columns.append(i);
    }
    return columns;
}

bool PeopleMapping::load(const QString& path, const QStringList& header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Could not open the mapping %1: %2.").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        m_error = tr("The mapping %1 is not a JSON object of column names and fields.").arg(path);
        return false;
    }
    *this = guessed(header);
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = it.value().toString();
        if (!field.isEmpty() && !fields().contains(field)) {
            m_error = tr("The mapping names a field Alongside does not have: %1.").arg(field);
            return false;
        }
        const qsizetype column = header.indexOf(it.key().simplified());
        if (column >= 0)
            setField(int(column), field);
    }
    return true;
}

bool PeopleMapping::save(const QString& path, const QStringList& header)
{
    QJsonObject object;
    for (int i = 0; i < header.size(); ++i)
        object.insert(header.at(i), fieldOf(i));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        m_error = tr("Could not save the mapping to %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString PeopleMapping::problem(const QStringList& header) const
{
    const bool named = !columnsOf(u"given_name"_s).isEmpty() || !columnsOf(u"family_name"_s).isEmpty()
        || !columnsOf(QString::fromLatin1(fullName)).isEmpty();
    if (!named)
        return tr("Choose the column with the person's name: first name, family name or full name.");
    for (const QString& field : fields()) {
        const QList<int> columns = columnsOf(field);
        if (field != u"address" && columns.size() > 1)
            return tr("Both “%1” and “%2” go into %3; choose one.")
                .arg(header.value(columns.at(0)), header.value(columns.at(1)), fieldLabel(field));
    }
    return {};
}

Person PeopleMapping::person(const QStringList& row, const Person& defaults, QList<CellProblem>& problems) const
{
    QVariantMap values = defaults.toFields();
    QStringList address;
    const QDate today = QDate::currentDate();
    const QLocale english(QLocale::English, QLocale::UnitedKingdom); // spreadsheets write UK dates
    for (int column = 0; column < m_fields.size() && column < row.size(); ++column) {
        const QString& field = m_fields.at(column);
        const QString cell = row.at(column).trimmed();
        if (field.isEmpty() || cell.isEmpty())
            continue;
        auto refuse = [&](const QString& message) { problems.append({ column, message }); };
        if (field == QLatin1StringView(fullName)) {
            // "Evans, Siân" or "Siân Evans": the family name is after the comma, or last.
            const qsizetype comma = cell.indexOf(u',');
            const QString given = comma >= 0 ? cell.mid(comma + 1).trimmed() : cell.section(u' ', 0, -2).trimmed();
            const QString family = comma >= 0 ? cell.left(comma).trimmed() : cell.section(u' ', -1).trimmed();
            if (values.value(u"given_name"_s).toString().isEmpty())
                values.insert(u"given_name"_s, given);
            if (values.value(u"family_name"_s).toString().isEmpty())
                values.insert(u"family_name"_s, family);
        } else if (field == u"address") {
            address.append(cell);
        } else if (field == u"date_of_birth" || field == u"introduced_on" || field == u"consent_on") {
            const QDate d = DateText::parse(cell, english, today);
            if (d.isValid())
                values.insert(field, d.toString(Qt::ISODate));
            else
                refuse(tr("“%1” is not a date; write it as day/month/year, for example 31/01/1950.").arg(cell));
        } else if (field == u"level") {
            const QString key = vocabularyKey(Vocabularies::Kind::Level, cell);
            if (key.isEmpty())
                refuse(tr("“%1” is not a level; use 1 (light touch) or 2 (walking alongside).").arg(cell));
            else
                values.insert(field, key.toInt());
        } else if (field == u"stage" || field == u"introduced_by") {
            const auto kind = field == u"stage" ? Vocabularies::Kind::Stage : Vocabularies::Kind::IntroducedBy;
            const QString key = vocabularyKey(kind, cell);
            if (key.isEmpty())
                refuse(tr("“%1” is not one of: %2.").arg(cell, Vocabularies::joinList([&] {
                    QStringList labels;
                    for (const QString& k : Vocabularies::keys(kind))
                        labels.append(Vocabularies::label(kind, k));
                    return labels;
                }())));
            else
                values.insert(field, key);
        } else if (field == u"review_every_months") {
            bool ok = false;
            const int months = cell.toInt(&ok);
            if (!ok)
                refuse(tr("“%1” is not a number of months.").arg(cell));
            else
                values.insert(field, months);
        } else {
            values.insert(field, cell);
        }
    }
    if (!address.isEmpty())
        values.insert(u"address"_s, address.join(u", "_s));
    return Person::fromFields(defaults.id, values);
}

} // namespace alongside
