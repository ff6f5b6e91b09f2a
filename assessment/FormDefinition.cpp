#include "FormDefinition.h"

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
    return makeError("form.definition", QStringLiteral("表单定义 %1 有误：%2").arg(origin, what));
}

Result<FormField> parseField(const QJsonObject &object, const QString &origin)
{
    FormField field;
    field.id = object.value("id").toString();
    if (field.id.isEmpty())
        return definitionError(origin, QStringLiteral("有一个字段缺少 id。"));
    const auto type = parseType(object.value("type").toString());
    if (!type)
        return definitionError(
            origin,
            QStringLiteral("字段 %1 的类型“%2”不认识。").arg(field.id, object.value("type").toString()));
    field.type = *type;
    field.label = LocalText::fromJson(object.value("label"));
    if (field.label.zh.isEmpty())
        return definitionError(origin, QStringLiteral("字段 %1 缺少中文名称（label.zh）。").arg(field.id));
    field.help = LocalText::fromJson(object.value("help"));
    field.unit = object.value("unit").toString();
    field.required = object.value("required").toBool(false);
    field.min = optionalNumber(object, "min");
    field.max = optionalNumber(object, "max");
    field.softMin = optionalNumber(object, "soft_min");
    field.softMax = optionalNumber(object, "soft_max");
    field.precision = object.value("precision").toInt(0);
    field.pattern = object.value("pattern").toString();
    field.patternHint = LocalText::fromJson(object.value("pattern_hint"));
    if (!field.pattern.isEmpty() && !QRegularExpression(field.pattern).isValid())
        return definitionError(origin,
                               QStringLiteral("字段 %1 的 pattern 不是有效的正则表达式。").arg(field.id));
    for (const QJsonValue &item : object.value("choices").toArray()) {
        const QJsonObject choice = item.toObject();
        field.choices.append({choice.value("value").toString(), LocalText::fromJson(choice.value("label"))});
    }
    if (field.type == FieldType::Choice && field.choices.isEmpty())
        return definitionError(origin, QStringLiteral("选择题字段 %1 没有选项（choices）。").arg(field.id));
    if (object.contains("relevant")) {
        const QJsonObject relevant = object.value("relevant").toObject();
        field.relevant = Relevance{relevant.value("field").toString(), stringList(relevant.value("in"))};
    }
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
        return definitionError(origin, QStringLiteral("不是有效的 JSON（第 %1 个字符附近：%2）。")
                                           .arg(parseError.offset)
                                           .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    FormDefinition form;
    form.id = root.value("id").toString();
    form.version = root.value("version").toInt(0);
    if (form.id.isEmpty() || form.version <= 0)
        return definitionError(origin, QStringLiteral("缺少 id 或 version（version 须为正整数）。"));
    const QString kind = root.value("kind").toString("single");
    if (kind != "single" && kind != "roster")
        return definitionError(origin,
                               QStringLiteral("kind 只能是 single 或 roster，现在是“%1”。").arg(kind));
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
                return definitionError(origin, QStringLiteral("字段 id %1 重复。").arg(field->id));
            seen.insert(field->id);
            section.fieldIndexes.append(int(form.fields.size()));
            form.fields.append(std::move(field).value());
        }
        form.sections.append(section);
    }
    if (form.fields.isEmpty())
        return definitionError(origin, QStringLiteral("没有任何字段。"));
    form.key = stringList(root.value("key"));
    if (form.kind == FormKind::Roster && form.key.isEmpty())
        return definitionError(origin, QStringLiteral("名单表（roster）必须用 key 指明识别一行的字段。"));
    for (const QString &name : form.key) {
        if (!seen.contains(name))
            return definitionError(origin, QStringLiteral("key 引用了不存在的字段 %1。").arg(name));
    }
    for (const FormField &field : form.fields) {
        if (field.relevant && !seen.contains(field.relevant->field))
            return definitionError(origin, QStringLiteral("字段 %1 的显示条件引用了不存在的字段 %2。")
                                               .arg(field.id, field.relevant->field));
    }

    for (const QJsonValue &ruleValue : root.value("rules").toArray()) {
        const QJsonObject object = ruleValue.toObject();
        FormRule rule;
        rule.id = object.value("id").toString();
        rule.kind = object.value("kind").toString();
        rule.left = stringList(object.value("left"));
        rule.right = stringList(object.value("right"));
        rule.list = object.value("list").toString();
        rule.count = object.value("count").toString();
        rule.severity = object.value("severity").toString("hard") == "soft" ? Severity::Soft : Severity::Hard;
        if (rule.kind != "le" && rule.kind != "count_eq")
            return definitionError(origin,
                                   QStringLiteral("规则 %1 的 kind“%2”不认识。").arg(rule.id, rule.kind));
        QStringList referenced = rule.left + rule.right;
        if (rule.kind == "count_eq")
            referenced << rule.list << rule.count;
        for (const QString &name : referenced) {
            if (!seen.contains(name))
                return definitionError(origin,
                                       QStringLiteral("规则 %1 引用了不存在的字段 %2。").arg(rule.id, name));
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
    }
    return "text";
}

} // namespace junheng
