#include "Validator.h"

#include "AttachmentCheck.h"
#include "Duration.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace junheng::Validator {

namespace {

QString quoted(const FormField &field)
{
    return QCoreApplication::translate("Validator", "「%1」").arg(field.label.text());
}

// Full-width digits, points and minus signs, spaces and thousands separators, as people type them.
QString cleanNumberText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out += QChar(u - 0xFF10 + '0');
        else if (u == 0xFF0E || u == 0x3002)
            out += QLatin1Char('.');
        else if (u == 0xFF0D || u == 0x2212 || u == 0x2014)
            out += QLatin1Char('-');
        else if (u == 0xFF0B)
            out += QLatin1Char('+');
        else if (c.isSpace() || u == ',' || u == 0xFF0C)
            continue;
        else
            out += c;
    }
    return out;
}

std::optional<double> readNumber(const QString &text)
{
    bool ok = false;
    const double value = cleanNumberText(text).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

int decimalsOf(double value)
{
    // Most values checked have at most a few decimals: value × 10^k within a few ulps of a whole number
    // says "k decimals or fewer" without formatting the number (which showed in a push's profile). The
    // tolerance is far below the rounding of 15 significant digits, so the answer is the one below.
    for (int k = 0; k <= 6; ++k) {
        const double scaled = value * std::pow(10.0, k);
        if (std::abs(scaled) >= 1e15)
            break;
        if (std::abs(scaled - std::round(scaled)) <=
            4 * std::numeric_limits<double>::epsilon() * std::abs(scaled)) {
            if (k == 0 || std::abs(scaled) >= 1)
                return k;
            break; // tiny values: leave them to the formatting below
        }
    }
    // Count the decimals of the shortest representation, so 12.1 is 1 and not 12.0999999...
    const QString text = QString::number(value, 'g', 15);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    if (point < 0 || text.contains(QLatin1Char('e')))
        return 0;
    return int(text.size() - point - 1);
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

// Patterns compiled once per thread: validating 50,000 roster rows must not compile them 50,000 times.
const QRegularExpression &anchored(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return *it;
}

double sumOf(const QStringList &ids, const QJsonObject &payload, bool *complete)
{
    double sum = 0;
    for (const QString &id : ids) {
        const QJsonValue value = payload.value(id);
        if (value.isDouble())
            sum += value.toDouble();
        else if (!isEmptyValue(value))
            *complete = false; // a value that is not a number: its own field reports it
    }
    return sum;
}

QString describeFields(const FormDefinition &form, const QStringList &ids)
{
    auto label = [&](const QString &id) {
        const FormField *field = form.field(id);
        return QCoreApplication::translate("Validator", "「%1」").arg(field ? field->label.text() : id);
    };
    if (ids.size() <= 3) {
        QStringList labels;
        for (const QString &id : ids)
            labels << label(id);
        return labels.join(QCoreApplication::translate("Validator", "、"));
    }
    return QCoreApplication::translate("Validator", "%1至%2共 %3 项")
        .arg(label(ids.first()), label(ids.last()))
        .arg(ids.size());
}

// 11,12,13,21,22 -> "11–13、21–22"
QString describeAllowed(const FormField &field)
{
    QList<double> values = field.allowed;
    std::sort(values.begin(), values.end());
    QStringList parts;
    for (qsizetype i = 0; i < values.size();) {
        qsizetype j = i;
        while (j + 1 < values.size() && values[j + 1] == values[j] + 1)
            ++j;
        parts << (j > i + 1 ? QStringLiteral("%1–%2").arg(formatNumber(values[i]), formatNumber(values[j]))
                  : j == i + 1 ? QCoreApplication::translate("Validator", "%1、%2")
                                     .arg(formatNumber(values[i]), formatNumber(values[j]))
                               : formatNumber(values[i]));
        i = j + 1;
    }
    return parts.join(QCoreApplication::translate("Validator", "、"));
}

void usualRange(const FormField &field, const QJsonObject &payload, std::optional<double> &softMin,
                std::optional<double> &softMax)
{
    softMin = field.softMin;
    softMax = field.softMax;
    for (const ConditionalRange &range : field.usualWhen) {
        if (range.when.matches(payload)) {
            softMin = range.softMin;
            softMax = range.softMax;
            return;
        }
    }
}

void checkRange(const FormField &field, double value, const QJsonObject &payload,
                QList<ValidationIssue> &issues)
{
    const bool belowMin = field.min && value < *field.min;
    const bool aboveMax = field.max && value > *field.max;
    if (belowMin || aboveMax) {
        QString allowed;
        if (field.min && field.max)
            allowed = QCoreApplication::translate("Validator", "允许范围 %1 – %2")
                          .arg(field.type == FieldType::Duration ? valueWithUnit(field, *field.min)
                                                                 : formatNumber(*field.min),
                               valueWithUnit(field, *field.max));
        else if (field.min)
            allowed =
                QCoreApplication::translate("Validator", "不能小于 %1").arg(valueWithUnit(field, *field.min));
        else
            allowed =
                QCoreApplication::translate("Validator", "不能大于 %1").arg(valueWithUnit(field, *field.max));
        issues.append({field.id, "range", Severity::Hard,
                       QCoreApplication::translate("Validator", "%1填写的是 %2，%3。请核对后改正。")
                           .arg(quoted(field), valueWithUnit(field, value), allowed)});
        return;
    }
    std::optional<double> softMin, softMax;
    usualRange(field, payload, softMin, softMax);
    if (softMin && value < *softMin)
        issues.append(
            {field.id, "usual_range", Severity::Soft,
             QCoreApplication::translate(
                 "Validator", "%1填写的是 %2，低于通常的 %3。请再核对一次；确认无误请写明原因后保留。")
                 .arg(quoted(field), valueWithUnit(field, value), valueWithUnit(field, *softMin))});
    else if (softMax && value > *softMax)
        issues.append(
            {field.id, "usual_range", Severity::Soft,
             QCoreApplication::translate(
                 "Validator", "%1填写的是 %2，高于通常的 %3。请再核对一次；确认无误请写明原因后保留。")
                 .arg(quoted(field), valueWithUnit(field, value), valueWithUnit(field, *softMax))});
}

void checkDurationText(const FormField &field, const QString &text, QList<ValidationIssue> &issues)
{
    const Duration::Parsed parsed = Duration::parse(text);
    QString message;
    if (parsed.problem == Duration::Problem::Colon)
        message =
            QCoreApplication::translate(
                "Validator", "%1写成了“%2”。请写成 分′秒″，例如 3′45″（不要用冒号，Excel 会把它当成时刻）。")
                .arg(quoted(field), text);
    else if (parsed.problem == Duration::Problem::SecondsOver59)
        message =
            QCoreApplication::translate("Validator", "%1的“%2”秒数超过了 59。请写成 分′秒″，例如 3′45″。")
                .arg(quoted(field), text);
    else
        message = QCoreApplication::translate("Validator", "%1应写成 分′秒″，例如 3′45″，“%2”读不出来。")
                      .arg(quoted(field), text);
    issues.append({field.id, "type", Severity::Hard, message});
}

void checkNumber(const FormField &field, const QJsonValue &value, const QJsonObject &payload,
                 QList<ValidationIssue> &issues)
{
    if (!value.isDouble()) {
        if (field.type == FieldType::Duration) {
            checkDurationText(field, value.toString(), issues);
            return;
        }
        const QString kind = field.type == FieldType::Integer
                                 ? QCoreApplication::translate("Validator", "整数")
                                 : QCoreApplication::translate("Validator", "数字");
        issues.append(
            {field.id, "type", Severity::Hard,
             QCoreApplication::translate("Validator", "%1应填写%2，“%3”不是%2。")
                 .arg(quoted(field), kind, value.isString() ? value.toString() : displayText(field, value))});
        return;
    }
    const double number = value.toDouble();
    if ((field.type == FieldType::Integer || field.type == FieldType::Duration) &&
        number != std::floor(number)) {
        issues.append({field.id, "type", Severity::Hard,
                       field.type == FieldType::Duration
                           ? QCoreApplication::translate("Validator", "%1应是整秒数，现在是 %2 秒。")
                                 .arg(quoted(field), formatNumber(number))
                           : QCoreApplication::translate("Validator", "%1应填写整数，现在是 %2。")
                                 .arg(quoted(field), formatNumber(number))});
        return;
    }
    if ((field.type == FieldType::Decimal || field.type == FieldType::DecimalList) &&
        decimalsOf(number) > field.precision) {
        issues.append({field.id, "precision", Severity::Hard,
                       field.precision == 0
                           ? QCoreApplication::translate("Validator", "%1应填写整数，现在是 %2。")
                                 .arg(quoted(field), formatNumber(number))
                           : QCoreApplication::translate("Validator", "%1最多保留 %2 位小数，现在是 %3。")
                                 .arg(quoted(field))
                                 .arg(field.precision)
                                 .arg(formatNumber(number))});
        return;
    }
    const bool inHardRange = (!field.min || number >= *field.min) && (!field.max || number <= *field.max);
    if (inHardRange && !field.allowed.isEmpty() && !field.allowed.contains(number)) {
        issues.append({field.id, "allowed", Severity::Hard,
                       QCoreApplication::translate("Validator", "%1填写的是 %2，只能是 %3。请核对后改正。")
                           .arg(quoted(field), formatNumber(number), describeAllowed(field))});
        return;
    }
    checkRange(field, number, payload, issues);
}

void checkList(const FormField &field, const QJsonValue &value, const QJsonObject &payload,
               QList<ValidationIssue> &issues)
{
    if (!value.isArray()) {
        issues.append({field.id, "type", Severity::Hard,
                       QCoreApplication::translate(
                           "Validator", "%1应填写用逗号或顿号分开的数字（例如 96、102.5），“%2”读不出来。")
                           .arg(quoted(field), value.toString())});
        return;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QList<ValidationIssue> itemIssues;
        checkNumber(field, items.at(i), payload, itemIssues);
        for (ValidationIssue issue : itemIssues) {
            issue.message =
                QCoreApplication::translate("Validator", "第 %1 个：%2").arg(i + 1).arg(issue.message);
            issues.append(issue);
        }
    }
}

void checkMultiChoice(const FormField &field, const QJsonValue &value, QList<ValidationIssue> &issues)
{
    QStringList labels;
    for (const Choice &choice : field.choices)
        labels << choice.label.text();
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
    QStringList seen;
    for (const QJsonValue &item : items) {
        const QString text = item.isString() ? item.toString() : conditionText(item);
        bool known = false;
        for (const Choice &choice : field.choices)
            known = known || choice.value == text;
        if (!known) {
            issues.append(
                {field.id, "choice", Severity::Hard,
                 QCoreApplication::translate("Validator", "%1的“%2”不是可选项。可选（可多选）：%3。")
                     .arg(quoted(field), text, labels.join(QCoreApplication::translate("Validator", "、")))});
            return;
        }
        if (seen.contains(text)) {
            issues.append({field.id, "choice", Severity::Hard,
                           QCoreApplication::translate("Validator", "%1的“%2”选了两次。每项只选一次。")
                               .arg(quoted(field), field.choiceText(text))});
            return;
        }
        seen << text;
    }
}

void checkRule(const FormDefinition &form, const FormRule &rule, const QJsonObject &payload,
               QList<ValidationIssue> &issues)
{
    if (rule.kind == "le") {
        bool complete = true;
        const double left = sumOf(rule.left, payload, &complete);
        const double right = sumOf(rule.right, payload, &complete);
        bool anyLeft = false;
        for (const QString &id : rule.left)
            anyLeft = anyLeft || payload.value(id).isDouble();
        if (!complete || !anyLeft || left <= right)
            return;
        const QString leftText = rule.left.size() == 1 ? describeFields(form, rule.left)
                                                       : describeFields(form, rule.left) +
                                                             QCoreApplication::translate("Validator", "合计");
        const QString rightText =
            rule.right.size() == 1
                ? describeFields(form, rule.right)
                : describeFields(form, rule.right) + QCoreApplication::translate("Validator", "合计");
        const QString verb = rule.severity == Severity::Hard
                                 ? QCoreApplication::translate("Validator", "不能大于")
                                 : QCoreApplication::translate("Validator", "通常不大于");
        issues.append({rule.left.first(), rule.id, rule.severity,
                       QCoreApplication::translate("Validator", "%1（%2）%3%4（%5）。请核对这几项。")
                           .arg(leftText, formatNumber(left), verb, rightText, formatNumber(right))});
    } else if (rule.kind == "date_le") {
        const QDate left = QDate::fromString(payload.value(rule.left.first()).toString(), Qt::ISODate);
        const QDate right = QDate::fromString(payload.value(rule.right.first()).toString(), Qt::ISODate);
        if (!left.isValid() || !right.isValid() || left <= right)
            return; // an empty or unreadable date is its own field's issue
        issues.append(
            {rule.left.first(), rule.id, rule.severity,
             QCoreApplication::translate("Validator", "%1（%2）应在%3（%4）之前或同一天。请核对这两个日期。")
                 .arg(describeFields(form, rule.left), left.toString(Qt::ISODate),
                      describeFields(form, rule.right), right.toString(Qt::ISODate))});
    } else if (rule.kind == "count_eq") {
        const QJsonValue list = payload.value(rule.list);
        const QJsonValue count = payload.value(rule.count);
        if (!count.isDouble() || (!list.isArray() && !isEmptyValue(list)))
            return;
        const int listed = int(list.toArray().size());
        const int expected = int(count.toDouble());
        if (listed == expected)
            return;
        const FormField *listField = form.field(rule.list);
        const FormField *countField = form.field(rule.count);
        issues.append(
            {rule.list, rule.id, rule.severity,
             QCoreApplication::translate("Validator", "「%1」是 %2 %3，但「%4」填了 %5 个数。请每%3填一个。")
                 .arg(countField->label.text())
                 .arg(expected)
                 .arg(countField->unit.isEmpty() ? QCoreApplication::translate("Validator", "个")
                                                 : countField->unitText())
                 .arg(listField->label.text())
                 .arg(listed)});
    }
}

bool irrelevantIsError(const FormDefinition *form, const FormField &field)
{
    if (field.irrelevantValue != IrrelevantValue::Inherit)
        return field.irrelevantValue == IrrelevantValue::Error;
    return form && form->irrelevantValue == IrrelevantValue::Error;
}

QList<ValidationIssue> checkField(const FormDefinition *form, const FormField &field,
                                  const QJsonObject &payload)
{
    QList<ValidationIssue> issues;
    const QJsonValue value = payload.value(field.id);
    if (!isRelevant(field, payload)) {
        if (!isEmptyValue(value) && !field.isComputed() && irrelevantIsError(form, field)) {
            QString why = field.irrelevantMessage.text();
            if (why.isEmpty() && form)
                why = form->irrelevantMessage.text();
            if (why.isEmpty())
                why = QCoreApplication::translate("Validator", "按前面填写的内容，此项不需要填写");
            issues.append(
                {field.id, "not_relevant", Severity::Hard,
                 QCoreApplication::translate("Validator", "%1填了 %2，但%3。请清空此项，或核对前面的内容。")
                     .arg(quoted(field), displayText(field, value), why)});
        }
        return issues;
    }
    if (isEmptyValue(value)) {
        if (!field.isComputed() && field.isRequiredFor(payload))
            issues.append({field.id, "required", Severity::Hard,
                           QCoreApplication::translate("Validator", "%1必须填写。").arg(quoted(field))});
        return issues;
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Duration:
        checkNumber(field, value, payload, issues);
        break;
    case FieldType::DecimalList:
        checkList(field, value, payload, issues);
        break;
    case FieldType::Boolean:
        if (!value.isBool())
            issues.append({field.id, "type", Severity::Hard,
                           QCoreApplication::translate("Validator", "%1只能填“是”或“否”，现在是“%2”。")
                               .arg(quoted(field), displayText(field, value))});
        break;
    case FieldType::Choice: {
        bool known = false;
        QStringList labels;
        const QString text = conditionText(value);
        for (const Choice &choice : field.choices) {
            known = known || choice.value == text;
            labels << choice.label.text();
        }
        if (!known)
            issues.append(
                {field.id, "choice", Severity::Hard,
                 QCoreApplication::translate("Validator", "%1的“%2”不是可选项。可选：%3。")
                     .arg(quoted(field), text, labels.join(QCoreApplication::translate("Validator", "、")))});
        break;
    }
    case FieldType::MultiChoice:
        checkMultiChoice(field, value, issues);
        break;
    case FieldType::Date:
        if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
            issues.append(
                {field.id, "type", Severity::Hard,
                 QCoreApplication::translate("Validator", "%1应为日期，例如 2025-09-01，现在是“%2”。")
                     .arg(quoted(field), displayText(field, value))});
        break;
    case FieldType::Text:
        if (!value.isString())
            issues.append({field.id, "type", Severity::Hard,
                           QCoreApplication::translate("Validator", "%1应填写文字，现在是“%2”。")
                               .arg(quoted(field), displayText(field, value))});
        else if (!field.pattern.isEmpty() && !anchored(field.pattern).match(value.toString()).hasMatch())
            issues.append({field.id, "pattern", Severity::Hard,
                           QCoreApplication::translate("Validator", "%1的格式不对（%2），现在是“%3”。")
                               .arg(quoted(field), field.patternHint.text(), value.toString())});
        break;
    case FieldType::Attachment:
        AttachmentCheck::check(field, value, issues);
        break;
    }
    return issues;
}

// The reasons given for soft warnings, attached to each soft issue by field id, then by rule id.
void applyReasons(const QJsonObject &payload, QList<ValidationIssue> &issues)
{
    const QJsonObject reasons = payload.value(QLatin1String(reasonsKey)).toObject();
    if (reasons.isEmpty())
        return;
    for (ValidationIssue &issue : issues) {
        if (issue.severity != Severity::Soft)
            continue;
        QString reason = reasons.value(issue.ruleId).toString().trimmed();
        if (!issue.fieldId.isEmpty() && reasons.value(issue.fieldId).isString())
            reason = reasons.value(issue.fieldId).toString().trimmed();
        issue.reason = reason;
    }
}

} // namespace

QString formatNumber(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString valueWithUnit(const FormField &field, double value)
{
    if (field.type == FieldType::Duration && value == std::floor(value) && std::fabs(value) < 1e9)
        return Duration::format(int(value));
    const QString number = formatNumber(value);
    return field.unitText().isEmpty() ? number : number + QLatin1Char(' ') + field.unitText();
}

QJsonValue parseInput(const FormField &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Null);
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal: {
        const auto number = readNumber(trimmed);
        return number ? QJsonValue(*number) : QJsonValue(trimmed);
    }
    case FieldType::Duration: {
        const Duration::Parsed parsed = Duration::parse(trimmed);
        return parsed.seconds ? QJsonValue(*parsed.seconds) : QJsonValue(trimmed);
    }
    case FieldType::DecimalList: {
        QJsonArray items;
        for (const QString &part : splitList(trimmed)) {
            const auto number = readNumber(part);
            if (!number)
                return trimmed;
            items.append(*number);
        }
        return items;
    }
    case FieldType::Boolean: {
        static const QStringList yes{"是", "有", "true", "1", "yes", "y"};
        static const QStringList no{"否", "无", "没有", "false", "0", "no", "n"};
        if (yes.contains(trimmed, Qt::CaseInsensitive))
            return true;
        if (no.contains(trimmed, Qt::CaseInsensitive))
            return false;
        return trimmed;
    }
    case FieldType::Choice:
        for (const Choice &choice : field.choices) {
            if (choice.value == trimmed || choice.label.zh == trimmed || choice.label.en == trimmed)
                return choice.value;
        }
        return trimmed;
    case FieldType::MultiChoice: {
        QJsonArray items;
        for (const QString &part : splitList(trimmed)) {
            QString stored = part; // unknown parts are kept as typed; validate() names them
            for (const Choice &choice : field.choices) {
                if (choice.value == part || choice.label.zh == part || choice.label.en == part)
                    stored = choice.value;
            }
            items.append(stored);
        }
        return items;
    }
    case FieldType::Date: {
        for (const char *format : {"yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd", "yyyy-M-d", "yyyy.M.d"}) {
            const QDate date = QDate::fromString(cleanNumberText(trimmed), QLatin1String(format));
            if (date.isValid())
                return date.toString(Qt::ISODate);
        }
        return trimmed;
    }
    case FieldType::Attachment:
        return AttachmentCheck::parse(trimmed);
    case FieldType::Text:
        if (field.pad > 0 && trimmed.size() < field.pad) {
            static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
            if (digits.match(trimmed).hasMatch())
                return trimmed.rightJustified(field.pad, QLatin1Char('0'));
        }
        return trimmed;
    }
    return trimmed;
}

QString displayText(const FormField &field, const QJsonValue &value)
{
    if (value.isDouble()) {
        if (field.type == FieldType::Duration)
            return valueWithUnit(field, value.toDouble());
        return formatNumber(value.toDouble());
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    if (value.isArray()) {
        if (field.type == FieldType::Attachment)
            return AttachmentCheck::display(value);
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isDouble())
                parts << formatNumber(item.toDouble());
            else if (field.type == FieldType::MultiChoice)
                parts << field.choiceText(item.toString());
            else
                parts << item.toString();
        }
        return parts.join(QCoreApplication::translate("Validator", "、"));
    }
    if (value.isObject())
        return AttachmentCheck::display(QJsonArray{value});
    return value.toString();
}

QJsonObject computeFields(const FormDefinition &form, const QJsonObject &payload)
{
    QJsonObject out = payload;
    // In field order, so a formula may use a computed field defined before it.
    for (const FormField &field : form.fields) {
        if (!field.compute)
            continue;
        const auto value = field.compute->evaluate(out);
        if (!value) {
            if (out.contains(field.id))
                out.remove(field.id);
            continue;
        }
        // Written only when it differs: a payload that holds its computed values already (as a device
        // sends it) is then not copied (copying each payload showed in a push's profile).
        const QJsonValue computed(field.type == FieldType::Integer ? std::round(*value) : *value);
        if (out.value(field.id) != computed)
            out.insert(field.id, computed);
    }
    return out;
}

QJsonObject normalise(const FormDefinition &form, const QJsonObject &payload)
{
    QJsonObject out = payload;
    for (const FormField &field : form.fields) {
        const QJsonValue value = payload.value(field.id);
        if (value.isString())
            out.insert(field.id, parseInput(field, value.toString()));
        else if (field.type == FieldType::Boolean && value.isDouble())
            out.insert(field.id, value.toDouble() != 0);
        else if (field.type == FieldType::Text && value.isDouble()) // ids a spreadsheet turned into numbers
            out.insert(field.id, parseInput(field, formatNumber(value.toDouble())));
    }
    return computeFields(form, out);
}

bool isRelevant(const FormField &field, const QJsonObject &payload)
{
    return !field.relevant || field.relevant->matches(payload);
}

QList<ValidationIssue> validateField(const FormField &field, const QJsonObject &payload)
{
    return checkField(nullptr, field, payload);
}

QList<ValidationIssue> validateField(const FormDefinition &form, const FormField &field,
                                     const QJsonObject &payload)
{
    return checkField(&form, field, payload);
}

ValidationReport validate(const FormDefinition &form, const QJsonObject &payload)
{
    bool anyComputed = false;
    for (const FormField &field : form.fields)
        anyComputed = anyComputed || field.isComputed();
    // Judge what the record will hold: computed fields as they compute now, whatever was stored.
    const QJsonObject record = anyComputed ? computeFields(form, payload) : payload;
    ValidationReport report;
    for (const FormField &field : form.fields)
        report.issues.append(checkField(&form, field, record));
    for (const FormRule &rule : form.rules) {
        if (!rule.isCrossRecord())
            checkRule(form, rule, record, report.issues);
    }
    applyReasons(record, report.issues);
    return report;
}

} // namespace junheng::Validator
