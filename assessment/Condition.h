#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace junheng {

// When a field is shown (relevance) or required: a test of one field's value, or all / any / not of
// other conditions. Written in a form as
//   {"field": "sex", "in": ["1"]}              the value (as text: "1", "true", "21") is one of these
//   {"field": "grade_code", "min": 21, "max": 33}   a number in this range (inclusive)
//   {"field": "exempt_reason", "filled": true} the field has (or, with false, has not) a value
//   {"all": [c, …]}, {"any": [c, …]}, {"not": c}
struct Condition
{
    enum class Kind { Field, All, Any, Not };

    Kind kind = Kind::Field;
    QString field;
    QStringList in;
    std::optional<double> min, max;
    std::optional<bool> filled;
    QList<Condition> children;

    bool matches(const QJsonObject &payload) const;
    // Every field id the condition reads, to check them when the form is loaded.
    void collectFields(QSet<QString> &out) const;

    // what names the condition in errors, e.g. "字段 situps 的显示条件"
    static Result<Condition> fromJson(const QJsonValue &value, const QString &what);
};

// The back-compatible name: a relevance condition is a Condition.
using Relevance = Condition;

// A stored value as the text conditions and keys compare: "1", "true", "21", "3.5".
QString conditionText(const QJsonValue &value);

} // namespace junheng
