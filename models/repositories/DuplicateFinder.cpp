// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateFinder.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace alongside {

DuplicateFinder::DuplicateFinder(Database& database)
    : m_database(database)
{
}

QString DuplicateFinder::foldName(const QString& name)
{
    QString folded;
    folded.reserve(name.size());
    bool space = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetter()) {
            if (space && !folded.isEmpty())
                folded += u' ';
            folded += c.toCaseFolded();
            space = false;
        } else if (c.isSpace() || c == u'-') {
            space = true;
        }
        // Combining accents (NFKD splits "â" into "a" and one) and other marks drop out.
    }
    return folded;
}

QString DuplicateFinder::foldPostcode(const QString& postcode)
{
    QString folded = postcode.toUpper();
    folded.remove(u' ');
    return folded;
}

QString DuplicateFinder::foldPhone(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.startsWith(u"44"_s) && digits.size() == 12) // +44 7700 900123 is 07700 900123
        digits = u'0' + digits.mid(2);
    return digits;
}

int DuplicateFinder::editDistance(const QString& a, const QString& b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int replace = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({ previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, replace });
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

DuplicateFinder::Folded DuplicateFinder::fold(const Person& p)
{
    Folded f;
    f.id = p.id;
    f.display = QStringList { p.givenName, p.familyName }.join(u' ').trimmed();
    f.name = foldName(p.givenName + u' ' + p.familyName);
    if (!p.preferredName.trimmed().isEmpty())
        f.preferred = foldName(p.preferredName + u' ' + p.familyName);
    f.dateOfBirth = p.dateOfBirth;
    f.postcode = foldPostcode(p.postcode);
    f.phone = foldPhone(p.phone);
    return f;
}

std::optional<DuplicateFinder::Match> DuplicateFinder::compare(const Folded& mine, const Folded& theirs)
{
    if (mine.name.isEmpty() || theirs.name.isEmpty())
        return std::nullopt;
    // Names a small edit apart: one for a short name, two for a longer one.
    const int allowed = mine.name.size() <= 8 ? 1 : 2;
    const bool sameName = theirs.name == mine.name || (!theirs.preferred.isEmpty() && theirs.preferred == mine.name)
        || (!mine.preferred.isEmpty() && mine.preferred == theirs.name);
    const bool similar = !sameName && std::abs(theirs.name.size() - mine.name.size()) <= allowed
        && editDistance(theirs.name, mine.name) <= allowed;
    if (!sameName && !similar)
        return std::nullopt;
    const bool birth = !mine.dateOfBirth.isEmpty() && theirs.dateOfBirth == mine.dateOfBirth;
    const bool place = !mine.postcode.isEmpty() && theirs.postcode == mine.postcode;
    const bool call = !mine.phone.isEmpty() && theirs.phone == mine.phone;
    QStringList shared { sameName ? tr("same name") : tr("a similar name") };
    if (birth)
        shared.append(tr("date of birth"));
    if (place)
        shared.append(tr("postcode"));
    if (call)
        shared.append(tr("phone"));
    const bool likely = (sameName && (birth || place || call)) || (similar && birth);
    if (!likely && !sameName && !place && !call)
        return std::nullopt; // a similar name alone says little
    Match m;
    m.personId = theirs.id;
    m.name = theirs.display;
    m.strength = likely ? Strength::Likely : Strength::Possible;
    m.why = shared.size() == 1 ? shared.first()
                               : tr("%1 and %2", "what two people share: same name and date of birth")
                                     .arg(QStringList(shared.mid(0, shared.size() - 1)).join(u", "_s), shared.last());
    return m;
}

void DuplicateFinder::sort(QList<Match>& matches)
{
    std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        if (a.strength != b.strength)
            return a.strength == Strength::Likely;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
}

QList<DuplicateFinder::Match> DuplicateFinder::find(const Person& person) const
{
    const Folded mine = fold(person);
    QList<Match> matches;
    if (mine.name.isEmpty())
        return matches;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Everyone on the laptop, archived people too: someone coming back is the commonest
    // duplicate. One pass over five short columns.
    if (!q.exec(u"SELECT id, given_name, family_name, preferred_name, date_of_birth, postcode, phone FROM person"_s))
        return matches;
    while (q.next()) {
        if (q.value(0).toString() == person.id)
            continue;
        if (auto m = compare(mine, fold(fromRow(q))))
            matches.append(*m);
    }
    sort(matches);
    return matches;
}

Person DuplicateFinder::fromRow(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toString();
    p.givenName = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.preferredName = q.value(3).toString();
    p.dateOfBirth = q.value(4).toString();
    p.postcode = q.value(5).toString();
    p.phone = q.value(6).toString();
    return p;
}

} // namespace alongside
