#include "RecordService.h"

#include "FormRole.h"
#include "PayloadHash.h"
#include "PayloadSpans.h"

#include "AuditLog.h"
#include "CountyDirectory.h"
#include "SqlTransaction.h"
#include "Validator.h"

#include <algorithm>

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

// The Chinese reason a finalised payload may not be stored, or an empty string.
QString validationFailure(const FormDefinition &form, const protocol::WireRecord &record)
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

} // namespace

RecordService::RecordService(QSqlDatabase db, FormCatalog catalog)
    : m_db(db), m_catalog(std::move(catalog)), m_store(db), m_reviews(db, m_catalog)
{}

Result<QList<PushResult>> RecordService::push(const Caller &caller, const QJsonObject &body,
                                              const QByteArray &text)
{
    auto read = RecordService::read(m_catalog, body, text);
    if (!read)
        return read.error();
    return store(caller, read.value());
}

Result<RecordService::ReadPush> RecordService::read(const FormCatalog &catalog, const QJsonObject &body,
                                                    const QByteArray &text)
{
    if (!body.value("records").isArray())
        return makeError("request.invalid", QStringLiteral("请求中缺少 records 数组。"));
    const QJsonArray array = body.value("records").toArray();
    if (array.size() > protocol::MaxBatchRecords) {
        return makeError("record.batch_too_large", QStringLiteral("一次最多发送 %1 条记录，本次有 %2 条。")
                                                       .arg(protocol::MaxBatchRecords)
                                                       .arg(array.size()));
    }
    ReadPush push;
    push.records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        // The record's place is named only in a message: read once more with it (formatting it for every
        // record showed in a push's profile).
        const QString where = QStringLiteral("第 %1 条记录");
        if (!array.at(i).isObject())
            return makeError("request.invalid", QStringLiteral("%1不是 JSON 对象。").arg(where.arg(i + 1)));
        const QJsonObject object = array.at(i).toObject();
        auto record = protocol::WireRecord::fromJson(object, QString());
        if (!record)
            return protocol::WireRecord::fromJson(object, where.arg(i + 1)).error();
        push.records.append(std::move(record).value());
    }
    // Each payload's text, once: its size, its hash and the stored text are all of it. The bytes sent, when
    // they are what the hash was made of (a device sends its stored canonical text); else the canonical
    // form serialised here, as every device hashes it.
    QList<QByteArrayView> sent = text.isEmpty() ? QList<QByteArrayView>() : payloadSpans(text);
    if (sent.size() != push.records.size())
        sent.clear();
    push.payloads.resize(push.records.size());
    for (qsizetype i = 0; i < push.records.size(); ++i) {
        const protocol::WireRecord &record = push.records.at(i);
        PayloadCheck &payload = push.payloads[i];
        const QByteArrayView bytes = sent.value(i);
        if (!bytes.isEmpty() && (payload.hash = sha256Hex(bytes)) == record.payloadHash) {
            payload.canonical = bytes.toByteArray();
        } else {
            payload.canonical = QJsonDocument(record.payload).toJson(QJsonDocument::Compact);
            payload.hash = sha256Hex(payload.canonical);
        }
        const FormDefinition *form = catalog.find(record.formId);
        if (form && form->version == record.formVersion && payload.hash == record.payloadHash &&
            payload.canonical.size() <= protocol::MaxPayloadBytes)
            payload.invalid = validationFailure(*form, record);
    }
    return push;
}

Result<QList<PushResult>> RecordService::store(const Caller &caller, const ReadPush &push)
{
    // The checks that need no lock (size, hash, school and scope, form, validation) come first, outside
    // the transaction; then the lookups of the whole batch, the outcomes in order, and the inserts.
    const QList<protocol::WireRecord> &records = push.records;
    QList<PushResult> results(records.size());
    QList<Candidate> candidates;
    SchoolCache schools;
    for (qsizetype i = 0; i < records.size(); ++i) {
        results[i].uuid = records.at(i).uuid;
        results[i].revision = records.at(i).revision;
        auto candidate = check(caller, records.at(i), push.payloads.at(i), schools, results[i]);
        if (!candidate)
            return candidate.error();
        if (candidate.value()) {
            candidate.value()->index = i;
            candidates.append(std::move(*candidate.value()));
        }
    }

    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    if (Status status = decide(caller, records, candidates, results); !status)
        return status.error();
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

Result<std::optional<RecordService::Candidate>> RecordService::check(const Caller &caller,
                                                                     const protocol::WireRecord &record,
                                                                     const PayloadCheck &payload,
                                                                     SchoolCache &schools, PushResult &result)
{
    auto none = [&](Outcome outcome, const QString &code, const QString &message) {
        result = finished(result, outcome, code, message);
        return std::optional<Candidate>();
    };
    Candidate candidate;
    candidate.canonical = payload.canonical;
    const QString &hash = payload.hash;
    const qsizetype payloadBytes = candidate.canonical.size();
    if (payloadBytes > protocol::MaxPayloadBytes) {
        return none(Outcome::Rejected, "record.too_large",
                    QStringLiteral("记录内容有 %1 KiB，超过了每条 %2 KiB 的上限。")
                        .arg((payloadBytes + 1023) / 1024)
                        .arg(protocol::MaxPayloadBytes / 1024));
    }
    if (hash != record.payloadHash) {
        return none(Outcome::Rejected, "record.hash_mismatch",
                    QStringLiteral("payload_hash 与内容不符（按内容算得 %1，收到 %2）：记录可能在传输中损坏，"
                                   "请重新发送。")
                        .arg(hash, record.payloadHash));
    }
    auto school = this->school(caller, record.schoolCode, schools);
    if (!school)
        return school.error();
    const bool countyOwn = !school.value() && FormRole::isCountyOwn(caller, record.schoolCode);
    if (!school.value() && !countyOwn) {
        return none(Outcome::Rejected, "scope.forbidden",
                    QStringLiteral("学校代码 %1 不在本县的学校名单中。").arg(record.schoolCode));
    }
    if (!countyOwn && !caller.covers(*school.value()))
        return none(Outcome::Rejected, "scope.forbidden", outsideScope(caller, *school.value()));
    candidate.county = countyOwn ? caller.countyCode : school.value()->countyCode;
    candidate.form = m_catalog.find(record.formId);
    if (!candidate.form) {
        return none(Outcome::Rejected, "form.unknown",
                    QStringLiteral("服务器没有表单 %1。").arg(record.formId));
    }
    if (candidate.form->version != record.formVersion) {
        return none(
            Outcome::Rejected, "form.unknown",
            QStringLiteral("服务器上的表单 %1 是第 %2 版，这条记录用的是第 %3 版。请先更新表单再发送。")
                .arg(record.formId)
                .arg(candidate.form->version)
                .arg(record.formVersion));
    }
    if (const auto refused = FormRole::refusal(caller, *candidate.form, record.schoolCode))
        return none(Outcome::Rejected, "scope.forbidden", *refused);
    // Judged when the push was read, outside the write lock, but reported only if nothing else (a
    // duplicate, a conflict) comes first, as the outcomes are ordered in docs/protocol.md.
    candidate.invalid = payload.invalid;
    return std::optional<Candidate>(std::move(candidate));
}

Status RecordService::decide(const Caller &caller, const QList<protocol::WireRecord> &records,
                             const QList<Candidate> &candidates, QList<PushResult> &results)
{
    ReviewService::Batch reviews; // cycles looked up once per batch, submissions marked once
    // What the database holds of every uuid in the batch, by "county/uuid", in one query per county
    // (per few hundred uuids); revisions applied earlier in this batch are added as they are decided.
    struct Known
    {
        RecordStore::StoredRevision stored;
        qsizetype pending = -1; // index in `inserts` while not yet stored
    };
    QHash<QString, QList<Known>> known;
    {
        QHash<QString, QStringList> uuidsByCounty;
        for (const Candidate &candidate : candidates)
            uuidsByCounty[candidate.county].append(records.at(candidate.index).uuid);
        for (auto it = uuidsByCounty.constBegin(); it != uuidsByCounty.constEnd(); ++it) {
            auto found = m_store.revisionsOf(it.key(), it.value());
            if (!found)
                return found.error();
            for (auto f = found->constBegin(); f != found->constEnd(); ++f) {
                QList<Known> &list = known[it.key() + QLatin1Char('/') + f.key()];
                for (const RecordStore::StoredRevision &stored : f.value())
                    list.append({stored, -1});
            }
        }
    }
    QList<RecordStore::NewRevision> inserts;
    QList<qsizetype> insertedResult;                            // the result index of each insert
    QList<std::pair<qsizetype, qsizetype>> duplicatesOfPending; // (result index, insert index)
    QHash<QString, qsizetype> singlesInBatch;                   // "county/school/form/cycle" -> insert index

    // The server's copy of a record for a conflict: applied earlier in this batch, or from the database.
    auto serverCopy = [&](const QString &county, const QString &uuid,
                          const Known *current) -> Result<std::optional<protocol::WireRecord>> {
        if (current && current->pending >= 0)
            return std::optional<protocol::WireRecord>(inserts.at(current->pending).record);
        auto stored = m_store.current(county, uuid);
        if (!stored)
            return stored.error();
        if (!stored.value())
            return std::optional<protocol::WireRecord>();
        return std::optional<protocol::WireRecord>(stored.value()->record);
    };

    for (const Candidate &candidate : candidates) {
        const protocol::WireRecord &record = records.at(candidate.index);
        PushResult &result = results[candidate.index];
        const QString &county = candidate.county;
        QList<Known> &revisions = known[county + QLatin1Char('/') + record.uuid];
        const Known *current = nullptr;
        const Known *same = nullptr;
        for (const Known &k : revisions) {
            if (!current || k.stored.revision > current->stored.revision)
                current = &k;
            if (k.stored.revision == record.revision)
                same = &k;
        }
        // A uuid keeps its school and form, so the scope checked before also covers the server's copy.
        if (current &&
            (current->stored.schoolCode != record.schoolCode || current->stored.formId != record.formId)) {
            result =
                finished(result, Outcome::Rejected, "record.invalid",
                         QStringLiteral("uuid %1 在服务器上已用于另一所学校或另一张表单（一条记录的学校和"
                                        "表单不能改）。请把这份数据作为新记录发送。")
                             .arg(record.uuid));
            continue;
        }
        if (same) {
            if (same->stored.payloadHash == record.payloadHash) {
                result.seq = same->stored.seq;
                if (same->pending >= 0)
                    duplicatesOfPending.append({candidate.index, same->pending});
                result = finished(result, Outcome::Duplicate);
                continue;
            }
            auto copy = serverCopy(county, record.uuid, current);
            if (!copy)
                return copy.error();
            result.serverRecord = copy.value();
            result = finished(
                result, Outcome::Conflict, "record.revision_reused",
                QStringLiteral("服务器上已有这条记录的第 %1 版，内容与本次发送的不同。已保留服务器上的版本，"
                               "请核对两者后另存为新版本。")
                    .arg(record.revision));
            continue;
        }
        if (current && current->stored.revision > record.baseRevision) {
            // Revisions past the base that this same device sent are its own history (a reply lost on the
            // way back, then an edit): the change builds on them. Only another device's revision conflicts.
            const bool movedByOthers = std::any_of(revisions.cbegin(), revisions.cend(), [&](const Known &k) {
                return k.stored.revision > record.baseRevision && k.stored.deviceId != caller.deviceId;
            });
            if (movedByOthers) {
                auto copy = serverCopy(county, record.uuid, current);
                if (!copy)
                    return copy.error();
                result.serverRecord = copy.value();
                result = finished(result, Outcome::Conflict, "record.stale_base",
                                  QStringLiteral("服务器上的这条记录已更新到第 %1 版，本次修改基于第 %2 版。"
                                                 "请先合并服务器上的修改。")
                                      .arg(current->stored.revision)
                                      .arg(record.baseRevision));
                continue;
            }
        }
        const QString singleKey =
            QStringList{county, record.schoolCode, record.formId, record.cycle}.join('/');
        if (candidate.form->kind == FormKind::Single) {
            std::optional<protocol::WireRecord> other;
            if (auto inBatch = singlesInBatch.constFind(singleKey);
                inBatch != singlesInBatch.constEnd() &&
                inserts.at(inBatch.value()).record.uuid != record.uuid) {
                other = inserts.at(inBatch.value()).record;
            } else {
                auto otherUuid =
                    m_store.otherRecord(county, record.schoolCode, record.formId, record.cycle, record.uuid);
                if (!otherUuid)
                    return otherUuid.error();
                if (otherUuid.value()) {
                    auto copy = serverCopy(county, *otherUuid.value(), nullptr);
                    if (!copy)
                        return copy.error();
                    other = copy.value() ? copy.value()
                                         : std::optional<protocol::WireRecord>(protocol::WireRecord{});
                }
            }
            if (other) {
                if (!other->uuid.isEmpty())
                    result.serverRecord = other;
                result = finished(
                    result, Outcome::Conflict, "record.duplicate_single",
                    QStringLiteral("学校 %1 在周期 %2 已有一份“%3”（%4），每校每周期只能有一份。"
                                   "请在已有的那份上修改。")
                        .arg(record.schoolCode, record.cycle, candidate.form->title.zh, candidate.form->id));
                continue;
            }
        }
        if (!candidate.invalid.isEmpty()) {
            result = finished(result, Outcome::Rejected, "record.invalid", candidate.invalid);
            continue;
        }
        protocol::WireRecord toStore = record;
        toStore.status = QStringLiteral("sent");
        const qsizetype pending = inserts.size();
        inserts.append({county, std::move(toStore), candidate.canonical, caller.deviceId});
        insertedResult.append(candidate.index);
        revisions.append(
            {{record.revision, 0, record.payloadHash, caller.deviceId, record.schoolCode, record.formId},
             pending});
        if (candidate.form->kind == FormKind::Single && !singlesInBatch.contains(singleKey))
            singlesInBatch.insert(singleKey, pending);
    }

    auto seqs = m_store.insertMany(inserts);
    if (!seqs)
        return seqs.error();
    QList<AuditLog::Entry> audit;
    audit.reserve(inserts.size());
    const QString actor = caller.actor();
    for (qsizetype i = 0; i < inserts.size(); ++i) {
        const protocol::WireRecord &record = inserts.at(i).record;
        PushResult &result = results[insertedResult.at(i)];
        result.seq = seqs->at(i);
        // The submission it starts (review) and whether it came after the cycle's deadline.
        auto late = m_reviews.noteStored(caller, inserts.at(i).county, record, seqs->at(i), reviews);
        if (!late)
            return late.error();
        result.late = late.value();
        result = finished(result, Outcome::Applied);
        audit.append({inserts.at(i).county, actor, QStringLiteral("push"),
                      QStringLiteral("%1@%2").arg(record.uuid).arg(record.revision),
                      QStringLiteral("%1 %2 seq=%3").arg(record.formId, record.schoolCode).arg(seqs->at(i))});
    }
    for (const auto &[resultIndex, insertIndex] : duplicatesOfPending)
        results[resultIndex].seq = seqs->at(insertIndex);
    return AuditLog(m_db).writeMany(audit);
}

Result<protocol::PullReply> RecordService::pull(const Caller &caller, qint64 since, int limit, bool skipOwn)
{
    protocol::PullReply reply;
    if (!skipOwn) {
        auto changes = m_store.changes(caller, since, limit + 1);
        if (!changes)
            return changes.error();
        reply.changes = std::move(changes).value();
        reply.more = reply.changes.size() > limit;
        if (reply.more)
            reply.changes.resize(limit);
        reply.nextCursor = reply.changes.isEmpty() ? since : reply.changes.last().seq;
        return reply;
    }
    // The device's own changes are left out (it has them), and the cursor moves past them: up to the
    // latest seq in scope read first, so a change stored meanwhile is not skipped but sent next time.
    auto latest = m_store.latestSeq(caller);
    if (!latest)
        return latest.error();
    if (latest.value() <= since) {
        reply.nextCursor = since;
        return reply;
    }
    auto changes = m_store.changes(caller, since, limit + 1, latest.value(), caller.deviceId);
    if (!changes)
        return changes.error();
    reply.changes = std::move(changes).value();
    reply.more = reply.changes.size() > limit;
    if (reply.more)
        reply.changes.resize(limit);
    reply.nextCursor = reply.more ? reply.changes.last().seq : latest.value();
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
