#include "FormRole.h"

namespace junheng::server::FormRole {

namespace {

QString roleName(const QString &role)
{
    if (role == QLatin1String("county"))
        return QStringLiteral("县教育局");
    if (role == QLatin1String("town"))
        return QStringLiteral("乡镇（街道）");
    return QStringLiteral("学校");
}

} // namespace

bool isCountyOwn(const Caller &caller, const QString &schoolCode)
{
    return caller.role == QLatin1String("county") && !caller.countyCode.isEmpty() &&
           schoolCode == caller.countyCode;
}

std::optional<QString> refusal(const Caller &caller, const FormDefinition &form, const QString &schoolCode)
{
    if (form.filledBy == QLatin1String("county")) {
        if (caller.isAdmin() || caller.role == QLatin1String("county"))
            return std::nullopt;
        return QStringLiteral("表单 %1（%2）由县教育局填写，本机登记为%3（%4），不能发送。")
            .arg(form.id, form.title.zh, roleName(caller.role), caller.scopeCode);
    }
    if (isCountyOwn(caller, schoolCode)) {
        return QStringLiteral("表单 %1（%2）由%3填写，不能记在县的代码 %4 下。请选择学校后再填写。")
            .arg(form.id, form.title.zh, roleName(form.filledBy), schoolCode);
    }
    return std::nullopt;
}

} // namespace junheng::server::FormRole
