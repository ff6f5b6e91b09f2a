#include "ItemResult.h"

#include <QCoreApplication>
#include <cmath>

namespace junheng {

QString itemStateName(ItemState state)
{
    switch (state) {
    case ItemState::Pass:
        return QStringLiteral("pass");
    case ItemState::Fail:
        return QStringLiteral("fail");
    case ItemState::NotComputed:
        return QStringLiteral("not_computed");
    case ItemState::NeedsEvidence:
        return QStringLiteral("needs_evidence");
    case ItemState::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QString itemStateLabel(ItemState state)
{
    switch (state) {
    case ItemState::Pass:
        return QCoreApplication::translate("ItemResult", "达标");
    case ItemState::Fail:
        return QCoreApplication::translate("ItemResult", "未达标");
    case ItemState::NotComputed:
        return QCoreApplication::translate("ItemResult", "未计算");
    case ItemState::NeedsEvidence:
        return QCoreApplication::translate("ItemResult", "待补佐证");
    case ItemState::NotApplicable:
        return QCoreApplication::translate("ItemResult", "不适用");
    }
    return {};
}

QJsonObject ItemResult::toJson() const
{
    QJsonObject object{{"code", code},
                       {"title", title},
                       {"state", itemStateName(state)},
                       {"state_label", itemStateLabel(state)},
                       {"detail", detail}};
    if (value)
        object.insert("value", *value);
    if (!unit.isEmpty())
        object.insert("unit", unit);
    if (threshold) {
        object.insert("comparison", comparison);
        object.insert("threshold", threshold->toJson());
    }
    if (!missing.isEmpty())
        object.insert("missing", QJsonArray::fromStringList(missing));
    if (!evidence.isEmpty())
        object.insert("evidence", evidence);
    return object;
}

ItemResult ItemResult::notComputed(QString code, QString title, QStringList missing, QString detail)
{
    ItemResult result;
    result.code = std::move(code);
    result.title = std::move(title);
    result.state = ItemState::NotComputed;
    result.missing = std::move(missing);
    result.detail = std::move(detail);
    return result;
}

bool meets(double value, double threshold, const QString &comparison)
{
    const double tolerance = 1e-9 * std::max(1.0, std::abs(threshold));
    if (comparison == QLatin1String("<="))
        return value <= threshold + tolerance;
    if (comparison == QLatin1String("<"))
        return value < threshold - tolerance;
    if (comparison == QLatin1String(">"))
        return value > threshold + tolerance;
    return value >= threshold - tolerance;
}

} // namespace junheng
