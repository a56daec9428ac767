// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wellbeing.h"

using namespace Qt::StringLiterals;

namespace alongside {

QList<Wellbeing::Question> Wellbeing::questions()
{
    return { Question::Satisfied, Question::Worthwhile, Question::Happy, Question::Anxious };
}

QString Wellbeing::column(Question question)
{
    switch (question) {
    case Question::Satisfied:
        return u"satisfied"_s;
    case Question::Worthwhile:
        return u"worthwhile"_s;
    case Question::Happy:
        return u"happy"_s;
    case Question::Anxious:
        return u"anxious"_s;
    }
    return {};
}

QString Wellbeing::wording(Question question)
{
    switch (question) {
    case Question::Satisfied:
        return tr("Overall, how satisfied are you with your life nowadays?");
    case Question::Worthwhile:
        return tr("Overall, to what extent do you feel that the things you do in your life are worthwhile?");
    case Question::Happy:
        return tr("Overall, how happy did you feel yesterday?");
    case Question::Anxious:
        return tr("Overall, how anxious did you feel yesterday?");
    }
    return {};
}

QString Wellbeing::shortName(Question question)
{
    switch (question) {
    case Question::Satisfied:
        return tr("Life satisfaction");
    case Question::Worthwhile:
        return tr("Worthwhile");
    case Question::Happy:
        return tr("Happiness");
    case Question::Anxious:
        return tr("Anxiety");
    }
    return {};
}

QList<Wellbeing::Range> Wellbeing::ranges(Question question)
{
    if (question == Question::Anxious)
        return { { Band::VeryLow, 0, 1 }, { Band::Low, 2, 3 }, { Band::Medium, 4, 5 }, { Band::High, 6, 10 } };
    return { { Band::Low, 0, 4 }, { Band::Medium, 5, 6 }, { Band::High, 7, 8 }, { Band::VeryHigh, 9, 10 } };
}

Wellbeing::Band Wellbeing::band(Question question, int score)
{
    for (const Range& range : ranges(question)) {
        if (score >= range.from && score <= range.to)
            return range.band;
    }
    return score < 0 ? ranges(question).first().band : ranges(question).last().band;
}

QString Wellbeing::bandName(Band band)
{
    switch (band) {
    case Band::VeryLow:
        return tr("very low");
    case Band::Low:
        return tr("low");
    case Band::Medium:
        return tr("medium");
    case Band::High:
        return tr("high");
    case Band::VeryHigh:
        return tr("very high");
    }
    return {};
}

int Wellbeing::bandMove(Question question, int before, int after)
{
    const int from = int(band(question, before));
    const int to = int(band(question, after));
    if (from == to)
        return 0;
    const bool up = to > from;
    return up != lowerIsBetter(question) ? 1 : -1;
}

} // namespace alongside
