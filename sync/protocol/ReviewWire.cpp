#include "ReviewWire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace junheng::protocol {

namespace {

Error invalid(const QString &what)
{
    return makeError("request.invalid", what);
}

QString isoTimeOf(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

bool isDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

QDateTime Cycle::deadline() const
{
    const QDate date = QDate::fromString(closesOn, Qt::ISODate);
    if (!date.isValid())
        return {};
    // 24:00 in Beijing is 16:00 UTC of the same day.
    return QDateTime(date, QTime(16, 0), Qt::UTC);
}

bool Cycle::isLate(const QDateTime &receivedUtc) const
{
    const QDateTime end = deadline();
    return end.isValid() && receivedUtc >= end;
}

QJsonObject Cycle::toJson() const
{
    QJsonObject versions;
    for (auto it = formVersions.constBegin(); it != formVersions.constEnd(); ++it)
        versions.insert(it.key(), it.value());
    QJsonObject object{
        {"id", id},       {"name", name},       {"opens_on", opensOn},      {"closes_on", closesOn},
        {"state", state}, {"profile", profile}, {"form_versions", versions}};
    if (!forms.isEmpty())
        object.insert("forms", forms);
    return object;
}

Result<Cycle> Cycle::fromJson(const QJsonObject &object)
{
    Cycle cycle;
    for (const char *key : {"id", "name", "state"}) {
        if (!object.value(QLatin1String(key)).isString() ||
            object.value(QLatin1String(key)).toString().isEmpty())
            return invalid(QStringLiteral("周期缺少字段 %1。").arg(QLatin1String(key)));
    }
    cycle.id = object.value("id").toString();
    cycle.name = object.value("name").toString();
    cycle.state = object.value("state").toString();
    cycle.opensOn = object.value("opens_on").toString();
    cycle.closesOn = object.value("closes_on").toString();
    cycle.profile = object.value("profile").toString();
    const QJsonObject versions = object.value("form_versions").toObject();
    for (auto it = versions.begin(); it != versions.end(); ++it)
        cycle.formVersions.insert(it.key(), it.value().toInt());
    cycle.forms = object.value("forms").toObject();
    return cycle;
}

QJsonObject ReviewComment::toJson() const
{
    return QJsonObject{{"record_uuid", recordUuid}, {"field", field}, {"text", text}};
}

ReviewComment ReviewComment::fromJson(const QJsonObject &object)
{
    return ReviewComment{object.value("record_uuid").toString(), object.value("field").toString(),
                         object.value("text").toString()};
}

QJsonObject Actor::toJson() const
{
    return QJsonObject{{"device", device}, {"name", name}, {"role", role}, {"scope", scope}};
}

Actor Actor::fromJson(const QJsonObject &object)
{
    return Actor{object.value("device").toString(), object.value("name").toString(),
                 object.value("role").toString(), object.value("scope").toString()};
}

QJsonObject ReviewEvent::toJson() const
{
    QJsonObject object{{"seq", seq}, {"kind", kind}, {"at", isoTimeOf(at)}, {"by", by.toJson()}};
    if (kind == QLatin1String("cycle")) {
        object.insert("cycle", cycle.toJson());
        return object;
    }
    QJsonArray list;
    for (const ReviewComment &comment : comments)
        list.append(comment.toJson());
    object.insert("cycle_id", cycleId);
    object.insert("school_code", schoolCode);
    object.insert("form_id", formId);
    object.insert("state", state);
    object.insert("late", late);
    object.insert("comments", list);
    return object;
}

Result<ReviewEvent> ReviewEvent::fromJson(const QJsonObject &object)
{
    ReviewEvent event;
    if (!object.value("seq").isDouble() || !object.value("kind").isString())
        return invalid(QStringLiteral("事件缺少 seq 或 kind。"));
    event.seq = qint64(object.value("seq").toDouble());
    event.kind = object.value("kind").toString();
    event.at = QDateTime::fromString(object.value("at").toString(), Qt::ISODate).toUTC();
    event.by = Actor::fromJson(object.value("by").toObject());
    if (event.kind == QLatin1String("cycle")) {
        auto cycle = Cycle::fromJson(object.value("cycle").toObject());
        if (!cycle)
            return cycle.error();
        event.cycle = std::move(cycle).value();
        return event;
    }
    if (event.kind != QLatin1String("review"))
        return invalid(QStringLiteral("不认识的事件类型“%1”。").arg(event.kind.left(20)));
    event.cycleId = object.value("cycle_id").toString();
    event.schoolCode = object.value("school_code").toString();
    event.formId = object.value("form_id").toString();
    event.state = object.value("state").toString();
    event.late = object.value("late").toBool();
    if (event.cycleId.isEmpty() || event.schoolCode.isEmpty() || event.formId.isEmpty() ||
        event.state.isEmpty())
        return invalid(QStringLiteral("审核事件 %1 缺少周期、学校、表单或状态。").arg(event.seq));
    for (const QJsonValue &comment : object.value("comments").toArray())
        event.comments.append(ReviewComment::fromJson(comment.toObject()));
    return event;
}

QJsonObject EventsReply::toJson() const
{
    QJsonArray list;
    for (const ReviewEvent &event : events)
        list.append(event.toJson());
    return QJsonObject{{"events", list}, {"next_cursor", nextCursor}, {"more", more}};
}

Result<EventsReply> EventsReply::fromJson(const QJsonObject &object)
{
    if (!object.value("events").isArray() || !object.value("next_cursor").isDouble() ||
        !object.value("more").isBool())
        return makeError("sync.bad_reply",
                         QStringLiteral("服务器的事件回复格式不对。数据都保存在本机，稍后会再试。"));
    EventsReply reply;
    for (const QJsonValue &value : object.value("events").toArray()) {
        auto event = ReviewEvent::fromJson(value.toObject());
        if (!event)
            return makeError("sync.bad_reply", event.error().message);
        reply.events.append(std::move(event).value());
    }
    reply.nextCursor = qint64(object.value("next_cursor").toDouble());
    reply.more = object.value("more").toBool();
    return reply;
}

QJsonObject SchoolEntry::toJson() const
{
    return QJsonObject{{"code", code},          {"name", name}, {"town_code", townCode},
                       {"town_name", townName}, {"type", type}, {"students", students}};
}

SchoolEntry SchoolEntry::fromJson(const QJsonObject &object)
{
    return SchoolEntry{object.value("code").toString(),      object.value("name").toString(),
                       object.value("town_code").toString(), object.value("town_name").toString(),
                       object.value("type").toString(),      object.value("students").toInt()};
}

QString submissionStateLabel(const QString &state)
{
    if (state == QLatin1String("submitted"))
        return QCoreApplication::translate("Review", "已提交");
    if (state == QLatin1String("returned"))
        return QCoreApplication::translate("Review", "已退回");
    if (state == QLatin1String("approved"))
        return QCoreApplication::translate("Review", "已通过");
    if (state == QLatin1String("draft"))
        return QCoreApplication::translate("Review", "填报中");
    return QCoreApplication::translate("Review", "未开始");
}

} // namespace junheng::protocol
