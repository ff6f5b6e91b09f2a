#include "Condition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace junheng {

namespace {

bool isEmpty(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

Error conditionError(const QString &what, const QString &problem)
{
    return makeError("form.definition", QStringLiteral("%1%2").arg(what, problem));
}

} // namespace

QString conditionText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::floor(number) && std::fabs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    return value.toString().trimmed();
}

bool Condition::matches(const QJsonObject &payload) const
{
    switch (kind) {
    case Kind::All:
        for (const Condition &child : children) {
            if (!child.matches(payload))
                return false;
        }
        return true;
    case Kind::Any:
        for (const Condition &child : children) {
            if (child.matches(payload))
                return true;
        }
        return false;
    case Kind::Not:
        return !children.first().matches(payload);
    case Kind::Field:
        break;
    }
    const QJsonValue value = payload.value(field);
    if (filled && isEmpty(value) == *filled)
        return false;
    if (!in.isEmpty() && !in.contains(conditionText(value)))
        return false;
    if (min || max) {
        const auto number = numberOf(value);
        if (!number || (min && *number < *min) || (max && *number > *max))
            return false;
    }
    return true;
}

void Condition::collectFields(QSet<QString> &out) const
{
    if (kind == Kind::Field)
        out.insert(field);
    for (const Condition &child : children)
        child.collectFields(out);
}

Result<Condition> Condition::fromJson(const QJsonValue &value, const QString &what)
{
    if (!value.isObject())
        return conditionError(
            what, QCoreApplication::translate("Condition",
                                              "应是一个对象，例如 {\"field\": \"sex\", \"in\": [\"1\"]}。"));
    const QJsonObject object = value.toObject();
    Condition condition;
    for (const char *key : {"all", "any"}) {
        if (!object.contains(QLatin1String(key)))
            continue;
        condition.kind = QLatin1String(key) == QLatin1String("all") ? Kind::All : Kind::Any;
        const QJsonArray items = object.value(QLatin1String(key)).toArray();
        if (items.isEmpty())
            return conditionError(
                what,
                QCoreApplication::translate("Condition", "的 %1 不能是空列表。").arg(QLatin1String(key)));
        for (const QJsonValue &item : items) {
            auto child = fromJson(item, what);
            if (!child)
                return child.error();
            condition.children.append(std::move(child).value());
        }
        return condition;
    }
    if (object.contains("not")) {
        auto child = fromJson(object.value("not"), what);
        if (!child)
            return child.error();
        condition.kind = Kind::Not;
        condition.children.append(std::move(child).value());
        return condition;
    }
    condition.field = object.value("field").toString();
    if (condition.field.isEmpty())
        return conditionError(what,
                              QCoreApplication::translate("Condition", "缺少 field（或 all / any / not）。"));
    for (const QJsonValue &item : object.value("in").toArray())
        condition.in << conditionText(item);
    if (object.value("min").isDouble())
        condition.min = object.value("min").toDouble();
    if (object.value("max").isDouble())
        condition.max = object.value("max").toDouble();
    if (object.value("filled").isBool())
        condition.filled = object.value("filled").toBool();
    if (condition.in.isEmpty() && !condition.min && !condition.max && !condition.filled)
        return conditionError(
            what, QCoreApplication::translate("Condition", "对字段 %1 没有给出 in、min、max 或 filled。")
                      .arg(condition.field));
    return condition;
}

} // namespace junheng
