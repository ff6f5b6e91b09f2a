#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace junheng {

// A text in the two languages of the app; zh is always present.
struct LocalText
{
    QString zh;
    QString en;
    static LocalText fromJson(const QJsonValue &value);
};

enum class FieldType { Integer, Decimal, Text, Choice, Boolean, Date, DecimalList };

enum class Severity { Hard, Soft };

struct Choice
{
    QString value;
    LocalText label;
};

// A field is shown only when another field's value is one of a set (e.g. grade 7-9 only for junior schools).
struct Relevance
{
    QString field;
    QStringList in;
};

struct FormField
{
    QString id;
    FieldType type = FieldType::Text;
    LocalText label;
    LocalText help;
    QString unit;
    bool required = false;
    std::optional<double> min, max;         // hard range
    std::optional<double> softMin, softMax; // usual range: outside it is a warning
    int precision = 0;                      // decimals allowed (Decimal, DecimalList)
    QString pattern;                        // Text: a regular expression the whole value must match
    LocalText patternHint;                  // what the pattern means, for the message
    QList<Choice> choices;
    std::optional<Relevance> relevant;

    QString choiceLabel(const QString &value) const;
};

// A rule across fields of one record. "le": sum(left) <= sum(right). "count_eq": the number of items in
// a list field equals an integer field.
struct FormRule
{
    QString id;
    QString kind;
    QStringList left, right;
    QString list, count;
    Severity severity = Severity::Hard;
};

struct FormSection
{
    LocalText title;
    QList<int> fieldIndexes; // into FormDefinition::fields
};

enum class FormKind { Single, Roster };

struct FormDefinition
{
    QString id;
    int version = 0;
    FormKind kind = FormKind::Single;
    QStringList key; // roster forms: the field(s) that identify a row within a school and cycle
    LocalText title;
    LocalText description;
    QList<FormField> fields;
    QList<FormSection> sections;
    QList<FormRule> rules;

    const FormField *field(const QString &fieldId) const;

    // Parses and checks a definition; the error names the field and what is wrong with it.
    static Result<FormDefinition> fromJson(const QByteArray &json, const QString &origin);
};

QString fieldTypeName(FieldType type);

} // namespace junheng
