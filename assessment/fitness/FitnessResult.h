#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace junheng {

struct ItemScore
{
    QString item; // lung, run50m, … ; "bmi"
    QString name; // 肺活量…
    double value = 0;
    int score = 0;
    int weight = 0;
    int bonus = 0;
    QString band; // BMI only: 正常, 低体重, 超重, 肥胖
};

// One student scored by 《国家学生体质健康标准（2014年修订）》, or why not.
struct FitnessResult
{
    enum class Status { Scored, Exempt, Missing, TableMissing, Invalid };
    QString studentId, name, schoolCode, town, classKey;
    int gradeCode = 0;
    int sex = 0;
    Status status = Status::Invalid;
    QString reason; // Chinese, when not scored: which item, which table
    QList<ItemScore> items;
    std::optional<double> bmi;
    double standardScore = 0; // Σ score × weight / 100
    int bonus = 0;            // 附加分
    double total = 0;         // standard + bonus
    QString grade;            // 优秀, 良好, 及格, 不及格
    int gradeLevel = 0; // 3 优秀, 2 良好, 1 及格, 0 不及格 (for counting without comparing text)

    bool scored() const { return status == Status::Scored; }
    QJsonObject toJson() const;
};

} // namespace junheng
