// Conflicts with the server's copy of a record: the base payload kept for three-way merges, automatic
// merges, conflicts waiting for a person, their resolution, and each record's sync history.
#include "LocalStore.h"

#include "PayloadHash.h"
#include "RecordRows.h"
#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace junheng {

namespace {

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

bool addHistory(QSqlQuery &query, const QString &uuid, const QString &kind, const QString &detail)
{
    return execute(query, "INSERT INTO record_history (record_uuid, at, kind, detail) VALUES (?, ?, ?, ?)",
                   {uuid, storedNow(), kind, detail});
}

// Writes `payload` as the next revision of the server's copy `server` (the server's uuid), with the
// server's revision as its base. `local` is the record that was in conflict (same uuid, or the local
// second copy of a single-record form, which is dropped in favour of the server's). In the caller's
// transaction.
Status continueServerCopy(const LocalStore &store, QSqlQuery &query, const LocalRecord &local,
                          const LocalRecord &server, const QJsonObject &payload, RecordStatus status,
                          const QString &kind, const QString &note)
{
    const QString what = QStringLiteral("保存合并结果");
    // S5/S6 payloads are sealed here as everywhere (encryption at rest), under the server copy's uuid.
    auto sealedServer = store.storedPayload(server.uuid, local.formId, server.payload);
    auto sealedMerged = store.storedPayload(server.uuid, local.formId, payload);
    if (!sealedServer)
        return sealedServer.error();
    if (!sealedMerged)
        return sealedMerged.error();
    std::optional<LocalRecord> target = local;
    if (server.uuid != local.uuid) {
        if (!execute(query, "DELETE FROM records WHERE uuid = ?", {local.uuid}))
            return storeError(what, query.lastError());
        target = store.record(server.uuid);
        if (!target) {
            const QString stamp = server.updatedAt.toString(Qt::ISODateWithMs);
            if (!execute(query,
                         "INSERT INTO records (uuid, form_id, form_version, school_code, cycle, status,"
                         " revision, base_revision, server_revision, payload, payload_hash, created_at,"
                         " updated_at) VALUES (?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?, ?, ?, ?)",
                         {server.uuid, local.formId, server.formVersion, local.schoolCode, local.cycle,
                          server.revision, server.baseRevision, server.revision, sealedServer.value(),
                          payloadHash(server.payload), stamp, stamp}))
                return storeError(what, query.lastError());
            target = server;
            target->serverRevision = server.revision;
        }
    }
    const QString hash = payloadHash(payload);
    const QString stamp = storedNow();
    if (hash == payloadHash(server.payload) && status != RecordStatus::Draft) {
        // Nothing of ours is left to send: the record is the server's revision.
        if (!execute(
                query,
                "UPDATE records SET status = 'sent', revision = ?, base_revision = ?, server_revision = ?,"
                " form_version = ?, payload = ?, payload_hash = ?, updated_at = ? WHERE uuid = ?",
                {server.revision, server.baseRevision, server.revision, server.formVersion,
                 sealedMerged.value(), hash, stamp, server.uuid}) ||
            !execute(query, "DELETE FROM outbox WHERE record_uuid = ?", {server.uuid}))
            return storeError(what, query.lastError());
    } else {
        const int revision =
            std::max({server.revision, target->revision, target->serverRevision, local.revision}) + 1;
        if (!execute(query,
                     "UPDATE records SET status = ?, revision = ?, base_revision = ?, server_revision = ?,"
                     " payload = ?, payload_hash = ?, updated_at = ? WHERE uuid = ?",
                     {statusName(status), revision, server.revision, server.revision, sealedMerged.value(),
                      hash, stamp, server.uuid}))
            return storeError(what, query.lastError());
        const bool queued =
            status == RecordStatus::Finalised
                ? execute(query,
                          "INSERT INTO outbox (record_uuid, revision, queued_at) VALUES (?, ?, ?)"
                          " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision,"
                          " queued_at = excluded.queued_at, attempts = 0, quarantined = 0, error = '',"
                          " last_failure = ''",
                          {server.uuid, revision, stamp})
                : execute(query, "DELETE FROM outbox WHERE record_uuid = ?", {server.uuid});
        if (!queued)
            return storeError(what, query.lastError());
    }
    if (!execute(query,
                 "INSERT INTO record_base (record_uuid, revision, payload) VALUES (?, ?, ?)"
                 " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision,"
                 " payload = excluded.payload",
                 {server.uuid, server.revision, sealedServer.value()}) ||
        !execute(query, "DELETE FROM record_conflicts WHERE record_uuid IN (?, ?)",
                 {local.uuid, server.uuid}) ||
        !addHistory(query, server.uuid, kind, note))
        return storeError(what, query.lastError());
    return Ok{};
}

const char *const conflictSelect =
    "SELECT c.record_uuid, r.form_id, r.school_code, r.cycle, c.local_revision, r.payload, c.server_uuid,"
    " c.server_revision, c.server_form_version, c.server_payload, c.server_updated_at, c.base_payload,"
    " c.fields, c.message, c.created_at FROM record_conflicts c JOIN records r ON r.uuid = c.record_uuid ";

RecordConflict readConflict(const LocalStore &store, const QSqlQuery &query)
{
    const QString uuid = query.value(0).toString();
    auto open = [&](int column) {
        return QJsonDocument::fromJson(store.openedPayload(uuid, query.value(column).toByteArray())).object();
    };
    RecordConflict c;
    c.uuid = query.value(0).toString();
    c.formId = query.value(1).toString();
    c.schoolCode = query.value(2).toString();
    c.cycle = query.value(3).toString();
    c.localRevision = query.value(4).toInt();
    c.local = open(5);
    c.serverUuid = query.value(6).toString();
    c.serverRevision = query.value(7).toInt();
    c.serverFormVersion = query.value(8).toInt();
    c.server = open(9);
    c.serverUpdatedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    if (!query.value(11).isNull())
        c.base = open(11);
    for (const QJsonValue &field : QJsonDocument::fromJson(query.value(12).toString().toUtf8()).array())
        c.fields << field.toString();
    c.message = query.value(13).toString();
    c.createdAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODateWithMs);
    return c;
}

LocalRecord serverCopyOf(const RecordConflict &c)
{
    LocalRecord server;
    server.uuid = c.serverUuid;
    server.formId = c.formId;
    server.formVersion = c.serverFormVersion;
    server.schoolCode = c.schoolCode;
    server.cycle = c.cycle;
    server.status = RecordStatus::Sent;
    server.revision = c.serverRevision;
    server.serverRevision = c.serverRevision;
    server.payload = c.server;
    server.payloadHash = payloadHash(c.server);
    server.updatedAt = c.serverUpdatedAt;
    return server;
}

} // namespace

std::optional<BasePayload> LocalStore::basePayload(const QString &uuid) const
{
    // The record's own payload while it holds the revision the server confirmed, else the copy made
    // before the local change replaced it (keepBaseBeforeEditSql).
    QSqlQuery query(db());
    static const QString sql =
        QStringLiteral("SELECT CASE WHEN %1 THEN r.revision ELSE b.revision END,"
                       " CASE WHEN %1 THEN r.payload ELSE b.payload END"
                       " FROM records r LEFT JOIN record_base b ON b.record_uuid = r.uuid WHERE r.uuid = ?")
            .arg(QLatin1String(holdsConfirmedRevision));
    if (!execute(query, sql, {uuid}) ||
        !query.next() || query.value(0).isNull())
        return std::nullopt;
    // A sealed S5/S6 payload (copied as stored) is opened like the record's own.
    return BasePayload{query.value(0).toInt(),
                       parseObject(QString::fromUtf8(openedPayload(uuid, query.value(1).toByteArray())))};
}

Status LocalStore::saveMerged(const LocalRecord &sent, const LocalRecord &server, const QJsonObject &merged,
                              const QString &note)
{
    const auto current = record(sent.uuid);
    if (!current)
        return makeError("store.missing", QStringLiteral("找不到记录 %1，无法保存合并结果。").arg(sent.uuid));
    Transaction transaction(db());
    QSqlQuery query(db());
    // Edited again since it was sent: the merge stays a draft for the person to finalise.
    const RecordStatus status =
        current->status == RecordStatus::Draft ? RecordStatus::Draft : RecordStatus::Finalised;
    if (Status written = continueServerCopy(*this, query, *current, server, merged, status,
                                            QStringLiteral("merged"), note);
        !written)
        return written;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return Ok{};
}

Status LocalStore::saveConflict(const LocalRecord &sent, const LocalRecord &server,
                                const std::optional<QJsonObject> &base, const QStringList &fields,
                                const QString &message)
{
    Transaction transaction(db());
    QSqlQuery query(db());
    const QString stamp = storedNow();
    QJsonArray fieldArray;
    for (const QString &field : fields)
        fieldArray.append(field);
    const QString what = QStringLiteral("记下与服务器的冲突");
    auto sealedServer = storedPayload(sent.uuid, sent.formId, server.payload);
    if (!sealedServer)
        return sealedServer.error();
    std::optional<QString> sealedBase;
    if (base) {
        auto sealed = storedPayload(sent.uuid, sent.formId, *base);
        if (!sealed)
            return sealed.error();
        sealedBase = sealed.value();
    }
    if (!execute(query, "DELETE FROM outbox WHERE record_uuid = ? AND revision = ?",
                 {sent.uuid, sent.revision}) ||
        !execute(query,
                 "INSERT INTO record_conflicts (record_uuid, local_revision, server_uuid, server_revision,"
                 " server_form_version, server_payload, server_updated_at, base_payload, fields, message,"
                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (record_uuid) DO UPDATE SET local_revision = excluded.local_revision,"
                 " server_uuid = excluded.server_uuid, server_revision = excluded.server_revision,"
                 " server_form_version = excluded.server_form_version,"
                 " server_payload = excluded.server_payload, server_updated_at = excluded.server_updated_at,"
                 " base_payload = excluded.base_payload, fields = excluded.fields,"
                 " message = excluded.message, created_at = excluded.created_at",
                 {sent.uuid, sent.revision, server.uuid, server.revision, server.formVersion,
                  sealedServer.value(), server.updatedAt.toString(Qt::ISODateWithMs),
                  sealedBase ? QVariant(*sealedBase) : QVariant(QMetaType::fromType<QString>()),
                  QString::fromUtf8(QJsonDocument(fieldArray).toJson(QJsonDocument::Compact)), message,
                  stamp}) ||
        !addHistory(query, sent.uuid, QStringLiteral("conflict"),
                    QStringLiteral("本机的修改与服务器上的第 %1 版有 %2 处冲突，等待选择。")
                        .arg(server.revision)
                        .arg(fields.size())))
        return storeError(what, query.lastError());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return Ok{};
}

QList<RecordConflict> LocalStore::conflicts() const
{
    QList<RecordConflict> out;
    QSqlQuery query(db());
    const bool ok = execute(query, QLatin1String(conflictSelect) + QStringLiteral("ORDER BY c.created_at"));
    while (ok && query.next())
        out.append(readConflict(*this, query));
    return out;
}

std::optional<RecordConflict> LocalStore::conflict(const QString &uuid) const
{
    QSqlQuery query(db());
    if (execute(query, QLatin1String(conflictSelect) + QStringLiteral("WHERE c.record_uuid = ?"), {uuid}) &&
        query.next())
        return readConflict(*this, query);
    return std::nullopt;
}

Result<LocalRecord> LocalStore::resolveConflict(const QString &uuid, const QJsonObject &chosen, bool finalise,
                                                const QString &note)
{
    const auto found = conflict(uuid);
    const auto current = record(uuid);
    if (!found || !current)
        return makeError("store.missing",
                         QStringLiteral("这条冲突已经处理过了（或记录已删除），没有再保存。请刷新同步页。"));
    const LocalRecord server = serverCopyOf(*found);
    Transaction transaction(db());
    QSqlQuery query(db());
    if (Status written = continueServerCopy(*this, query, *current, server, chosen,
                                            finalise ? RecordStatus::Finalised : RecordStatus::Draft,
                                            QStringLiteral("resolved"), note);
        !written)
        return written.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return *record(server.uuid);
}

QList<RecordHistoryEntry> LocalStore::history(const QString &uuid) const
{
    QList<RecordHistoryEntry> out;
    QSqlQuery query(db());
    const bool ok = execute(
        query, "SELECT at, kind, detail FROM record_history WHERE record_uuid = ? ORDER BY id", {uuid});
    while (ok && query.next())
        out.append(RecordHistoryEntry{QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                                      query.value(1).toString(), query.value(2).toString()});
    return out;
}

QList<OutboxEntry> LocalStore::outboxEntries(int limit) const
{
    QList<OutboxEntry> out;
    QSqlQuery query(db());
    const bool ok = execute(
        query,
        "SELECT o.record_uuid, r.form_id, COALESCE(r.row_name, r.row_key, ''), o.revision, o.queued_at,"
        " o.attempts, o.quarantined, CASE WHEN o.quarantined = 1 THEN o.error ELSE o.last_failure END"
        " FROM outbox o JOIN records r ON r.uuid = o.record_uuid"
        " ORDER BY o.quarantined, o.queued_at, o.record_uuid LIMIT ?",
        {limit});
    while (ok && query.next())
        out.append(OutboxEntry{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt(), QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
            query.value(5).toInt(), query.value(6).toInt() != 0, query.value(7).toString()});
    return out;
}

Status LocalStore::noteSendFailure(const QStringList &uuids, const QString &error)
{
    if (uuids.isEmpty())
        return Ok{};
    Transaction transaction(db());
    QSqlQuery query(db());
    if (!query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_failure = ?,"
                                      " last_failure_at = ? WHERE record_uuid = ? AND quarantined = 0")))
        return storeError(QStringLiteral("记下发送失败"), query.lastError());
    const QString stamp = storedNow();
    for (const QString &uuid : uuids) {
        query.addBindValue(error);
        query.addBindValue(stamp);
        query.addBindValue(uuid);
        if (!query.exec())
            return storeError(QStringLiteral("记下发送失败"), query.lastError());
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT syncStateChanged();
    return Ok{};
}

} // namespace junheng
