#include "FormDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace junheng {

namespace {

std::optional<FieldType> parseType(const QString &name)
{
    static const QHash<QString, FieldType> types{
        {"integer", FieldType::Integer},
        {"decimal", FieldType::Decimal},
        {"text", FieldType::Text},
        {"choice", FieldType::Choice},
        {"boolean", FieldType::Boolean},
        {"date", FieldType::Date},
        {"decimal_list", FieldType::DecimalList},
        {"duration", FieldType::Duration},
        {"attachment", FieldType::Attachment},
        {"multi_choice", FieldType::MultiChoice},
    };
    auto it = types.find(name);
    if (it == types.end())
        return std::nullopt;
    return *it;
}

std::optional<double> optionalNumber(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out << item.toString();
    return out;
}

Error definitionError(const QString &origin, const QString &what)
{
    return makeError("form.definition",
                     QCoreApplication::translate("FormDefinition", "表单定义 %1 有误：%2").arg(origin, what));
}

Result<FormField> parseField(const QJsonObject &object, const QString &origin)
{
    FormField field;
    field.id = object.value("id").toString();
    if (field.id.isEmpty())
        return definitionError(origin, QCoreApplication::translate("FormDefinition", "有一个字段缺少 id。"));
    const auto type = parseType(object.value("type").toString());
    if (!type)
        return definitionError(origin,
                               QCoreApplication::translate("FormDefinition", "字段 %1 的类型“%2”不认识。")
                                   .arg(field.id, object.value("type").toString()));
    field.type = *type;
    field.label = LocalText::fromJson(object.value("label"));
    if (field.label.zh.isEmpty())
        return definitionError(
            origin, QCoreApplication::translate("FormDefinition", "字段 %1 缺少中文名称（label.zh）。")
                        .arg(field.id));
    field.help = LocalText::fromJson(object.value("help"));
    const LocalText unit = LocalText::fromJson(object.value("unit"));
    field.unit = unit.zh;
    field.unitEn = unit.en;
    const QJsonValue required = object.value("required");
    if (required.isObject()) {
        auto condition = Condition::fromJson(
            required,
            QCoreApplication::translate("FormDefinition", "表单定义 %1 有误：字段 %2 的 required 条件")
                .arg(origin, field.id));
        if (!condition)
            return condition.error();
        field.required = true;
        field.requiredWhen = std::move(condition).value();
    } else {
        field.required = required.toBool(false);
    }
    field.min = optionalNumber(object, "min");
    field.max = optionalNumber(object, "max");
    field.softMin = optionalNumber(object, "soft_min");
    field.softMax = optionalNumber(object, "soft_max");
    field.precision = object.value("precision").toInt(0);
    field.pattern = object.value("pattern").toString();
    field.patternHint = LocalText::fromJson(object.value("pattern_hint"));
    if (!field.pattern.isEmpty() && !QRegularExpression(field.pattern).isValid())
        return definitionError(
            origin, QCoreApplication::translate("FormDefinition", "字段 %1 的 pattern 不是有效的正则表达式。")
                        .arg(field.id));
    for (const QJsonValue &item : object.value("choices").toArray()) {
        const QJsonObject choice = item.toObject();
        field.choices.append({choice.value("value").toString(), LocalText::fromJson(choice.value("label"))});
    }
    if ((field.type == FieldType::Choice || field.type == FieldType::MultiChoice) && field.choices.isEmpty())
        return definitionError(
            origin, QCoreApplication::translate("FormDefinition", "选择题字段 %1 没有选项（choices）。")
                        .arg(field.id));
    if (object.contains("relevant")) {
        auto condition = Condition::fromJson(
            object.value("relevant"),
            QCoreApplication::translate("FormDefinition", "表单定义 %1 有误：字段 %2 的显示条件（relevant）")
                .arg(origin, field.id));
        if (!condition)
            return condition.error();
        field.relevant = std::move(condition).value();
    }
    const QString irrelevant = object.value("irrelevant_filled").toString();
    if (!irrelevant.isEmpty() && irrelevant != "error" && irrelevant != "ignore")
        return definitionError(
            origin, QCoreApplication::translate("FormDefinition",
                                                "字段 %1 的 irrelevant_filled 只能是 error 或 ignore。")
                        .arg(field.id));
    field.irrelevantValue = irrelevant.isEmpty()    ? IrrelevantValue::Inherit
                            : irrelevant == "error" ? IrrelevantValue::Error
                                                    : IrrelevantValue::Ignore;
    field.irrelevantMessage = LocalText::fromJson(object.value("irrelevant_message"));
    for (const QJsonValue &item : object.value("allowed").toArray()) {
        if (!item.isDouble())
            return definitionError(
                origin, QCoreApplication::translate("FormDefinition", "字段 %1 的 allowed 只能列数字。")
                            .arg(field.id));
        field.allowed.append(item.toDouble());
    }
    for (const QJsonValue &item : object.value("usual_when").toArray()) {
        const QJsonObject range = item.toObject();
        auto condition = Condition::fromJson(
            range.value("when"),
            QCoreApplication::translate("FormDefinition", "表单定义 %1 有误：字段 %2 的 usual_when 条件")
                .arg(origin, field.id));
        if (!condition)
            return condition.error();
        field.usualWhen.append({std::move(condition).value(), optionalNumber(range, "soft_min"),
                                optionalNumber(range, "soft_max")});
    }
    if (object.contains("compute")) {
        auto expression = Expression::parse(object.value("compute").toString());
        if (!expression)
            return definitionError(origin, QCoreApplication::translate("FormDefinition", "字段 %1 的计算%2")
                                               .arg(field.id, expression.error().message));
        if (field.type != FieldType::Integer && field.type != FieldType::Decimal)
            return definitionError(
                origin,
                QCoreApplication::translate("FormDefinition", "计算字段 %1 的类型须为 integer 或 decimal。")
                    .arg(field.id));
        field.compute = std::move(expression).value();
    }
    field.pad = object.value("pad").toInt(0);
    field.maxFiles = object.value("max_files").toInt(0);
    field.maxSizeMb = object.value("max_size_mb").toDouble(0);
    for (const QString &extension : stringList(object.value("accept")))
        field.accept << extension.toLower();
    return field;
}

} // namespace

LocalText LocalText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString(), value.toString()};
    const QJsonObject object = value.toObject();
    return {object.value("zh").toString(), object.value("en").toString()};
}

QString FormField::choiceLabel(const QString &value) const
{
    for (const Choice &choice : choices) {
        if (choice.value == value)
            return choice.label.zh;
    }
    return value;
}

QString FormField::choiceText(const QString &value) const
{
    for (const Choice &choice : choices) {
        if (choice.value == value)
            return choice.label.text();
    }
    return value;
}

bool FormField::isRequiredFor(const QJsonObject &payload) const
{
    return required && (!requiredWhen || requiredWhen->matches(payload));
}

const FormField *FormDefinition::field(const QString &fieldId) const
{
    for (const FormField &candidate : fields) {
        if (candidate.id == fieldId)
            return &candidate;
    }
    return nullptr;
}

Result<FormDefinition> FormDefinition::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return definitionError(
            origin, QCoreApplication::translate("FormDefinition", "不是有效的 JSON（第 %1 个字符附近：%2）。")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    FormDefinition form;
    form.id = root.value("id").toString();
    form.version = root.value("version").toInt(0);
    if (form.id.isEmpty() || form.version <= 0)
        return definitionError(origin, QCoreApplication::translate(
                                           "FormDefinition", "缺少 id 或 version（version 须为正整数）。"));
    const QString kind = root.value("kind").toString("single");
    if (kind != "single" && kind != "roster")
        return definitionError(origin, QCoreApplication::translate(
                                           "FormDefinition", "kind 只能是 single 或 roster，现在是“%1”。")
                                           .arg(kind));
    form.kind = kind == "roster" ? FormKind::Roster : FormKind::Single;
    form.title = LocalText::fromJson(root.value("title"));
    form.description = LocalText::fromJson(root.value("description"));

    QSet<QString> seen;
    for (const QJsonValue &sectionValue : root.value("sections").toArray()) {
        const QJsonObject sectionObject = sectionValue.toObject();
        FormSection section{LocalText::fromJson(sectionObject.value("title")), {}};
        for (const QJsonValue &fieldValue : sectionObject.value("fields").toArray()) {
            auto field = parseField(fieldValue.toObject(), origin);
            if (!field)
                return field.error();
            if (seen.contains(field->id))
                return definitionError(
                    origin,
                    QCoreApplication::translate("FormDefinition", "字段 id %1 重复。").arg(field->id));
            seen.insert(field->id);
            section.fieldIndexes.append(int(form.fields.size()));
            form.fields.append(std::move(field).value());
        }
        form.sections.append(section);
    }
    if (form.fields.isEmpty())
        return definitionError(origin, QCoreApplication::translate("FormDefinition", "没有任何字段。"));
    for (const FormField &field : form.fields) {
        QSet<QString> referenced;
        if (field.relevant)
            field.relevant->collectFields(referenced);
        if (field.requiredWhen)
            field.requiredWhen->collectFields(referenced);
        for (const ConditionalRange &range : field.usualWhen)
            range.when.collectFields(referenced);
        if (field.compute)
            referenced.unite(field.compute->fields());
        for (const QString &name : referenced) {
            if (!seen.contains(name))
                return definitionError(
                    origin, QCoreApplication::translate("FormDefinition",
                                                        "字段 %1 的条件或公式引用了不存在的字段 %2。")
                                .arg(field.id, name));
        }
    }
    form.key = stringList(root.value("key"));
    form.filledBy = root.value("filled_by").toString(QStringLiteral("school"));
    if (form.filledBy != QLatin1String("school") && form.filledBy != QLatin1String("town") &&
        form.filledBy != QLatin1String("county"))
        return definitionError(
            origin,
            QStringLiteral("filled_by 只能是 school、town 或 county，现在是“%1”。").arg(form.filledBy));
    for (const QString &name : form.key) {
        if (!seen.contains(name))
            return definitionError(
                origin,
                QCoreApplication::translate("FormDefinition", "key 引用了不存在的字段 %1。").arg(name));
    }
    const QString irrelevant = root.value("irrelevant_filled").toString("ignore");
    if (irrelevant != "error" && irrelevant != "ignore")
        return definitionError(origin, QCoreApplication::translate(
                                           "FormDefinition", "irrelevant_filled 只能是 error 或 ignore。"));
    form.irrelevantValue = irrelevant == "error" ? IrrelevantValue::Error : IrrelevantValue::Ignore;
    form.irrelevantMessage = LocalText::fromJson(root.value("irrelevant_message"));

    for (const QJsonValue &ruleValue : root.value("rules").toArray()) {
        const QJsonObject object = ruleValue.toObject();
        FormRule rule;
        rule.id = object.value("id").toString();
        rule.kind = object.value("kind").toString();
        rule.left = stringList(object.value("left"));
        rule.right = stringList(object.value("right"));
        rule.list = object.value("list").toString();
        rule.count = object.value("count").toString();
        rule.fields = stringList(object.value("fields"));
        rule.groupBy = object.value("group_by").toString();
        rule.sum = object.value("sum").toString();
        rule.form = object.value("form").toString();
        rule.target = object.value("target").toString();
        rule.severity = object.value("severity").toString("hard") == "soft" ? Severity::Soft : Severity::Hard;
        static const QStringList kinds{"le", "date_le", "count_eq", "unique", "sum_matches"};
        if (rule.id.isEmpty())
            return definitionError(origin,
                                   QCoreApplication::translate("FormDefinition", "有一条规则缺少 id。"));
        if (!kinds.contains(rule.kind))
            return definitionError(
                origin, QCoreApplication::translate("FormDefinition", "规则 %1 的 kind“%2”不认识。")
                            .arg(rule.id, rule.kind));
        if (rule.isCrossRecord() && form.kind != FormKind::Roster)
            return definitionError(
                origin, QCoreApplication::translate("FormDefinition",
                                                    "规则 %1（%2）只能用于名册（kind 为 roster）的表单。")
                            .arg(rule.id, rule.kind));
        if (rule.kind == "date_le" && (rule.left.size() != 1 || rule.right.size() != 1))
            return definitionError(
                origin, QCoreApplication::translate("FormDefinition",
                                                    "规则 %1（date_le）的 left 和 right 须各是一个日期字段。")
                            .arg(rule.id));
        QStringList referenced = rule.left + rule.right;
        if (rule.kind == "count_eq")
            referenced << rule.list << rule.count;
        if (rule.kind == "unique") {
            if (rule.fields.isEmpty())
                return definitionError(
                    origin,
                    QCoreApplication::translate("FormDefinition", "规则 %1 缺少 fields。").arg(rule.id));
            referenced << rule.fields;
        }
        if (rule.kind == "sum_matches") {
            if (rule.form.isEmpty() || !rule.target.contains(QStringLiteral("{%1}").arg(rule.groupBy)))
                return definitionError(
                    origin,
                    QCoreApplication::translate("FormDefinition", "规则 %1 须有 form，且 target 中含 {%2}。")
                        .arg(rule.id, rule.groupBy));
            referenced << rule.groupBy << rule.sum;
        }
        for (const QString &name : referenced) {
            if (!seen.contains(name))
                return definitionError(
                    origin, QCoreApplication::translate("FormDefinition", "规则 %1 引用了不存在的字段 %2。")
                                .arg(rule.id, name));
        }
        form.rules.append(rule);
    }
    return form;
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return "integer";
    case FieldType::Decimal:
        return "decimal";
    case FieldType::Text:
        return "text";
    case FieldType::Choice:
        return "choice";
    case FieldType::Boolean:
        return "boolean";
    case FieldType::Date:
        return "date";
    case FieldType::DecimalList:
        return "decimal_list";
    case FieldType::Duration:
        return "duration";
    case FieldType::Attachment:
        return "attachment";
    case FieldType::MultiChoice:
        return "multi_choice";
    }
    return "text";
}

} // namespace junheng
