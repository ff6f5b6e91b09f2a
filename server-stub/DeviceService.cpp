#include "DeviceService.h"

#include "AuditLog.h"
#include "CountyDirectory.h"
#include "EnrolmentService.h"
#include "ServerDatabase.h"
#include "SqlTransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace junheng::server {

namespace {

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("school"))
        return QStringLiteral("学校");
    if (role == QLatin1String("town"))
        return QStringLiteral("乡镇（街道）");
    return QStringLiteral("县教育局");
}

} // namespace

Result<DeviceService::IssuedCode> DeviceService::issue(const Caller &caller, const QJsonObject &body)
{
    if (caller.role != QLatin1String("county") && caller.role != QLatin1String("town"))
        return makeError("scope.forbidden",
                         QStringLiteral("只有县教育局或乡镇（街道）的设备可以发登记码，本设备是%1的设备。"
                                        "请向镇或县教育办索取登记码。")
                             .arg(caller.describeScope()));
    const QJsonValue roleValue = body.value("role");
    const QString role = roleValue.toString();
    if (!roleValue.isString() ||
        (role != QLatin1String("school") && role != QLatin1String("town") && role != QLatin1String("county")))
        return makeError("request.invalid",
                         QStringLiteral("字段 role 应是 school（学校）、town（乡镇）或 county（县），"
                                        "收到的是“%1”。")
                             .arg(roleValue.isString() ? role.left(40) : QStringLiteral("（不是文字）")));
    const QJsonValue codeValue = body.value("code");
    if (!codeValue.isUndefined() && !codeValue.isString())
        return makeError("request.invalid", QStringLiteral("字段 code（学校或乡镇代码）应是文字。"));
    QString scopeCode = codeValue.toString().trimmed();
    if (role == QLatin1String("county") && scopeCode.isEmpty())
        scopeCode = caller.countyCode;
    if (scopeCode.isEmpty())
        return makeError(
            "request.invalid",
            QStringLiteral("请求中缺少字段 code：要给哪所学校或哪个乡镇发登记码？请给出它的代码。"));
    if (scopeCode.size() > 32)
        return makeError("request.invalid",
                         QStringLiteral("字段 code 太长（%1 个字符）：学校代码是 10 位，乡镇代码是 9 位。")
                             .arg(scopeCode.size()));
    const QJsonValue noteValue = body.value("note");
    if (!noteValue.isUndefined() && !noteValue.isString())
        return makeError("request.invalid", QStringLiteral("字段 note（备注）应是文字。"));
    const QString note = noteValue.toString().trimmed();
    if (note.size() > 200)
        return makeError("request.invalid",
                         QStringLiteral("备注太长（%1 个字）：最多 200 个字。").arg(note.size()));

    if (caller.role == QLatin1String("town") && role != QLatin1String("school"))
        return makeError(
            "scope.forbidden",
            QStringLiteral("乡镇（街道）的设备只能给本乡镇的学校发登记码；给%1发登记码请找县教育局。")
                .arg(roleLabel(role)));
    if (role == QLatin1String("county") && scopeCode != caller.countyCode)
        return makeError("scope.forbidden",
                         QStringLiteral("只能给本县（%1）的设备发登记码，收到的县代码是 %2。")
                             .arg(caller.countyCode, scopeCode));

    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    EnrolmentService enrolment(m_db);
    // Looked up in the caller's county only: another county's school is "unknown" here.
    auto scope = enrolment.describe(caller.countyCode, role, scopeCode);
    if (!scope)
        return scope.error();
    if (caller.role == QLatin1String("town") && scope->townCode != caller.scopeCode)
        return makeError("scope.forbidden",
                         QStringLiteral("%1（%2）属于%3，不是本乡镇的学校。乡镇（街道）的设备只能给"
                                        "本乡镇的学校发登记码。")
                             .arg(scope->name, scope->code, scope->townName));
    auto code = enrolment.insertCode(caller.countyCode, role, scope->code);
    if (!code)
        return code.error();
    if (Status status = AuditLog(m_db).write(caller.countyCode, caller.actor(), QStringLiteral("issue_code"),
                                             QStringLiteral("%1:%2").arg(role, scope->code), note);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return IssuedCode{code.value(), scope->toJson()};
}

Result<QJsonArray> DeviceService::devices(const Caller &caller) const
{
    if (caller.isAdmin())
        return makeError("scope.forbidden", QStringLiteral("设备名单按县查看：请用本县县教育局的设备查看。"));
    const CountyDirectory directory(m_db, caller.countyCode);
    auto schools = directory.schools();
    if (!schools)
        return schools.error();
    auto towns = directory.towns();
    if (!towns)
        return towns.error();
    QHash<QString, SchoolInfo> schoolByCode;
    for (const SchoolInfo &school : schools.value())
        schoolByCode.insert(school.code, school);
    QHash<QString, QString> townNames;
    for (const TownInfo &town : towns.value())
        townNames.insert(town.code, town.name);

    QSqlQuery query(m_db);
    // The last record each device sent: one grouped read, no bookkeeping on every request.
    QHash<QString, QString> lastPush;
    query.prepare(QStringLiteral(
        "SELECT device_id, MAX(received_at) FROM records WHERE county_code = ? GROUP BY device_id"));
    query.addBindValue(caller.countyCode);
    if (!query.exec())
        return storageError(QStringLiteral("读取设备最近上传时间"), query.lastError().text());
    while (query.next())
        lastPush.insert(query.value(0).toString(), query.value(1).toString());

    query.prepare(QStringLiteral("SELECT id, name, role, scope_code, enrolled_at, revoked_at FROM devices"
                                 " WHERE county_code = ? ORDER BY enrolled_at DESC, id"));
    query.addBindValue(caller.countyCode);
    if (!query.exec())
        return storageError(QStringLiteral("读取设备"), query.lastError().text());
    QJsonArray list;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QString role = query.value(2).toString();
        const QString scopeCode = query.value(3).toString();
        QString townCode, scopeName;
        if (role == QLatin1String("school")) {
            const SchoolInfo school = schoolByCode.value(scopeCode);
            townCode = school.townCode;
            scopeName = school.name;
        } else if (role == QLatin1String("town")) {
            townCode = scopeCode;
            scopeName = townNames.value(scopeCode);
        }
        // A town sees its own devices and its schools'; a school only its own.
        if (caller.role == QLatin1String("town") && townCode != caller.scopeCode)
            continue;
        if (caller.role == QLatin1String("school") &&
            (role != QLatin1String("school") || scopeCode != caller.scopeCode))
            continue;
        QJsonObject device{
            {"id", id},
            {"name", query.value(1).toString()},
            {"role", role},
            {"scope_code", scopeCode},
            {"scope_name", scopeName},
            {"town_code", townCode},
            {"town_name", townNames.value(townCode)},
            {"enrolled_at", query.value(4).toString()},
            {"revoked_at", query.value(5).isNull() ? QJsonValue() : query.value(5).toString()},
            {"last_push_at", lastPush.contains(id) ? QJsonValue(lastPush.value(id)) : QJsonValue()}};
        list.append(device);
    }
    return list;
}

} // namespace junheng::server
