#include "Caller.h"

namespace junheng::server {

bool Caller::covers(const SchoolInfo &school) const
{
    if (role == QLatin1String("county"))
        return true;
    if (role == QLatin1String("town"))
        return school.townCode == scopeCode;
    if (role == QLatin1String("school"))
        return school.code == scopeCode;
    return false;
}

QString Caller::describeScope() const
{
    if (role == QLatin1String("county"))
        return QStringLiteral("全县");
    if (role == QLatin1String("town"))
        return QStringLiteral("乡镇（街道）%1 的学校").arg(scopeCode);
    return QStringLiteral("学校 %1").arg(scopeCode);
}

} // namespace junheng::server
