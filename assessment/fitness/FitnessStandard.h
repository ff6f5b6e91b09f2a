#pragma once

#include "FitnessResult.h"
#include "Result.h"
#include "StudentFitness.h"

#include <QHash>
#include <QJsonObject>
#include <QVector>

namespace junheng {

// The scoring tables of the national standard, loaded as data (standards/fitness_2014.json, or a county's
// corrected file), and the scoring of one student. A table the file lacks gives "not scored: table
// missing", never a guess.
class FitnessStandard
{
public:
    static constexpr const char *builtInFile = ":/standards/fitness_2014.json";
    static Result<FitnessStandard> load(const QString &path = builtInFile);
    static Result<FitnessStandard> fromJson(const QJsonObject &root);

    FitnessResult score(const StudentFitness &student) const;

    // 优秀 ≥ 90.0, 良好 80.0–89.9, 及格 60.0–79.9, 不及格 ≤ 59.9.
    static QString gradeFor(double total);
    // The score of one item (0 when below the lowest level); empty when the table is missing.
    std::optional<int> itemScore(const QString &item, int sex, int gradeCode, double value) const;
    std::optional<QString> bmiBand(int sex, int gradeCode, double bmi, int *score = nullptr) const;
    // The items measured, with weights, for a grade and sex (§5).
    QList<std::pair<QString, int>> weights(int sex, int gradeCode) const;
    QString confidence(const QString &item, int sex, int gradeCode) const;
    QString name() const { return m_name; }

private:
    struct Table
    {
        QVector<std::optional<double>> thresholds; // in the order of m_levels
    };
    struct BmiBands
    {
        double normalMin = 0, normalMax = 0, lowMax = 0, overMin = 0, overMax = 0, obeseMin = 0;
    };
    const Table *table(const QString &item, int sex, int gradeCode) const;
    int bonusFor(const QString &item, int sex, int gradeCode, double value) const;

    QString m_name;
    QVector<int> m_levels;
    QHash<QString, bool> m_lowerIsBetter;
    QHash<QString, QString> m_itemNames;
    // Integer keys (sex × 100 + grade): scoring 40,000 students must not build a string per lookup.
    static int sexGrade(int sex, int gradeCode) { return sex * 100 + gradeCode; }
    QHash<QString, QHash<int, Table>> m_tables;                // item -> sexGrade -> table
    QHash<int, BmiBands> m_bmi;                                // sexGrade
    QHash<QString, QList<std::pair<QString, int>>> m_weights;  // "band/sex"
    QHash<int, QList<std::pair<QString, int>>> m_weightsByKey; // band index × 10 + sex
    QHash<QString, QList<std::pair<int, int>>> m_bonus;        // item -> [points, amount]
    QHash<QString, QString> m_bonusSex;                        // item -> the sex its bonus is for
    QHash<QString, QString> m_confidence;
};

} // namespace junheng
