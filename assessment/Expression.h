#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace junheng {

// A computed field's formula: numbers, field ids, + - * / (also × ÷), parentheses and the functions
// round(x, n), sum(a, b, …), min(…), max(…), abs(x). Parsed once when the form is loaded; evaluating
// never runs anything but this arithmetic. A field that is empty or not a number makes the result empty,
// except in sum(), which adds what is there (and is empty only when all are).
class Expression
{
public:
    static Result<Expression> parse(const QString &text);

    std::optional<double> evaluate(const QJsonObject &payload) const;
    const QSet<QString> &fields() const { return m_fields; }
    const QString &text() const { return m_text; }

    struct Node
    {
        enum class Kind { Number, Field, Negate, Add, Subtract, Multiply, Divide, Call };
        Kind kind = Kind::Number;
        double number = 0;
        QString name; // Field: the id; Call: the function
        std::vector<Node> children;
    };

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
    QSet<QString> m_fields;
};

} // namespace junheng
