#include "Protocol.h"

#include "PayloadHash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace junheng::protocol {

namespace {

Error invalid(const QString &where, const QString &what)
{
    return makeError("request.invalid", QCoreApplication::translate("Protocol", "%1：%2").arg(where, what));
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

QString payloadHash(const QJsonObject &payload)
{
    return junheng::payloadHash(payload);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime parseIsoTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QJsonObject WireRecord::toJson() const
{
    return QJsonObject{
        {"uuid", uuid},
        {"form_id", formId},
        {"form_version", formVersion},
        {"school_code", schoolCode},
        {"cycle", cycle},
        {"status", status},
        {"revision", revision},
        {"base_revision", baseRevision},
        {"payload", payload},
        {"payload_hash", payloadHash},
        {"updated_at", isoTime(updatedAt)},
    };
}

Result<WireRecord> WireRecord::fromJson(const QJsonObject &object, const QString &where)
{
    WireRecord record;
    for (const char *key :
         {"uuid", "form_id", "school_code", "cycle", "status", "payload_hash", "updated_at"}) {
        if (!object.value(QLatin1String(key)).isString() ||
            object.value(QLatin1String(key)).toString().isEmpty())
            return invalid(where, QCoreApplication::translate("Protocol", "缺少字段 %1，或它不是文字。")
                                      .arg(QLatin1String(key)));
    }
    for (const char *key : {"form_version", "revision", "base_revision"}) {
        if (!object.value(QLatin1String(key)).isDouble())
            return invalid(where, QCoreApplication::translate("Protocol", "缺少字段 %1，或它不是数字。")
                                      .arg(QLatin1String(key)));
    }
    if (!object.value("payload").isObject())
        return invalid(where, QCoreApplication::translate("Protocol", "payload 必须是 JSON 对象。"));
    record.uuid = object.value("uuid").toString();
    if (!isUuid(record.uuid))
        return invalid(where,
                       QCoreApplication::translate("Protocol", "uuid“%1”格式不对（应为小写 8-4-4-4-12）。")
                           .arg(record.uuid));
    record.formId = object.value("form_id").toString();
    record.formVersion = object.value("form_version").toInt();
    record.schoolCode = object.value("school_code").toString();
    record.cycle = object.value("cycle").toString();
    record.status = object.value("status").toString();
    record.revision = object.value("revision").toInt();
    record.baseRevision = object.value("base_revision").toInt();
    if (record.revision < 1 || record.baseRevision < 0 || record.baseRevision >= record.revision)
        return invalid(
            where,
            QCoreApplication::translate(
                "Protocol", "revision 须 ≥ 1，base_revision 须 ≥ 0 且小于 revision（现在是 %1 和 %2）。")
                .arg(record.revision)
                .arg(record.baseRevision));
    record.payload = object.value("payload").toObject();
    record.payloadHash = object.value("payload_hash").toString();
    record.updatedAt = parseIsoTime(object.value("updated_at").toString());
    if (!record.updatedAt.isValid())
        return invalid(where, QCoreApplication::translate("Protocol", "updated_at 不是 ISO 8601 时间。"));
    return record;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return "applied";
    case Outcome::Duplicate:
        return "duplicate";
    case Outcome::Conflict:
        return "conflict";
    case Outcome::Rejected:
        return "rejected";
    }
    return "rejected";
}

std::optional<Outcome> parseOutcome(const QString &name)
{
    for (Outcome outcome : {Outcome::Applied, Outcome::Duplicate, Outcome::Conflict, Outcome::Rejected}) {
        if (outcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

QJsonObject PushResult::toJson() const
{
    QJsonObject object{{"uuid", uuid}, {"revision", revision}, {"outcome", outcomeName(outcome)}};
    if (seq > 0)
        object.insert("seq", seq);
    if (outcome == Outcome::Conflict || outcome == Outcome::Rejected)
        object.insert("error", errorBody(error).value("error"));
    if (serverRecord)
        object.insert("server_record", serverRecord->toJson());
    if (late)
        object.insert("late", true);
    return object;
}

Result<PushResult> PushResult::fromJson(const QJsonObject &object)
{
    PushResult result;
    result.uuid = object.value("uuid").toString();
    result.revision = object.value("revision").toInt();
    const auto outcome = parseOutcome(object.value("outcome").toString());
    if (result.uuid.isEmpty() || !outcome)
        return makeError("protocol.reply",
                         QCoreApplication::translate(
                             "Protocol", "服务器的回复格式不对（push 结果缺少 uuid 或 outcome）。"));
    result.outcome = *outcome;
    result.seq = object.value("seq").toInteger();
    result.late = object.value("late").toBool();
    const QJsonObject error = object.value("error").toObject();
    result.error = {error.value("code").toString(), error.value("message").toString()};
    if (object.value("server_record").isObject()) {
        auto record = WireRecord::fromJson(object.value("server_record").toObject(), "server_record");
        if (record)
            result.serverRecord = record.value();
    }
    return result;
}

QJsonObject PullReply::toJson() const
{
    QJsonArray list;
    for (const Change &change : changes)
        list.append(QJsonObject{{"seq", change.seq}, {"record", change.record.toJson()}});
    return QJsonObject{{"changes", list}, {"next_cursor", nextCursor}, {"more", more}};
}

Result<PullReply> PullReply::fromJson(const QJsonObject &object)
{
    if (!object.value("changes").isArray() || !object.value("next_cursor").isDouble())
        return makeError(
            "protocol.reply",
            QCoreApplication::translate("Protocol", "服务器的回复格式不对（缺少 changes 或 next_cursor）。"));
    PullReply reply;
    reply.nextCursor = object.value("next_cursor").toInteger();
    reply.more = object.value("more").toBool();
    const QJsonArray list = object.value("changes").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        auto record =
            WireRecord::fromJson(item.value("record").toObject(),
                                 QCoreApplication::translate("Protocol", "第 %1 条变更").arg(i + 1));
        if (!record)
            return makeError("protocol.reply",
                             QCoreApplication::translate("Protocol", "服务器的回复格式不对：%1")
                                 .arg(record.error().message));
        reply.changes.append({item.value("seq").toInteger(), record.value()});
    }
    return reply;
}

QJsonObject Scope::toJson() const
{
    return QJsonObject{{"role", role},
                       {"code", code},
                       {"name", name},
                       {"town_code", townCode},
                       {"town_name", townName},
                       {"county_code", countyCode},
                       {"county_name", countyName}};
}

Scope Scope::fromJson(const QJsonObject &object)
{
    return Scope{object.value("role").toString(),       object.value("code").toString(),
                 object.value("name").toString(),       object.value("town_code").toString(),
                 object.value("town_name").toString(),  object.value("county_code").toString(),
                 object.value("county_name").toString()};
}

QJsonObject EnrolReply::toJson() const
{
    return QJsonObject{{"token", token},
                       {"device_id", deviceId},
                       {"scope", scope.toJson()},
                       {"cycle", QJsonObject{{"id", cycleId}, {"name", cycleName}}}};
}

Result<EnrolReply> EnrolReply::fromJson(const QJsonObject &object)
{
    EnrolReply reply;
    reply.token = object.value("token").toString();
    reply.deviceId = object.value("device_id").toString();
    reply.scope = Scope::fromJson(object.value("scope").toObject());
    const QJsonObject cycle = object.value("cycle").toObject();
    reply.cycleId = cycle.value("id").toString();
    reply.cycleName = cycle.value("name").toString();
    if (reply.token.isEmpty() || reply.scope.role.isEmpty() || reply.scope.code.isEmpty())
        return makeError(
            "protocol.reply",
            QCoreApplication::translate("Protocol", "服务器的登记回复格式不对（缺少 token 或 scope）。"));
    return reply;
}

QJsonObject errorBody(const Error &error)
{
    return QJsonObject{{"error", QJsonObject{{"code", error.code}, {"message", error.message}}}};
}

std::optional<Error> parseErrorBody(const QJsonObject &object)
{
    const QJsonObject error = object.value("error").toObject();
    if (!error.value("code").isString())
        return std::nullopt;
    return Error{error.value("code").toString(), error.value("message").toString()};
}

} // namespace junheng::protocol
