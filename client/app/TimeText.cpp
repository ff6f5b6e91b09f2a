#include "TimeText.h"

#include <QCoreApplication>

namespace junheng {

QString describeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    const QString clock = local.toString(QStringLiteral("HH:mm"));
    if (day == today)
        return QCoreApplication::translate("TimeText", "今天 %1").arg(clock);
    if (day == today.addDays(-1))
        return QCoreApplication::translate("TimeText", "昨天 %1").arg(clock);
    if (day.year() == today.year())
        return QCoreApplication::translate("TimeText", "%1月%2日 %3")
            .arg(day.month())
            .arg(day.day())
            .arg(clock);
    return QCoreApplication::translate("TimeText", "%1年%2月%3日 %4")
        .arg(day.year())
        .arg(day.month())
        .arg(day.day())
        .arg(clock);
}

} // namespace junheng
