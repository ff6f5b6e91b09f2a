#pragma once

#include "Condition.h"
#include "Expression.h"
#include "Language.h"
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
    // What the user sees: en when the programs speak English and the definition has it, else zh.
    QString text() const { return i18n::pick(zh, en); }
};

// Duration: whole seconds, typed 分′秒″. Attachment: an array of file descriptors (docs/form-fields.md).
// MultiChoice: an array of choice values.
enum class FieldType {
    Integer,
    Decimal,
    Text,
    Choice,
    Boolean,
    Date,
    DecimalList,
    Duration,
    Attachment,
    MultiChoice
};

enum class Severity { Hard, Soft };

struct Choice
{
    QString value;
    LocalText label;
};

// What to do with a value filled in a field that is not relevant: ignore it (the default: it is kept but
// not checked) or make it an error of the record (S6: an item the grade or sex does not measure).
enum class IrrelevantValue { Inherit, Ignore, Error };

// A usual range that applies only when a condition holds (e.g. the usual 50 m time of a grade); the first
// that matches replaces the field's soft_min / soft_max.
struct ConditionalRange
{
    Condition when;
    std::optional<double> softMin, softMax;
};

struct FormField
{
    QString id;
    FieldType type = FieldType::Text;
    LocalText label;
    LocalText help;
    QString unit;   // Chinese, as in the files schools have ("unit": "人" or {"zh": "人", "en": "persons"})
    QString unitEn; // English, may be empty
    bool required = false;                  // true also when requiredWhen is set
    std::optional<Condition> requiredWhen;  // required only when this holds
    std::optional<double> min, max;         // hard range
    std::optional<double> softMin, softMax; // usual range: outside it is a warning
    int precision = 0;                      // decimals allowed (Decimal, DecimalList)
    QString pattern;                        // Text: a regular expression the whole value must match
    LocalText patternHint;                  // what the pattern means, for the message
    QList<Choice> choices;
    std::optional<Condition> relevant;
    IrrelevantValue irrelevantValue = IrrelevantValue::Inherit;
    LocalText irrelevantMessage;       // empty: the form's message, or a general one
    QList<double> allowed;             // Integer: the only values allowed (e.g. grade codes)
    QList<ConditionalRange> usualWhen; // usual ranges by condition
    std::optional<Expression> compute; // a computed field: read-only, recomputed on normalise
    int pad = 0;                       // Text: digits-only values are left-padded with 0 to this width
    int maxFiles = 0;                  // Attachment: at most this many files (0: no limit)
    double maxSizeMb = 0;              // Attachment: each file at most this size (0: no limit)
    QStringList accept;                // Attachment: allowed file extensions, lower case

    // The Chinese label of a choice value (files, exports, matching); the value itself when unknown.
    QString choiceLabel(const QString &value) const;
    // The label the user sees, in the current language.
    QString choiceText(const QString &value) const;
    QString unitText() const { return i18n::pick(unit, unitEn); }
    bool isComputed() const { return compute.has_value(); }
    bool isRequiredFor(const QJsonObject &payload) const;
};

// A rule across fields of one record, or across the rows of a roster.
//  "le": sum(left) <= sum(right). "count_eq": the number of items in a list field equals an integer field.
//  "date_le": the date left[0] is on or before the date right[0] (born before screened).
//  "unique" (roster): the values of `fields` appear together once per roster.
//  "sum_matches" (roster): per value of `group_by`, the rows' `sum` adds up to the field `target` of form
//  `form` (`{<group_by>}` in target is replaced by the group's value, e.g. "students_g{grade}").
// The roster rules are checked by CrossRecordRules, the others by Validator::validate.
struct FormRule
{
    QString id;
    QString kind;
    QStringList left, right;
    QString list, count;
    QStringList fields;
    QString groupBy, sum, form, target;
    Severity severity = Severity::Hard;

    bool isCrossRecord() const
    {
        return kind == QLatin1String("unique") || kind == QLatin1String("sum_matches");
    }
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
    LocalText title;
    LocalText description;
    QList<FormField> fields;
    QList<FormSection> sections;
    QList<FormRule> rules;
    QStringList key; // roster: the fields that identify a row
    // Who fills the form in: "school" (the default), "town" or "county" (C1) — the enrolment role of the
    // devices that list it on their home page and may finalise it.
    QString filledBy = QStringLiteral("school");
    IrrelevantValue irrelevantValue = IrrelevantValue::Ignore; // the fields' default
    LocalText irrelevantMessage;

    const FormField *field(const QString &fieldId) const;

    // Parses and checks a definition; the error names the field and what is wrong with it.
    static Result<FormDefinition> fromJson(const QByteArray &json, const QString &origin);
};

QString fieldTypeName(FieldType type);

} // namespace junheng
