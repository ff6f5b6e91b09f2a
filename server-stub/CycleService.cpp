#include "CycleService.h"

#include "AuditLog.h"
#include "EventLog.h"
#include "ServerDatabase.h"
#include "SqlTransaction.h"
#include "ThresholdProfile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace junheng::server {

namespace {

const char *const Columns = "id, name, opens_on, closes_on, state, profile, form_versions";

protocol::Cycle cycleFrom(const QSqlQuery &query)
{
    protocol::Cycle cycle;
    cycle.id = query.value(0).toString();
    cycle.name = query.value(1).toString();
    cycle.opensOn = query.value(2).toString();
    cycle.closesOn = query.value(3).toString();
    cycle.state = query.value(4).toString();
    cycle.profile = query.value(5).toString();
    const QJsonObject versions = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    for (auto it = versions.begin(); it != versions.end(); ++it)
        cycle.formVersions.insert(it.key(), it.value().toInt());
    return cycle;
}

Error invalid(const QString &message)
{
    return makeError("request.invalid", message);
}

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("draft"))
        return QStringLiteral("草稿（未发布）");
    if (state == QLatin1String("open"))
        return QStringLiteral("进行中");
    return QStringLiteral("已结束");
}

} // namespace

Status CycleService::requireCounty(const Caller &caller, const QString &what) const
{
    if (caller.role == QLatin1String("county"))
        return Ok{};
    return makeError(
        "scope.forbidden",
        QStringLiteral("只有县教育局的设备可以%1，本设备是%2的设备。").arg(what, caller.describeScope()));
}

Result<std::optional<protocol::Cycle>> CycleService::find(const QString &county, const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM cycles WHERE county_code = ? AND id = ?").arg(QLatin1String(Columns)));
    query.addBindValue(county);
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QStringLiteral("读取周期"), query.lastError().text());
    if (!query.next())
        return std::optional<protocol::Cycle>();
    return std::optional<protocol::Cycle>(cycleFrom(query));
}

Result<QList<protocol::Cycle>> CycleService::list(const Caller &caller) const
{
    QSqlQuery query(m_db);
    QString where = caller.isAdmin() ? QStringLiteral("1 = 1") : QStringLiteral("county_code = ?");
    if (caller.role != QLatin1String("county") && !caller.isAdmin())
        where += QStringLiteral(" AND state <> 'draft'");
    query.prepare(QStringLiteral("SELECT %1 FROM cycles WHERE %2 ORDER BY created_at DESC, id DESC")
                      .arg(QLatin1String(Columns), where));
    if (!caller.isAdmin())
        query.addBindValue(caller.countyCode);
    if (!query.exec())
        return storageError(QStringLiteral("读取周期列表"), query.lastError().text());
    QList<protocol::Cycle> list;
    while (query.next())
        list.append(cycleFrom(query));
    return list;
}

Result<protocol::Cycle> CycleService::create(const Caller &caller, const QJsonObject &body)
{
    if (Status allowed = requireCounty(caller, QStringLiteral("新建评估周期")); !allowed)
        return allowed.error();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    protocol::Cycle cycle;
    cycle.id = body.value("id").toString();
    if (!idPattern.match(cycle.id).hasMatch())
        return invalid(QStringLiteral("周期编号（id）应是 1–32 个字母、数字、- 或 _，如 2026，收到的是“%1”。")
                           .arg(cycle.id.left(40)));
    cycle.name = body.value("name").toString().trimmed();
    if (cycle.name.isEmpty() || cycle.name.size() > 100)
        return invalid(QStringLiteral("周期名称（name）不能为空，最多 100 个字，如“2026年度优质均衡监测”。"));
    cycle.opensOn = body.value("opens_on").toString();
    cycle.closesOn = body.value("closes_on").toString();
    for (const auto &[key, value] :
         {std::pair{"opens_on", cycle.opensOn}, std::pair{"closes_on", cycle.closesOn}}) {
        if (!protocol::isDate(value))
            return invalid(QStringLiteral("%1 应是日期，格式为 YYYY-MM-DD（如 2026-03-31），收到的是“%2”。")
                               .arg(QLatin1String(key), value.left(40)));
    }
    if (cycle.closesOn < cycle.opensOn)
        return invalid(QStringLiteral("截止日期 %1 早于开始日期 %2。").arg(cycle.closesOn, cycle.opensOn));
    cycle.profile = body.value("profile").toString(QStringLiteral("national"));
    const QHash<QString, QString> profiles = ThresholdProfile::available();
    if (!profiles.contains(cycle.profile)) {
        QStringList ids = profiles.keys();
        ids.sort();
        return invalid(QStringLiteral("没有评估阈值档案“%1”，可用的有：%2。")
                           .arg(cycle.profile.left(40), ids.join("、")));
    }
    const QJsonValue versions = body.value("form_versions");
    if (!versions.isUndefined() && !versions.isObject())
        return invalid(QStringLiteral("form_versions 应是对象，如 {\"S1\": 1}。"));
    if (versions.isObject()) {
        const QJsonObject object = versions.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const FormDefinition *form = m_catalog.find(it.key());
            if (!form)
                return invalid(QStringLiteral("服务器没有表单 %1。").arg(it.key().left(20)));
            if (it.value().toInt() != form->version)
                return invalid(QStringLiteral("服务器上的表单 %1 是第 %2 版，不能用第 %3 版。")
                                   .arg(form->id)
                                   .arg(form->version)
                                   .arg(it.value().toInt()));
            cycle.formVersions.insert(form->id, form->version);
        }
    } else {
        for (const FormDefinition &form : m_catalog.forms())
            cycle.formVersions.insert(form.id, form.version);
    }
    if (cycle.formVersions.isEmpty())
        return invalid(QStringLiteral("周期至少要有一张表单。"));
    cycle.state = QStringLiteral("draft");

    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto existing = find(caller.countyCode, cycle.id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(
            "cycle.exists",
            QStringLiteral("周期 %1（%2）已经有了，请换一个编号。").arg(cycle.id, existing.value()->name));
    QJsonObject versionsJson;
    for (auto it = cycle.formVersions.constBegin(); it != cycle.formVersions.constEnd(); ++it)
        versionsJson.insert(it.key(), it.value());
    const QString now = protocol::isoTime(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO cycles (county_code, id, name, opens_on, closes_on, state, profile,"
                       " form_versions, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : QVariantList{
             caller.countyCode, cycle.id, cycle.name, cycle.opensOn, cycle.closesOn, cycle.state,
             cycle.profile, QString::fromUtf8(QJsonDocument(versionsJson).toJson(QJsonDocument::Compact)),
             now, now})
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("写入周期"), query.lastError().text());
    if (Status status = AuditLog(m_db).write(caller.countyCode, caller.actor(),
                                             QStringLiteral("cycle.create"), cycle.id, cycle.name);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return cycle;
}

Result<protocol::Cycle> CycleService::change(const Caller &caller, const QString &id, const QString &action,
                                             const QJsonObject &body)
{
    const bool publish = action == QLatin1String("publish");
    if (Status allowed =
            requireCounty(caller, publish ? QStringLiteral("发布评估周期") : QStringLiteral("结束评估周期"));
        !allowed)
        return allowed.error();
    const QJsonValue person = body.value("person");
    if (!person.isUndefined() && (!person.isString() || person.toString().size() > 50))
        return invalid(QStringLiteral("person 应是操作人的姓名（文字，最多 50 个字）。"));

    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto found = find(caller.countyCode, id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError("cycle.unknown", QStringLiteral("本县没有编号为“%1”的周期。").arg(id.left(40)));
    protocol::Cycle cycle = *found.value();
    const QString target = publish ? QStringLiteral("open") : QStringLiteral("closed");
    if (cycle.state == target)
        return cycle; // publishing or closing twice changes nothing
    if (publish && cycle.state != QLatin1String("draft"))
        return makeError("cycle.state", QStringLiteral("周期 %1 已结束，不能再发布。").arg(cycle.id));
    if (!publish && cycle.state != QLatin1String("open"))
        return makeError(
            "cycle.state",
            QStringLiteral("周期 %1 还是%2，要先发布才能结束。").arg(cycle.id, stateLabel(cycle.state)));
    cycle.state = target;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE cycles SET state = ?, updated_at = ? WHERE county_code = ? AND id = ?"));
    for (const QVariant &value :
         QVariantList{cycle.state, protocol::isoTime(now), caller.countyCode, cycle.id})
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("更新周期"), query.lastError().text());
    if (publish) {
        // New devices enrol into the newest published cycle.
        query.prepare(QStringLiteral("UPDATE county SET cycle_id = ?, cycle_name = ? WHERE county_code = ?"));
        for (const QVariant &value : QVariantList{cycle.id, cycle.name, caller.countyCode})
            query.addBindValue(value);
        if (!query.exec())
            return storageError(QStringLiteral("更新县的当前周期"), query.lastError().text());
    }
    EventLog log(m_db);
    auto actor = log.actor(caller, person.toString().trimmed());
    if (!actor)
        return actor.error();
    protocol::ReviewEvent event;
    event.kind = QStringLiteral("cycle");
    event.at = now;
    event.by = actor.value();
    event.cycle = cycle;
    if (publish) {
        for (auto it = cycle.formVersions.constBegin(); it != cycle.formVersions.constEnd(); ++it)
            event.cycle.forms.insert(it.key(), QJsonDocument::fromJson(m_catalog.source(it.key())).object());
    }
    if (auto seq = log.append(caller.countyCode, event); !seq)
        return seq.error();
    if (Status status = AuditLog(m_db).write(caller.countyCode, caller.actor(),
                                             QStringLiteral("cycle.") + action, cycle.id, cycle.name);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return cycle;
}

} // namespace junheng::server
