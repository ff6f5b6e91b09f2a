#include "RecordService.h"

#include "AuditLog.h"
#include "CountyDirectory.h"
#include "SqlTransaction.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace junheng::server {

namespace {

using protocol::Outcome;
using protocol::PushResult;

PushResult finished(PushResult result, Outcome outcome, const QString &code = {}, const QString &message = {})
{
    result.outcome = outcome;
    if (!code.isEmpty())
        result.error = makeError(code, message);
    return result;
}

QString outsideScope(const Caller &caller, const SchoolInfo &school)
{
    return QStringLiteral("本设备只能提交和查看%1的记录，学校 %2（%3）不在其中。")
        .arg(caller.describeScope(), school.code, school.name);
}

constexpr int MaxMessagesShown = 10;

} // namespace

RecordService::RecordService(QSqlDatabase db, FormCatalog catalog)
    : m_db(db), m_catalog(std::move(catalog)), m_store(db), m_reviews(db, m_catalog)
{}

Result<QList<PushResult>> RecordService::push(const Caller &caller, const QJsonObject &body)
{
    if (!body.value("records").isArray())
        return makeError("request.invalid", QStringLiteral("请求中缺少 records 数组。"));
    const QJsonArray array = body.value("records").toArray();
    if (array.size() > protocol::MaxBatchRecords) {
        return makeError("record.batch_too_large", QStringLiteral("一次最多发送 %1 条记录，本次有 %2 条。")
                                                       .arg(protocol::MaxBatchRecords)
                                                       .arg(array.size()));
    }
    QList<protocol::WireRecord> records;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("第 %1 条记录").arg(i + 1);
        if (!array.at(i).isObject())
            return makeError("request.invalid", QStringLiteral("%1不是 JSON 对象。").arg(where));
        auto record = protocol::WireRecord::fromJson(array.at(i).toObject(), where);
        if (!record)
            return record.error();
        records.append(std::move(record).value());
    }

    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    SchoolCache schools;
    ReviewService::Batch reviews;
    QList<PushResult> results;
    for (const protocol::WireRecord &record : records) {
        auto result = pushOne(caller, record, schools, reviews);
        if (!result)
            return result.error();
        results.append(std::move(result).value());
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return results;
}

Result<std::optional<SchoolInfo>> RecordService::school(const Caller &caller, const QString &code,
                                                        SchoolCache &schools) const
{
    if (auto found = schools.constFind(code); found != schools.constEnd())
        return found.value();
    // An admin's device may push for any county's school; everyone else looks only in their own county.
    auto school = CountyDirectory(m_db, caller.countyCode).school(code);
    if (school)
        schools.insert(code, school.value());
    return school;
}

Result<PushResult> RecordService::pushOne(const Caller &caller, const protocol::WireRecord &record,
                                          SchoolCache &schools, ReviewService::Batch &reviews)
{
    PushResult result;
    result.uuid = record.uuid;
    result.revision = record.revision;

    const qsizetype payloadBytes = QJsonDocument(record.payload).toJson(QJsonDocument::Compact).size();
    if (payloadBytes > protocol::MaxPayloadBytes) {
        return finished(result, Outcome::Rejected, "record.too_large",
                        QStringLiteral("记录内容有 %1 KiB，超过了每条 %2 KiB 的上限。")
                            .arg((payloadBytes + 1023) / 1024)
                            .arg(protocol::MaxPayloadBytes / 1024));
    }
    const QString hash = protocol::payloadHash(record.payload);
    if (hash != record.payloadHash) {
        return finished(
            result, Outcome::Rejected, "record.hash_mismatch",
            QStringLiteral("payload_hash 与内容不符（按内容算得 %1，收到 %2）：记录可能在传输中损坏，"
                           "请重新发送。")
                .arg(hash, record.payloadHash));
    }
    auto school = this->school(caller, record.schoolCode, schools);
    if (!school)
        return school.error();
    if (!school.value()) {
        return finished(result, Outcome::Rejected, "scope.forbidden",
                        QStringLiteral("学校代码 %1 不在本县的学校名单中。").arg(record.schoolCode));
    }
    if (!caller.covers(*school.value()))
        return finished(result, Outcome::Rejected, "scope.forbidden", outsideScope(caller, *school.value()));
    const QString county = school.value()->countyCode;
    const FormDefinition *form = m_catalog.find(record.formId);
    if (!form) {
        return finished(result, Outcome::Rejected, "form.unknown",
                        QStringLiteral("服务器没有表单 %1。").arg(record.formId));
    }
    if (form->version != record.formVersion) {
        return finished(
            result, Outcome::Rejected, "form.unknown",
            QStringLiteral("服务器上的表单 %1 是第 %2 版，这条记录用的是第 %3 版。请先更新表单再发送。")
                .arg(record.formId)
                .arg(form->version)
                .arg(record.formVersion));
    }

    auto stored = m_store.revision(county, record.uuid, record.revision);
    if (!stored)
        return stored.error();
    auto current = m_store.current(county, record.uuid);
    if (!current)
        return current.error();
    // A uuid keeps its school and form, so the scope checked above also covers the server's copy.
    if (current.value()) {
        const protocol::WireRecord &server = current.value()->record;
        if (server.schoolCode != record.schoolCode || server.formId != record.formId) {
            return finished(
                result, Outcome::Rejected, "record.invalid",
                QStringLiteral("uuid %1 在服务器上已用于另一所学校或另一张表单（一条记录的学校和表单"
                               "不能改）。请把这份数据作为新记录发送。")
                    .arg(record.uuid));
        }
    }
    if (stored.value()) {
        if (stored.value()->record.payloadHash == hash) {
            result.seq = stored.value()->seq;
            return finished(result, Outcome::Duplicate);
        }
        result.serverRecord = current.value()->record;
        return finished(
            result, Outcome::Conflict, "record.revision_reused",
            QStringLiteral("服务器上已有这条记录的第 %1 版，内容与本次发送的不同。已保留服务器上的版本，"
                           "请核对两者后另存为新版本。")
                .arg(record.revision));
    }
    if (current.value()) {
        const protocol::WireRecord &server = current.value()->record;
        // Revisions past the base that this same device sent are its own history (a reply lost on the
        // way back, then an edit): the change builds on them. Only another device's revision is a conflict.
        auto movedByOthers =
            server.revision > record.baseRevision
                ? m_store.changedByOthers(county, record.uuid, record.baseRevision, caller.deviceId)
                : Result<bool>(false);
        if (!movedByOthers)
            return movedByOthers.error();
        if (movedByOthers.value()) {
            result.serverRecord = server;
            return finished(result, Outcome::Conflict, "record.stale_base",
                            QStringLiteral("服务器上的这条记录已更新到第 %1 版，本次修改基于第 %2 版。"
                                           "请先合并服务器上的修改。")
                                .arg(server.revision)
                                .arg(record.baseRevision));
        }
    }
    if (form->kind == FormKind::Single) {
        auto other = m_store.otherRecord(county, record.schoolCode, record.formId, record.cycle, record.uuid);
        if (!other)
            return other.error();
        if (other.value()) {
            auto otherCurrent = m_store.current(county, *other.value());
            if (!otherCurrent)
                return otherCurrent.error();
            if (otherCurrent.value())
                result.serverRecord = otherCurrent.value()->record;
            return finished(result, Outcome::Conflict, "record.duplicate_single",
                            QStringLiteral("学校 %1 在周期 %2 已有一份“%3”（%4），每校每周期只能有一份。"
                                           "请在已有的那份上修改。")
                                .arg(record.schoolCode, record.cycle, form->title.zh, form->id));
        }
    }
    if (const QString failure = validationFailure(*form, record); !failure.isEmpty())
        return finished(result, Outcome::Rejected, "record.invalid", failure);

    protocol::WireRecord toStore = record;
    toStore.status = QStringLiteral("sent");
    auto seq = m_store.insert(county, toStore, caller.deviceId);
    if (!seq)
        return seq.error();
    if (Status status = AuditLog(m_db).write(
            county, caller.actor(), QStringLiteral("push"),
            QStringLiteral("%1@%2").arg(record.uuid).arg(record.revision),
            QStringLiteral("%1 %2 seq=%3").arg(record.formId, record.schoolCode).arg(seq.value()));
        !status)
        return status.error();
    auto late = m_reviews.noteStored(caller, county, toStore, seq.value(), reviews);
    if (!late)
        return late.error();
    result.late = late.value();
    result.seq = seq.value();
    return finished(result, Outcome::Applied);
}

QString RecordService::validationFailure(const FormDefinition &form, const protocol::WireRecord &record) const
{
    if (record.status != QLatin1String("finalised")) {
        return QStringLiteral("只能发送已完成（finalised）的记录，这条记录的状态是 %1。").arg(record.status);
    }
    // A roster row deleted on a device arrives as a revision {"_deleted": true}: nothing to validate.
    if (record.payload.value(QLatin1String("_deleted")).toBool() && record.payload.size() == 1)
        return {};
    const ValidationReport report = Validator::validate(form, record.payload);
    if (!report.hasHardErrors())
        return {};
    QStringList messages;
    for (const ValidationIssue &issue : report.issues) {
        if (issue.severity == Severity::Hard && messages.size() < MaxMessagesShown)
            messages.append(issue.message);
    }
    QString text = QStringLiteral("“%1”（%2）未通过校验，有 %3 处错误：%4")
                       .arg(form.title.zh, form.id)
                       .arg(report.hardCount())
                       .arg(messages.join(QStringLiteral("；")));
    if (report.hardCount() > MaxMessagesShown)
        text += QStringLiteral("；等");
    return text;
}

Result<protocol::PullReply> RecordService::pull(const Caller &caller, qint64 since, int limit)
{
    auto changes = m_store.changes(caller, since, limit + 1);
    if (!changes)
        return changes.error();
    protocol::PullReply reply;
    reply.changes = std::move(changes).value();
    reply.more = reply.changes.size() > limit;
    if (reply.more)
        reply.changes.resize(limit);
    reply.nextCursor = reply.changes.isEmpty() ? since : reply.changes.last().seq;
    return reply;
}

Result<QList<protocol::WireRecord>> RecordService::list(const Caller &caller, const QString &formId,
                                                        const QString &schoolCode)
{
    if (!formId.isEmpty() && !m_catalog.find(formId)) {
        return makeError(
            "request.invalid",
            QStringLiteral("参数 form 应是表单编号（如 S1），服务器没有表单“%1”。").arg(formId.left(40)));
    }
    if (!schoolCode.isEmpty()) {
        auto school = CountyDirectory(m_db, caller.countyCode).school(schoolCode);
        if (!school)
            return school.error();
        if (!school.value()) {
            return makeError("scope.forbidden",
                             QStringLiteral("学校代码 %1 不在本县的学校名单中。").arg(schoolCode.left(40)));
        }
        if (!caller.covers(*school.value()))
            return makeError("scope.forbidden", outsideScope(caller, *school.value()));
    }
    return m_store.currentRecords(caller, formId, schoolCode);
}

} // namespace junheng::server
