// The outbox, pulled changes and sync state of LocalStore (the record editing half is LocalStore.cpp).
#include "LocalStore.h"

#include "PayloadHash.h"
#include "RecordRows.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace junheng {

namespace {

// PRAGMA synchronous = NORMAL while it lives, FULL again after (also on every early return).
class RelaxedSync
{
public:
    explicit RelaxedSync(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    ~RelaxedSync() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL")); }
    RelaxedSync(const RelaxedSync &) = delete;
    RelaxedSync &operator=(const RelaxedSync &) = delete;

private:
    QSqlDatabase m_db;
};

// The confirmed revision's payload is the base of the next local change (three-way merge on conflict).
// Only while the record still holds that revision: an edit since then has replaced its payload.
bool keepBase(QSqlQuery &query, const QString &uuid, int revision)
{
    return execute(query,
                   "INSERT INTO record_base (record_uuid, revision, payload)"
                   " SELECT uuid, revision, payload FROM records WHERE uuid = ? AND revision = ?"
                   " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision,"
                   " payload = excluded.payload",
                   {uuid, revision});
}

} // namespace

QList<LocalRecord> LocalStore::outboxBatch(int limit) const
{
    QList<LocalRecord> out;
    QSqlQuery query(db());
    const bool ok = execute(
        query,
        selectRecords(
            "WHERE o.quarantined = 0 AND o.revision = r.revision ORDER BY o.queued_at, r.uuid LIMIT ?"),
        {limit});
    while (ok && query.next()) {
        LocalRecord record = readRow(query);
        if (!record.locked) // sealed and no PIN yet: it waits, rather than going out empty
            out.append(record);
    }
    return out;
}

QList<LocalStore::OutboxText> LocalStore::outboxTextBatch(int limit, const QSet<QString> &skip) const
{
    // The waiting uuids in order from the outbox alone (small rows), then each record looked up by its key
    // until the batch is full: a join sorted as a whole would read every waiting record (and its payload)
    // for each batch.
    QList<OutboxText> out;
    QSqlQuery row(db());
    row.setForwardOnly(true);
    if (!row.prepare(
            QStringLiteral("SELECT form_id, form_version, school_code, cycle, revision, base_revision,"
                           " payload, payload_hash, updated_at FROM records WHERE uuid = ?")))
        return out;
    // The first `limit` keys past those skipped, as a bounded sort (a whole outbox of thousands sorted for
    // each batch cost more than the batch's lookups); only if some of them cannot go (an older revision,
    // sealed without a PIN) is the rest of the outbox read.
    const qint64 bound = qint64(limit) + skip.size();
    for (const bool bounded : {true, false}) {
        out.clear();
        QSqlQuery keys(db());
        keys.setForwardOnly(true);
        if (!execute(keys,
                     QStringLiteral("SELECT record_uuid, revision FROM outbox WHERE quarantined = 0"
                                    " ORDER BY queued_at, record_uuid LIMIT ?"),
                     {bounded ? bound : qint64(-1)}))
            return out;
        qint64 seen = 0;
        while (out.size() < limit && keys.next()) {
            ++seen;
            const QString uuid = keys.value(0).toString();
            if (skip.contains(uuid))
                continue;
            row.bindValue(0, uuid);
            if (!row.exec() || !row.next() || row.value(4).toInt() != keys.value(1).toInt())
                continue; // an outbox entry of an older revision: not this one to send
            OutboxText item;
            LocalRecord &record = item.record;
            record.uuid = uuid;
            record.formId = row.value(0).toString();
            record.formVersion = row.value(1).toInt();
            record.schoolCode = row.value(2).toString();
            record.cycle = row.value(3).toString();
            record.status = RecordStatus::Finalised;
            record.revision = row.value(4).toInt();
            record.baseRevision = row.value(5).toInt();
            record.payloadHash = row.value(7).toString();
            record.updatedAt = QDateTime::fromString(row.value(8).toString(), Qt::ISODateWithMs);
            bool locked = false;
            item.payload = openedPayload(uuid, row.value(6).toByteArray(), &locked);
            if (locked) // sealed and no PIN yet: it waits, rather than going out empty
                continue;
            out.append(std::move(item));
        }
        // Full, or the bounded read had every waiting key: nothing more to look at.
        if (out.size() >= limit || (bounded && seen < bound))
            break;
    }
    return out;
}

Status LocalStore::confirmSent(const QString &uuid, int revision)
{
    Transaction transaction(db());
    QSqlQuery query(db());
    if (!execute(query,
                 "UPDATE records SET server_revision = MAX(server_revision, ?),"
                 " status = CASE WHEN revision = ? AND status = 'finalised' THEN 'sent' ELSE status END"
                 " WHERE uuid = ?",
                 {revision, revision, uuid}) ||
        !execute(query, "DELETE FROM outbox WHERE record_uuid = ? AND revision = ?", {uuid, revision}) ||
        !keepBase(query, uuid, revision))
        return storeError(QCoreApplication::translate("LocalStore", "记录发送结果"), query.lastError());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return Ok{};
}

Status LocalStore::confirmSentMany(const QList<std::pair<QString, int>> &sent)
{
    if (sent.isEmpty())
        return Ok{};
    // Committed without its own fsync (WAL, synchronous NORMAL for this transaction only; the next FULL
    // commit or checkpoint makes it durable): a confirmation lost to a power cut only sends the records
    // again, which the server answers "duplicate", whereas a person's saves stay FULL.
    RelaxedSync relaxed(db());
    Transaction transaction(db());
    // Set-based: the batch's (uuid, revision) pairs go in as one JSON array and each of the three steps is
    // one statement over all of them (json_each), rather than three statements bound and run per record.
    // The same rules as confirmSent.
    QJsonArray pairs;
    for (const auto &[uuid, revision] : sent)
        pairs.append(QJsonArray{uuid, revision});
    const QString json = QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact));
    static const char *const Sent = "(SELECT json_extract(value, '$[0]') AS uuid,"
                                    " json_extract(value, '$[1]') AS revision FROM json_each(?))";
    QSqlQuery query(db());
    if (!execute(
            query,
            QStringLiteral("UPDATE records SET server_revision = MAX(records.server_revision, s.revision),"
                           " status = CASE WHEN records.revision = s.revision AND records.status = "
                           "'finalised' THEN 'sent' ELSE records.status END"
                           " FROM %1 AS s WHERE records.uuid = s.uuid")
                .arg(QLatin1String(Sent)),
            {json}) ||
        !execute(query,
                 QStringLiteral("DELETE FROM outbox WHERE rowid IN (SELECT o.rowid FROM %1 AS s"
                                " JOIN outbox o ON o.record_uuid = s.uuid AND o.revision = s.revision)")
                     .arg(QLatin1String(Sent)),
                 {json}) ||
        // The base of the next local change, as keepBase (WHERE true: SQLite's upsert after a join).
        !execute(query,
                 QStringLiteral("INSERT INTO record_base (record_uuid, revision, payload)"
                                " SELECT r.uuid, r.revision, r.payload FROM %1 AS s"
                                " JOIN records r ON r.uuid = s.uuid AND r.revision = s.revision WHERE true"
                                " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision,"
                                " payload = excluded.payload")
                     .arg(QLatin1String(Sent)),
                 {json}))
        return storeError(QStringLiteral("记录发送结果"), query.lastError());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return Ok{};
}

Status LocalStore::quarantine(const QString &uuid, int revision, const QString &reason)
{
    QSqlQuery query(db());
    if (!execute(query,
                 "UPDATE outbox SET quarantined = 1, error = ?, attempts = attempts + 1"
                 " WHERE record_uuid = ? AND revision = ?",
                 {reason, uuid, revision}))
        return storeError(QCoreApplication::translate("LocalStore", "记录发送错误"), query.lastError());
    Q_EMIT recordsChanged();
    Q_EMIT syncStateChanged();
    return Ok{};
}

Result<int> LocalStore::requeueAll()
{
    Transaction transaction(db());
    QSqlQuery query(db());
    if (!execute(query,
                 "INSERT INTO outbox (record_uuid, revision, queued_at)"
                 " SELECT uuid, revision, ? FROM records WHERE status IN ('finalised', 'sent', 'accepted', "
                 "'returned')"
                 " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision, quarantined = 0, "
                 "error = ''",
                 {storedNow()}))
        return storeError(QCoreApplication::translate("LocalStore", "重新排队"), query.lastError());
    const int count = query.numRowsAffected();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT syncStateChanged();
    return count;
}

Result<int> LocalStore::applyPulled(const QList<LocalRecord> &records, qint64 nextCursor)
{
    // Nothing new and the cursor where it was (most syncs): nothing to write, no transaction to commit.
    if (records.isEmpty() && meta("sync.cursor").toLongLong() == nextCursor)
        return 0;
    Transaction transaction(db());
    QSqlQuery query(db());
    int applied = 0;
    for (const LocalRecord &remote : records) {
        const auto local = record(remote.uuid);
        auto stored = storedPayload(remote.uuid, remote.formId, remote.payload);
        if (!stored)
            return stored.error();
        const QString payload = stored.value();
        const QString hash = payloadHash(remote.payload);
        if (!local) {
            if (!execute(
                    query,
                    "INSERT INTO records (uuid, form_id, form_version, school_code, cycle, status, revision,"
                    " base_revision, server_revision, payload, payload_hash, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    {remote.uuid, remote.formId, remote.formVersion, remote.schoolCode, remote.cycle,
                     statusName(remote.status), remote.revision, remote.baseRevision, remote.revision,
                     payload, hash, remote.updatedAt.toString(Qt::ISODateWithMs),
                     remote.updatedAt.toString(Qt::ISODateWithMs)}))
                return storeError(QCoreApplication::translate("LocalStore", "保存同步下来的记录"),
                                  query.lastError());
            if (!keepBase(query, remote.uuid, remote.revision))
                return storeError(QStringLiteral("保存同步下来的记录"), query.lastError());
            ++applied;
            continue;
        }
        const bool unchangedHere = local->revision == local->serverRevision &&
                                   local->status != RecordStatus::Draft &&
                                   local->status != RecordStatus::Finalised;
        if (remote.revision < local->serverRevision || !unchangedHere)
            continue; // older news, or this device has its own change: its push will meet the conflict
        if (remote.revision == local->serverRevision && remote.status == local->status)
            continue; // our own push coming back
        if (!execute(query,
                     "UPDATE records SET status = ?, revision = ?, base_revision = ?, server_revision = ?, "
                     "payload = ?,"
                     " payload_hash = ?, updated_at = ? WHERE uuid = ?",
                     {statusName(remote.status), remote.revision, remote.baseRevision, remote.revision,
                      payload, hash, remote.updatedAt.toString(Qt::ISODateWithMs), remote.uuid}))
            return storeError(QCoreApplication::translate("LocalStore", "更新同步下来的记录"),
                              query.lastError());
        if (!keepBase(query, remote.uuid, remote.revision))
            return storeError(QStringLiteral("更新同步下来的记录"), query.lastError());
        ++applied;
    }
    if (Status saved = setMeta("sync.cursor", QString::number(nextCursor)); !saved)
        return saved.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (applied > 0)
        Q_EMIT recordsChanged();
    return applied;
}

SyncState LocalStore::syncState() const
{
    SyncState state;
    QSqlQuery query(db());
    if (execute(query,
                "SELECT COALESCE(SUM(quarantined = 0), 0), COALESCE(SUM(quarantined = 1), 0) FROM outbox") &&
        query.next()) {
        state.pending = query.value(0).toInt();
        state.quarantined = query.value(1).toInt();
    }
    if (execute(query, "SELECT COUNT(*) FROM record_conflicts") && query.next())
        state.conflicts = query.value(0).toInt();
    state.lastSuccess = QDateTime::fromString(meta("sync.last_success"), Qt::ISODateWithMs);
    state.lastError = meta("sync.last_error");
    state.lastErrorAt = QDateTime::fromString(meta("sync.last_error_at"), Qt::ISODateWithMs);
    state.cursor = meta("sync.cursor").toLongLong();
    return state;
}

Status LocalStore::noteSyncSuccess(const QDateTime &when)
{
    Transaction transaction(db());
    if (Status a = setMeta("sync.last_success", when.toUTC().toString(Qt::ISODateWithMs)); !a)
        return a;
    if (Status b = setMeta("sync.last_error", QString()); !b)
        return b;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT syncStateChanged();
    return Ok{};
}

Status LocalStore::noteSyncError(const QString &message, const QDateTime &when)
{
    Transaction transaction(db());
    if (Status a = setMeta("sync.last_error", message); !a)
        return a;
    if (Status b = setMeta("sync.last_error_at", when.toUTC().toString(Qt::ISODateWithMs)); !b)
        return b;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT syncStateChanged();
    return Ok{};
}

} // namespace junheng
