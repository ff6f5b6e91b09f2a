#include "Caller.h"

namespace junheng::server {

bool Caller::covers(const SchoolInfo &school) const
{
    if (isAdmin())
        return true;
    if (school.countyCode != countyCode)
        return false;
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
    if (isAdmin())
        return QStringLiteral("全部县");
    if (role == QLatin1String("county"))
        return QStringLiteral("本县（%1）").arg(countyCode);
    if (role == QLatin1String("town"))
        return QStringLiteral("乡镇（街道）%1 的学校").arg(scopeCode);
    return QStringLiteral("学校 %1").arg(scopeCode);
}

} // namespace junheng::server
