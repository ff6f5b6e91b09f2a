// The outbox, pulled changes and sync state of LocalStore (the record editing half is LocalStore.cpp).
#include "LocalStore.h"

#include "PayloadHash.h"
#include "RecordRows.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <memory>
#include <sqlite3.h>

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
    // for each batch. Straight through SQLite's C API on the store's own connection: Qt's driver turns
    // every column into a QVariant (the payload into UTF-16 and back), which cost more than the lookups.
    QList<OutboxText> out;
    sqlite3 *sqlite = sqliteHandle(db());
    using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;
    auto prepare = [sqlite](const char *sql) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite && sqlite3_prepare_v2(sqlite, sql, -1, &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            statement = nullptr;
        }
        return Statement(statement, sqlite3_finalize);
    };
    auto text = [](sqlite3_stmt *statement, int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    };
    const Statement row = prepare("SELECT form_id, form_version, school_code, cycle, revision, base_revision,"
                                  " payload, payload_hash, updated_at FROM records WHERE uuid = ?");
    const Statement keys = prepare(outboxQueueSql);
    if (!row || !keys)
        return out;
    // The first `limit` keys past those skipped, read in order from the index (outboxQueueSql): a whole
    // outbox of thousands sorted for each batch cost more than the batch's lookups. Only if some of them
    // cannot go (an older revision, sealed without a PIN) is the rest of the outbox read.
    const qint64 bound = qint64(limit) + skip.size();
    for (const bool bounded : {true, false}) {
        out.clear();
        sqlite3_reset(keys.get());
        sqlite3_bind_int64(keys.get(), 1, bounded ? bound : -1);
        qint64 seen = 0;
        while (out.size() < limit && sqlite3_step(keys.get()) == SQLITE_ROW) {
            ++seen;
            const QString uuid = text(keys.get(), 0);
            if (skip.contains(uuid))
                continue;
            const QByteArray key = uuid.toUtf8();
            sqlite3_reset(row.get());
            sqlite3_bind_text(row.get(), 1, key.constData(), int(key.size()), SQLITE_STATIC);
            if (sqlite3_step(row.get()) != SQLITE_ROW ||
                sqlite3_column_int(row.get(), 4) != sqlite3_column_int(keys.get(), 1))
                continue; // an outbox entry of an older revision: not this one to send
            OutboxText item;
            LocalRecord &record = item.record;
            record.uuid = uuid;
            record.formId = text(row.get(), 0);
            record.formVersion = sqlite3_column_int(row.get(), 1);
            record.schoolCode = text(row.get(), 2);
            record.cycle = text(row.get(), 3);
            record.status = RecordStatus::Finalised;
            record.revision = sqlite3_column_int(row.get(), 4);
            record.baseRevision = sqlite3_column_int(row.get(), 5);
            record.payloadHash = text(row.get(), 7);
            record.updatedAt = QDateTime::fromString(text(row.get(), 8), Qt::ISODateWithMs);
            const QByteArray stored(reinterpret_cast<const char *>(sqlite3_column_text(row.get(), 6)),
                                    sqlite3_column_bytes(row.get(), 6));
            bool locked = false;
            item.payload = openedPayload(uuid, stored, &locked);
            if (locked) // sealed and no PIN yet: it waits, rather than going out empty
                continue;
            out.append(std::move(item));
        }
        // Full, or the bounded read had every waiting key: nothing more to look at.
        if (out.size() >= limit || (bounded && seen < bound))
            break;
    }
    sqlite3_reset(row.get());
    sqlite3_reset(keys.get());
    return out;
}

Status LocalStore::confirmSent(const QString &uuid, int revision)
{
    Transaction transaction(db());
    QSqlQuery query(db());
    // The record row is rewritten only when it holds a later revision than the one confirmed; otherwise
    // leaving the outbox is what makes it 'sent' (RecordRows.h, confirmedHere).
    if (!execute(
            query,
            "UPDATE records SET server_revision = ? WHERE uuid = ? AND revision <> ? AND server_revision < ?",
            {revision, uuid, revision, revision}) ||
        !execute(query, "DELETE FROM outbox WHERE record_uuid = ? AND revision = ?", {uuid, revision}))
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
    // Set-based: the batch's (uuid, revision) pairs go in as one JSON array and each step is one statement
    // over all of them (json_each), rather than statements bound and run per record. The same rules as
    // confirmSent: the records leave the outbox, which is what makes them 'sent' (RecordRows.h); only a
    // record edited since (holding a later revision) has its row rewritten, to note the revision the server
    // has. No base copy either: a confirmed record is its own base until it is next edited.
    QJsonArray pairs;
    for (const auto &[uuid, revision] : sent)
        pairs.append(QJsonArray{uuid, revision});
    const QString json = QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact));
    static const char *const Sent = "(SELECT json_extract(value, '$[0]') AS uuid,"
                                    " json_extract(value, '$[1]') AS revision FROM json_each(?))";
    QSqlQuery query(db());
    if (!execute(query,
                 QStringLiteral("UPDATE records SET server_revision = s.revision FROM %1 AS s"
                                " WHERE records.uuid = s.uuid AND records.revision <> s.revision"
                                " AND records.server_revision < s.revision")
                     .arg(QLatin1String(Sent)),
                 {json}) ||
        !execute(query,
                 QStringLiteral("DELETE FROM outbox WHERE rowid IN (SELECT o.rowid FROM %1 AS s"
                                " JOIN outbox o ON o.record_uuid = s.uuid AND o.revision = s.revision)")
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
    // A record confirmed here is 'finalised' in its row (RecordRows.h): written as sent before it goes back
    // in the outbox, where it would otherwise look like one never sent.
    if (!execute(query,
                 QStringLiteral("UPDATE records SET status = 'sent', server_revision = revision WHERE %1")
                     .arg(QLatin1String(confirmedHereRecords))) ||
        !execute(query,
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
