// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace alongside {

// The ONS personal wellbeing questions (ONS4), as the Office for National Statistics
// asks them, each answered 0 (not at all) to 10 (completely), and the bands the ONS
// reports them in. For anxiety, lower is better, and its bands run the other way.
class Wellbeing
{
    Q_DECLARE_TR_FUNCTIONS(Wellbeing)

public:
    enum class Question { Satisfied, Worthwhile, Happy, Anxious };
    enum class Band { VeryLow, Low, Medium, High, VeryHigh };

    static QList<Question> questions();
    // The column each answer is kept in.
    static QString column(Question question);
    // The question, word for word.
    static QString wording(Question question);
    // A short name for charts and tables: "Life satisfaction", "Anxiety".
    static QString shortName(Question question);
    static bool lowerIsBetter(Question question) { return question == Question::Anxious; }

    // The ONS band of a score 0–10: low 0–4, medium 5–6, high 7–8, very high 9–10; for
    // anxiety very low 0–1, low 2–3, medium 4–5, high 6–10.
    static Band band(Question question, int score);
    static QString bandName(Band band);
    // The bands of a question, lowest score first, with the scores each covers.
    struct Range
    {
        Band band;
        int from;
        int to;
    };
    static QList<Range> ranges(Question question);
    // Whether going from one band to another is better for the person (a band up, or for
    // anxiety a band down); 0 when the band did not change.
    static int bandMove(Question question, int before, int after);
};

} // namespace alongside
