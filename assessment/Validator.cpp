#include "Validator.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace junheng::Validator {

namespace {

QString quoted(const FormField &field)
{
    return QStringLiteral("「%1」").arg(field.label.zh);
}

QString withUnit(double value, const FormField &field)
{
    const QString number = formatNumber(value);
    return field.unit.isEmpty() ? number : number + QLatin1Char(' ') + field.unit;
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
        return QStringLiteral("「%1」").arg(field ? field->label.zh : id);
    };
    if (ids.size() <= 3) {
        QStringList labels;
        for (const QString &id : ids)
            labels << label(id);
        return labels.join(QStringLiteral("、"));
    }
    return QStringLiteral("%1至%2共 %3 项").arg(label(ids.first()), label(ids.last())).arg(ids.size());
}

void checkRange(const FormField &field, double value, QList<ValidationIssue> &issues)
{
    const bool belowMin = field.min && value < *field.min;
    const bool aboveMax = field.max && value > *field.max;
    if (belowMin || aboveMax) {
        QString allowed;
        if (field.min && field.max)
            allowed =
                QStringLiteral("允许范围 %1 – %2").arg(formatNumber(*field.min), withUnit(*field.max, field));
        else if (field.min)
            allowed = QStringLiteral("不能小于 %1").arg(withUnit(*field.min, field));
        else
            allowed = QStringLiteral("不能大于 %1").arg(withUnit(*field.max, field));
        issues.append({field.id, "range", Severity::Hard,
                       QStringLiteral("%1填写的是 %2，%3。请核对后改正。")
                           .arg(quoted(field), withUnit(value, field), allowed)});
        return;
    }
    if (field.softMin && value < *field.softMin)
        issues.append({field.id, "usual_range", Severity::Soft,
                       QStringLiteral("%1填写的是 %2，低于通常的 %3。请再核对一次；确认无误可以保留。")
                           .arg(quoted(field), withUnit(value, field), withUnit(*field.softMin, field))});
    else if (field.softMax && value > *field.softMax)
        issues.append({field.id, "usual_range", Severity::Soft,
                       QStringLiteral("%1填写的是 %2，高于通常的 %3。请再核对一次；确认无误可以保留。")
                           .arg(quoted(field), withUnit(value, field), withUnit(*field.softMax, field))});
}

void checkNumber(const FormField &field, const QJsonValue &value, QList<ValidationIssue> &issues)
{
    if (!value.isDouble()) {
        const QString kind =
            field.type == FieldType::Integer ? QStringLiteral("整数") : QStringLiteral("数字");
        issues.append(
            {field.id, "type", Severity::Hard,
             QStringLiteral("%1应填写%2，“%3”不是%2。").arg(quoted(field), kind, value.toString())});
        return;
    }
    const double number = value.toDouble();
    if (field.type == FieldType::Integer && number != std::floor(number)) {
        issues.append({field.id, "type", Severity::Hard,
                       QStringLiteral("%1应填写整数，现在是 %2。").arg(quoted(field), formatNumber(number))});
        return;
    }
    if (field.type == FieldType::Decimal && decimalsOf(number) > field.precision) {
        issues.append(
            {field.id, "precision", Severity::Hard,
             field.precision == 0
                 ? QStringLiteral("%1应填写整数，现在是 %2。").arg(quoted(field), formatNumber(number))
                 : QStringLiteral("%1最多保留 %2 位小数，现在是 %3。")
                       .arg(quoted(field))
                       .arg(field.precision)
                       .arg(formatNumber(number))});
        return;
    }
    checkRange(field, number, issues);
}

void checkList(const FormField &field, const QJsonValue &value, QList<ValidationIssue> &issues)
{
    if (!value.isArray()) {
        issues.append({field.id, "type", Severity::Hard,
                       QStringLiteral("%1应填写用逗号或顿号分开的数字（例如 96、102.5），“%2”读不出来。")
                           .arg(quoted(field), value.toString())});
        return;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QList<ValidationIssue> itemIssues;
        checkNumber(field, items.at(i), itemIssues);
        for (ValidationIssue issue : itemIssues) {
            issue.message = QStringLiteral("第 %1 个：%2").arg(i + 1).arg(issue.message);
            issues.append(issue);
        }
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
        const QString leftText = rule.left.size() == 1
                                     ? describeFields(form, rule.left)
                                     : describeFields(form, rule.left) + QStringLiteral("合计");
        const QString rightText = rule.right.size() == 1
                                      ? describeFields(form, rule.right)
                                      : describeFields(form, rule.right) + QStringLiteral("合计");
        const QString verb =
            rule.severity == Severity::Hard ? QStringLiteral("不能大于") : QStringLiteral("通常不大于");
        issues.append({rule.left.first(), rule.id, rule.severity,
                       QStringLiteral("%1（%2）%3%4（%5）。请核对这几项。")
                           .arg(leftText, formatNumber(left), verb, rightText, formatNumber(right))});
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
        issues.append({rule.list, rule.id, rule.severity,
                       QStringLiteral("「%1」是 %2 间，但「%3」填了 %4 个面积。请每间填一个面积。")
                           .arg(countField->label.zh)
                           .arg(expected)
                           .arg(listField->label.zh)
                           .arg(listed)});
    }
}

} // namespace

QString formatNumber(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
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
            if (choice.value == trimmed || choice.label.zh == trimmed)
                return choice.value;
        }
        return trimmed;
    case FieldType::Date: {
        for (const char *format : {"yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd", "yyyy-M-d"}) {
            const QDate date = QDate::fromString(trimmed, QLatin1String(format));
            if (date.isValid())
                return date.toString(Qt::ISODate);
        }
        return trimmed;
    }
    case FieldType::Text:
        return trimmed;
    }
    return trimmed;
}

QString displayText(const FormField &field, const QJsonValue &value)
{
    if (value.isDouble())
        return formatNumber(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << (item.isDouble() ? formatNumber(item.toDouble()) : item.toString());
        return parts.join(QStringLiteral("、"));
    }
    Q_UNUSED(field);
    return value.toString();
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
    }
    return out;
}

bool isRelevant(const FormField &field, const QJsonObject &payload)
{
    if (!field.relevant)
        return true;
    return field.relevant->in.contains(payload.value(field.relevant->field).toString());
}

QList<ValidationIssue> validateField(const FormField &field, const QJsonObject &payload)
{
    QList<ValidationIssue> issues;
    if (!isRelevant(field, payload))
        return issues;
    const QJsonValue value = payload.value(field.id);
    if (isEmptyValue(value)) {
        if (field.required)
            issues.append(
                {field.id, "required", Severity::Hard, QStringLiteral("%1必须填写。").arg(quoted(field))});
        return issues;
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal:
        checkNumber(field, value, issues);
        break;
    case FieldType::DecimalList:
        checkList(field, value, issues);
        break;
    case FieldType::Boolean:
        if (!value.isBool())
            issues.append(
                {field.id, "type", Severity::Hard,
                 QStringLiteral("%1只能填“是”或“否”，现在是“%2”。").arg(quoted(field), value.toString())});
        break;
    case FieldType::Choice: {
        bool known = false;
        QStringList labels;
        for (const Choice &choice : field.choices) {
            known = known || choice.value == value.toString();
            labels << choice.label.zh;
        }
        if (!known)
            issues.append({field.id, "choice", Severity::Hard,
                           QStringLiteral("%1的“%2”不是可选项。可选：%3。")
                               .arg(quoted(field), value.toString(), labels.join(QStringLiteral("、")))});
        break;
    }
    case FieldType::Date:
        if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
            issues.append({field.id, "type", Severity::Hard,
                           QStringLiteral("%1应为日期，例如 2025-09-01，现在是“%2”。")
                               .arg(quoted(field), value.toString())});
        break;
    case FieldType::Text:
        if (!field.pattern.isEmpty() &&
            !QRegularExpression(QRegularExpression::anchoredPattern(field.pattern))
                 .match(value.toString())
                 .hasMatch())
            issues.append({field.id, "pattern", Severity::Hard,
                           QStringLiteral("%1的格式不对（%2），现在是“%3”。")
                               .arg(quoted(field), field.patternHint.zh, value.toString())});
        break;
    }
    return issues;
}

ValidationReport validate(const FormDefinition &form, const QJsonObject &payload)
{
    ValidationReport report;
    for (const FormField &field : form.fields)
        report.issues.append(validateField(field, payload));
    for (const FormRule &rule : form.rules)
        checkRule(form, rule, payload, report.issues);
    return report;
}

} // namespace junheng::Validator

namespace junheng {

bool ValidationReport::hasHardErrors() const
{
    return hardCount() > 0;
}

int ValidationReport::hardCount() const
{
    return int(std::count_if(issues.begin(), issues.end(),
                             [](const ValidationIssue &i) { return i.severity == Severity::Hard; }));
}

int ValidationReport::softCount() const
{
    return int(issues.size()) - hardCount();
}

int ValidationReport::missingCount() const
{
    return int(std::count_if(issues.begin(), issues.end(),
                             [](const ValidationIssue &i) { return i.ruleId == QLatin1String("required"); }));
}

QList<ValidationIssue> ValidationReport::forField(const QString &fieldId) const
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &issue : issues) {
        if (issue.fieldId == fieldId)
            out.append(issue);
    }
    return out;
}

} // namespace junheng
