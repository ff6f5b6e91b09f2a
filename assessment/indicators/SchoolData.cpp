#include "SchoolData.h"

#include <QCoreApplication>
#include <QStringList>

namespace junheng {

QString stageName(Stage stage)
{
    return stage == Stage::Primary ? QStringLiteral("primary") : QStringLiteral("junior");
}

QString stageLabel(Stage stage)
{
    return stage == Stage::Primary ? QCoreApplication::translate("SchoolData", "小学")
                                   : QCoreApplication::translate("SchoolData", "初中");
}

bool degreeAtLeast(const QString &degree, const QString &minimum)
{
    static const QStringList order{
        "high_school", "secondary_vocational", "junior_college", "bachelor", "master", "doctor"};
    const qsizetype have = order.indexOf(degree);
    return have >= 0 && have >= order.indexOf(minimum);
}

bool countyBackbone(const QString &backbone)
{
    return backbone == QLatin1String("county") || backbone == QLatin1String("city") ||
           backbone == QLatin1String("province") || backbone == QLatin1String("national");
}

} // namespace junheng
