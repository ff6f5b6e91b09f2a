#include "Protocol.h"

#include "PayloadHash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace junheng::protocol {

namespace {

Error invalid(const QString &where, const QString &what)
{
    return makeError("request.invalid", QCoreApplication::translate("Protocol", "%1：%2").arg(where, what));
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

// Lowercase 8-4-4-4-12, checked by hand: a regular expression per record showed in a push's profile.
bool isUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text.at(i) != QLatin1Char('-') : !isHex(text.at(i)))
            return false;
    }
    return true;
}

// The digits of `text` from `from`, `count` of them, as a number; -1 if any is not a digit.
int digitsAt(const QString &text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

void appendDigits(QString &out, int value, int width)
{
    QChar digits[4];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = QLatin1Char(char('0' + value % 10));
    out.append(digits, width);
}

} // namespace

QString payloadHash(const QJsonObject &payload)
{
    return junheng::payloadHash(payload);
}

QString isoTime(const QDateTime &time)
{
    // "yyyy-MM-ddTHH:mm:ssZ", as Qt::ISODate writes a UTC time, written by hand for the usual years (Qt's
    // formatting showed in a push's profile); anything else as Qt writes it.
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!utc.isValid() || date.year() < 1000 || date.year() > 9999)
        return utc.toString(Qt::ISODate);
    QString out;
    out.reserve(20);
    appendDigits(out, date.year(), 4);
    out.append(QLatin1Char('-'));
    appendDigits(out, date.month(), 2);
    out.append(QLatin1Char('-'));
    appendDigits(out, date.day(), 2);
    out.append(QLatin1Char('T'));
    appendDigits(out, clock.hour(), 2);
    out.append(QLatin1Char(':'));
    appendDigits(out, clock.minute(), 2);
    out.append(QLatin1Char(':'));
    appendDigits(out, clock.second(), 2);
    out.append(QLatin1Char('Z'));
    return out;
}

QDateTime parseIsoTime(const QString &text)
{
    // The form every device and server writes, "yyyy-MM-ddTHH:mm:ssZ", read by hand; any other ISO 8601
    // text (offsets, fractions, 24:00) by Qt.
    if (text.size() == 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') &&
        text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':') &&
        text.at(16) == QLatin1Char(':') && text.at(19) == QLatin1Char('Z')) {
        const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
        const QTime clock(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2));
        if (date.isValid() && clock.isValid())
            return QDateTime(date, clock, Qt::UTC);
    }
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
    // Each key looked up once (twice showed in a push's profile), then the checks in the order their
    // messages are promised.
    enum Key {
        Uuid,
        FormId,
        SchoolCode,
        Cycle,
        Status,
        PayloadHash,
        UpdatedAt,
        FormVersion,
        Revision,
        BaseRevision,
        Payload,
        KeyCount
    };
    static const QLatin1String names[KeyCount] = {
        QLatin1String("uuid"),          QLatin1String("form_id"),      QLatin1String("school_code"),
        QLatin1String("cycle"),         QLatin1String("status"),       QLatin1String("payload_hash"),
        QLatin1String("updated_at"),    QLatin1String("form_version"), QLatin1String("revision"),
        QLatin1String("base_revision"), QLatin1String("payload")};
    QJsonValue values[KeyCount];
    for (int k = 0; k < KeyCount; ++k)
        values[k] = object.value(names[k]);
    for (int k = Uuid; k <= UpdatedAt; ++k) {
        if (!values[k].isString() || values[k].toString().isEmpty())
            return invalid(
                where, QCoreApplication::translate("Protocol", "缺少字段 %1，或它不是文字。").arg(names[k]));
    }
    for (int k = FormVersion; k <= BaseRevision; ++k) {
        if (!values[k].isDouble())
            return invalid(
                where, QCoreApplication::translate("Protocol", "缺少字段 %1，或它不是数字。").arg(names[k]));
    }
    if (!values[Payload].isObject())
        return invalid(where, QCoreApplication::translate("Protocol", "payload 必须是 JSON 对象。"));
    WireRecord record;
    record.uuid = values[Uuid].toString();
    if (!isUuid(record.uuid))
        return invalid(where,
                       QCoreApplication::translate("Protocol", "uuid“%1”格式不对（应为小写 8-4-4-4-12）。")
                           .arg(record.uuid));
    record.formId = values[FormId].toString();
    record.formVersion = values[FormVersion].toInt();
    record.schoolCode = values[SchoolCode].toString();
    record.cycle = values[Cycle].toString();
    record.status = values[Status].toString();
    record.revision = values[Revision].toInt();
    record.baseRevision = values[BaseRevision].toInt();
    if (record.revision < 1 || record.baseRevision < 0 || record.baseRevision >= record.revision)
        return invalid(
            where,
            QCoreApplication::translate(
                "Protocol", "revision 须 ≥ 1，base_revision 须 ≥ 0 且小于 revision（现在是 %1 和 %2）。")
                .arg(record.revision)
                .arg(record.baseRevision));
    record.payload = values[Payload].toObject();
    record.payloadHash = values[PayloadHash].toString();
    record.updatedAt = parseIsoTime(values[UpdatedAt].toString());
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
