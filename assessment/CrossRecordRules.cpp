#include "CrossRecordRules.h"

#include "Validator.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

namespace junheng {

namespace {

QString label(const FormDefinition *form, const QString &fieldId)
{
    const FormField *field = form ? form->field(fieldId) : nullptr;
    return QCoreApplication::translate("CrossRecordRules", "「%1」")
        .arg(field ? field->label.text() : fieldId);
}

QString cellText(const FormDefinition &form, const QString &fieldId, const QJsonValue &value)
{
    const FormField *field = form.field(fieldId);
    const QString text = field ? Validator::displayText(*field, value) : conditionText(value);
    if (field && field->type == FieldType::Choice)
        return field->choiceText(text);
    return field && field->type == FieldType::Text
               ? QCoreApplication::translate("CrossRecordRules", "“%1”").arg(text)
               : text;
}

void checkUnique(const FormDefinition &form, const FormRule &rule, const QList<QJsonObject> &rows,
                 int firstRowNumber, QList<RowIssue> &issues)
{
    QHash<QString, int> firstSeen;
    firstSeen.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        QString key;
        bool complete = true;
        for (const QString &fieldId : rule.fields) {
            const QString part = conditionText(rows[row].value(fieldId));
            if (part.isEmpty()) {
                complete = false; // an empty key is the field's own "required" error
                break;
            }
            key += part;
            key += QChar(0x1F);
        }
        if (!complete)
            continue;
        const auto it = firstSeen.constFind(key);
        if (it == firstSeen.constEnd()) {
            firstSeen.insert(key, row);
            continue;
        }
        QStringList described;
        for (const QString &fieldId : rule.fields)
            described << label(&form, fieldId) + cellText(form, fieldId, rows[row].value(fieldId));
        const QStringList labels = [&] {
            QStringList out;
            for (const QString &fieldId : rule.fields)
                out << label(&form, fieldId);
            return out;
        }();
        issues.append({row, *it, rule.fields.first(), rule.id, rule.severity,
                       QCoreApplication::translate(
                           "CrossRecordRules", "%1在第 %2 行和第 %3 行重复出现；同一名册中%4只能出现一次。"
                                               "请删除重复的一行，或改正其中一行的%4。")
                           .arg(described.join(QCoreApplication::translate("CrossRecordRules", "、")))
                           .arg(*it + firstRowNumber)
                           .arg(row + firstRowNumber)
                           .arg(labels.join(QCoreApplication::translate("CrossRecordRules", "与")))});
    }
}

void checkSumMatches(const FormDefinition &form, const FormRule &rule, const QList<QJsonObject> &rows,
                     const QHash<QString, LinkedRecord> &linked, QList<RowIssue> &issues)
{
    const auto other = linked.constFind(rule.form);
    if (other == linked.constEnd())
        return;
    const QString placeholder = QStringLiteral("{%1}").arg(rule.groupBy);
    // Group values sorted as numbers where they are numbers, so grades come out 1, 2, …, 10.
    QMap<double, QString> order;
    QHash<QString, double> sums;
    for (const QJsonObject &row : rows) {
        const QJsonValue group = row.value(rule.groupBy);
        const QJsonValue amount = row.value(rule.sum);
        if (!group.isDouble() || !amount.isDouble())
            continue; // those rows' own checks report what is wrong
        const QString key = conditionText(group);
        order.insert(group.toDouble(), key);
        sums[key] += amount.toDouble();
    }
    // Groups the other form has a number for but the roster has no rows of.
    const QString pattern =
        QRegularExpression::escape(rule.target)
            .replace(QRegularExpression::escape(placeholder), QStringLiteral("(-?[0-9]+)"));
    const QRegularExpression targetPattern(QRegularExpression::anchoredPattern(pattern));
    for (auto it = other->payload.constBegin(); it != other->payload.constEnd(); ++it) {
        const QRegularExpressionMatch match = targetPattern.match(it.key());
        if (!match.hasMatch() || !it.value().isDouble() || it.value().toDouble() == 0)
            continue;
        const QString key = match.captured(1);
        if (!sums.contains(key)) {
            sums.insert(key, 0);
            order.insert(key.toDouble(), key);
        }
    }
    const FormField *sumField = form.field(rule.sum);
    const QString unit =
        sumField && !sumField->unit.isEmpty() ? QLatin1Char(' ') + sumField->unitText() : QString();
    const QString otherTitle = other->form ? other->form->title.text() : rule.form;
    for (const QString &key : order) {
        const double sum = sums.value(key);
        const QString targetId = QString(rule.target).replace(placeholder, key);
        const QJsonValue target = other->payload.value(targetId);
        if (target.isDouble() && target.toDouble() == sum)
            continue;
        const QString targetText = target.isDouble()
                                       ? QCoreApplication::translate("CrossRecordRules", "的 %1%2")
                                             .arg(Validator::formatNumber(target.toDouble()), unit)
                                       : QCoreApplication::translate("CrossRecordRules", "没有填写");
        issues.append(
            {-1, -1, rule.sum, rule.id, rule.severity,
             QCoreApplication::translate(
                 "CrossRecordRules", "%1为 %2 的各行%3合计 %4%5，而%6中%7%8，两者应相等。请核对本名册或%6。")
                 .arg(label(&form, rule.groupBy), key, label(&form, rule.sum), Validator::formatNumber(sum),
                      unit, otherTitle, label(other->form, targetId), targetText)});
    }
}

} // namespace

QList<RowIssue> CrossRecordRules::check(const FormDefinition &form, const QList<QJsonObject> &rows,
                                        const QHash<QString, LinkedRecord> &linked, int firstRowNumber)
{
    QList<RowIssue> issues;
    for (const FormRule &rule : form.rules) {
        if (rule.kind == QLatin1String("unique"))
            checkUnique(form, rule, rows, firstRowNumber, issues);
        else if (rule.kind == QLatin1String("sum_matches"))
            checkSumMatches(form, rule, rows, linked, issues);
    }
    return issues;
}

QList<RowIssue> CrossRecordRules::forRow(const QList<RowIssue> &issues, int row)
{
    QList<RowIssue> out;
    for (const RowIssue &issue : issues) {
        if (issue.row == row)
            out.append(issue);
    }
    return out;
}

} // namespace junheng
