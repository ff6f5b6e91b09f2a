#include "EnrolmentService.h"

#include "AuditLog.h"
#include "CountyDirectory.h"
#include "ServerDatabase.h"
#include "SqlTransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace junheng::server {

namespace {

// No 0/O, 1/I/L: codes are read aloud and typed from paper.
constexpr char CodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int CodeLength = 8;

QString newCode()
{
    QString code;
    for (int i = 0; i < CodeLength; ++i) {
        if (i == CodeLength / 2)
            code.append(QLatin1Char('-'));
        code.append(
            QLatin1Char(CodeAlphabet[QRandomGenerator::system()->bounded(int(sizeof CodeAlphabet) - 1)]));
    }
    return code;
}

QString newToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QString now()
{
    return protocol::isoTime(QDateTime::currentDateTimeUtc());
}

} // namespace

QString EnrolmentService::normaliseCode(const QString &code)
{
    QString result;
    for (QChar c : code) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        result.append(c.toUpper());
    }
    return result;
}

QString EnrolmentService::sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> EnrolmentService::insertCode(const QString &countyCode, const QString &role,
                                             const QString &scopeCode)
{
    QSqlQuery query(m_db);
    // A collision (1 in 31^8 per code) is retried; the caller's transaction keeps check and insert together.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString code = newCode();
        const QString hash = sha256Hex(normaliseCode(code));
        query.prepare(QStringLiteral("SELECT 1 FROM enrolment_codes WHERE code_hash = ?")); // every county
        query.addBindValue(hash);
        if (!query.exec())
            return storageError(QStringLiteral("读取登记码"), query.lastError().text());
        if (query.next())
            continue;
        query.prepare(QStringLiteral("INSERT INTO enrolment_codes (county_code, code_hash, role, scope_code,"
                                     " created_at) VALUES (?, ?, ?, ?, ?)"));
        for (const QString &value :
             {countyCode.isNull() ? QStringLiteral("") : countyCode, hash, role, scopeCode, now()})
            query.addBindValue(value);
        if (!query.exec())
            return storageError(QStringLiteral("写入登记码"), query.lastError().text());
        return code;
    }
    return makeError("server.storage", QStringLiteral("生成登记码失败，请重试。"));
}

Result<QString> EnrolmentService::issueCode(const QString &role, const QString &scopeCode)
{
    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto scope = describe({}, role, scopeCode);
    if (!scope)
        return scope.error();
    auto code = insertCode(scope->countyCode, role, scope->code); // for the county: its code
    if (!code)
        return code;
    if (Status status =
            AuditLog(m_db).write(scope->countyCode, QStringLiteral("cli"), QStringLiteral("issue_code"),
                                 QStringLiteral("%1:%2").arg(role, scope->code));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return code;
}

Result<protocol::Scope> EnrolmentService::describe(const QString &countyCode, const QString &role,
                                                   const QString &scopeCode) const
{
    if (role == QLatin1String("admin")) {
        // National: no county. The name is what the device shows.
        protocol::Scope scope;
        scope.role = role;
        scope.code = QStringLiteral("admin");
        scope.name = QStringLiteral("系统管理员（全部县）");
        return scope;
    }
    const CountyDirectory directory(m_db, countyCode);
    auto county = directory.county();
    if (!county)
        return county.error();
    if (!county.value())
        return makeError("scope.unknown",
                         QStringLiteral("数据库中还没有县的数据。请先用 init-demo 建立演示县，"
                                        "或导入本县的学校名单。"));
    protocol::Scope scope;
    scope.role = role;
    scope.countyCode = county.value()->code;
    scope.countyName = county.value()->name;
    if (role == QLatin1String("county")) {
        scope.code = scope.countyCode;
        scope.name = scope.countyName;
        return scope;
    }
    QString townCode = scopeCode;
    if (role == QLatin1String("school")) {
        auto school = directory.school(scopeCode);
        if (!school)
            return school.error();
        if (!school.value())
            return makeError("scope.unknown",
                             QStringLiteral("没有学校代码为 %1 的学校。可用 list-schools 查看"
                                            "本县全部学校及其代码。")
                                 .arg(scopeCode));
        scope.code = school.value()->code;
        scope.name = school.value()->name;
        townCode = school.value()->townCode;
    } else if (role != QLatin1String("town")) {
        return makeError("scope.unknown",
                         QStringLiteral("未知的角色 %1（应为 school、town 或 county）。").arg(role));
    }
    auto town = directory.town(townCode);
    if (!town)
        return town.error();
    if (!town.value())
        return makeError("scope.unknown",
                         QStringLiteral("没有代码为 %1 的乡镇（街道）。可用 list-schools 查看"
                                        "本县全部乡镇及其代码。")
                             .arg(townCode));
    scope.townCode = town.value()->code;
    scope.townName = town.value()->name;
    if (role == QLatin1String("town")) {
        scope.code = scope.townCode;
        scope.name = scope.townName;
    }
    return scope;
}

Result<protocol::EnrolReply> EnrolmentService::enrol(const QString &code, const QString &deviceName)
{
    const QString normalised = normaliseCode(code);
    if (normalised.isEmpty())
        return makeError("request.invalid", QStringLiteral("请求中缺少登记码（字段 code）。"));
    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT role, scope_code, used_at, county_code FROM enrolment_codes WHERE code_hash = ?"));
    query.addBindValue(sha256Hex(normalised));
    if (!query.exec())
        return storageError(QStringLiteral("读取登记码"), query.lastError().text());
    if (!query.next()) {
        return makeError("enrol.code_invalid", QStringLiteral("登记码 %1 不存在。请核对后重新输入，"
                                                              "或向县、镇教育办索取新的登记码。")
                                                   .arg(code.trimmed()));
    }
    const QString role = query.value(0).toString();
    const QString scopeCode = query.value(1).toString();
    const QString countyCode = query.value(3).toString();
    if (!query.value(2).isNull()) {
        return makeError("enrol.code_used", QStringLiteral("登记码 %1 已于 %2 用过，每个登记码只能用一次。"
                                                           "请向县、镇教育办索取新的登记码。")
                                                .arg(code.trimmed(), query.value(2).toString()));
    }
    query.finish();
    auto scope = describe(countyCode, role, scopeCode);
    if (!scope)
        return scope.error();
    auto county = CountyDirectory(m_db, countyCode).county();
    if (!county)
        return county.error();

    protocol::EnrolReply reply;
    reply.token = newToken();
    reply.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reply.scope = scope.value();
    if (county.value()) {
        reply.cycleId = county.value()->cycleId;
        reply.cycleName = county.value()->cycleName;
    }
    const QString enrolledAt = now();
    query.prepare(QStringLiteral("INSERT INTO devices (county_code, id, token_hash, name, role, scope_code,"
                                 " enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString name =
        deviceName.isNull() ? QStringLiteral("") : deviceName; // NOT NULL: a null QString binds NULL
    for (const QString &value :
         {countyCode, reply.deviceId, sha256Hex(reply.token), name, role, scopeCode, enrolledAt})
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("写入设备"), query.lastError().text());
    query.prepare(QStringLiteral("UPDATE enrolment_codes SET used_at = ?, device_id = ?"
                                 " WHERE county_code = ? AND code_hash = ?"));
    query.addBindValue(enrolledAt);
    query.addBindValue(reply.deviceId);
    query.addBindValue(countyCode);
    query.addBindValue(sha256Hex(normalised));
    if (!query.exec())
        return storageError(QStringLiteral("标记登记码已用"), query.lastError().text());
    query.finish();
    const QString actor = QStringLiteral("%1:%2/%3").arg(role, scopeCode, reply.deviceId);
    if (Status status =
            AuditLog(m_db).write(countyCode, actor, QStringLiteral("enrol"), reply.deviceId, name);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return reply;
}

Result<Caller> EnrolmentService::authenticate(const QByteArray &authorization) const
{
    const QByteArray header = authorization.trimmed();
    if (header.isEmpty()) {
        return makeError("auth.required", QStringLiteral("请求缺少身份凭据（Authorization: Bearer 令牌）。"
                                                         "请先用登记码登记本设备。"));
    }
    if (!header.startsWith("Bearer ") || header.mid(7).trimmed().isEmpty()) {
        return makeError("auth.required", QStringLiteral("Authorization 头格式不对，应为“Bearer <令牌>”。"));
    }
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, role, scope_code, county_code, revoked_at FROM devices WHERE token_hash = ?"));
    query.addBindValue(sha256Hex(token));
    if (!query.exec())
        return storageError(QStringLiteral("读取设备"), query.lastError().text());
    if (!query.next()) {
        return makeError("auth.invalid", QStringLiteral("服务器不认识本设备的令牌（可能连到了另一台服务器）。"
                                                        "请用新的登记码重新登记本设备。"));
    }
    if (!query.value(4).isNull()) {
        return makeError("auth.revoked",
                         QStringLiteral("本设备已于 %1 被管理员注销，不能再提交或下载数据。"
                                        "如需继续使用，请向县、镇教育办索取新的登记码重新登记。")
                             .arg(query.value(4).toString()));
    }
    return Caller{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                  query.value(3).toString()};
}

Status EnrolmentService::revokeDevice(const QString &deviceId, const QString &actor)
{
    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT county_code, revoked_at, name FROM devices WHERE id = ?"));
    query.addBindValue(deviceId);
    if (!query.exec())
        return storageError(QStringLiteral("读取设备"), query.lastError().text());
    if (!query.next()) {
        return makeError(
            "device.unknown",
            QStringLiteral("没有编号为 %1 的设备。设备编号见服务器日志（device=…）或登记时的回复。")
                .arg(deviceId));
    }
    const QString countyCode = query.value(0).toString();
    if (!query.value(1).isNull()) {
        return makeError(
            "device.revoked",
            QStringLiteral("设备 %1 已于 %2 注销过了。").arg(deviceId, query.value(1).toString()));
    }
    const QString name = query.value(2).toString();
    query.prepare(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE county_code = ? AND id = ?"));
    query.addBindValue(now());
    query.addBindValue(countyCode);
    query.addBindValue(deviceId);
    if (!query.exec())
        return storageError(QStringLiteral("注销设备"), query.lastError().text());
    query.finish();
    if (Status status =
            AuditLog(m_db).write(countyCode, actor, QStringLiteral("revoke_device"), deviceId, name);
        !status)
        return status;
    return transaction.commit();
}

} // namespace junheng::server
