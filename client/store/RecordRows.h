#pragma once

#include "LocalStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

// How a record row is read: the columns every record query selects, and the row to LocalRecord.
namespace junheng {

// Confirming a push does not rewrite the record rows (that rewrite was most of a device's work in a sync):
// it only takes the records out of the outbox. A record still 'finalised' in its row, with no outbox entry
// and no conflict set aside, is one the server confirmed: its status is 'sent' and its server revision is
// its own revision. These SQL conditions say so for a records row named `r`; every reader of status or
// server_revision goes through them (recordColumns), and every change that moves such a record out of
// 'finalised' writes the two into its row (the CASE expressions below).
#define JH_CONFIRMED_HERE(r)                                                                                 \
    "(" r ".status = 'finalised' AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.record_uuid = " r ".uuid)"   \
    " AND NOT EXISTS (SELECT 1 FROM record_conflicts k WHERE k.record_uuid = " r ".uuid))"
inline const char *const confirmedHere = JH_CONFIRMED_HERE("r");
inline const char *const confirmedHereRecords = JH_CONFIRMED_HERE("records");
// The record's server revision as readers see it (for UPDATE records … SET, unaliased).
inline const char *const serverRevisionOfRecords =
    "CASE WHEN " JH_CONFIRMED_HERE("records") " THEN records.revision ELSE records.server_revision END";

// The waiting outbox entries in sending order, at most `?` of them: read from the index outbox_queue
// (migration 6), never sorted whole (LocalStore::outboxTextBatch).
inline const char *const outboxQueueSql = "SELECT record_uuid, revision FROM outbox WHERE quarantined = 0"
                                          " ORDER BY queued_at, record_uuid LIMIT ?";

// A row `r`'s status and server revision as every reader sees them.
#define JH_STATUS_OF_R "CASE WHEN " JH_CONFIRMED_HERE("r") " THEN 'sent' ELSE r.status END"
#define JH_SERVER_REVISION_OF_R                                                                              \
    "CASE WHEN " JH_CONFIRMED_HERE("r") " THEN r.revision ELSE r.server_revision END"
// Row `r` holds the revision the server confirmed: its payload is its own base (keepBaseBeforeEditSql).
#define JH_HOLDS_CONFIRMED_R                                                                                 \
    "((r.server_revision > 0 AND r.revision = r.server_revision) OR " JH_CONFIRMED_HERE("r") ")"
inline const char *const statusOfRecord = JH_STATUS_OF_R;
inline const char *const serverRevisionOfRecord = JH_SERVER_REVISION_OF_R;
inline const char *const holdsConfirmedRevision = JH_HOLDS_CONFIRMED_R;

inline const char *const recordColumns =
    "r.uuid, r.form_id, r.form_version, r.school_code, r.cycle, " JH_STATUS_OF_R ", r.revision,"
    " r.base_revision, " JH_SERVER_REVISION_OF_R ", r.payload, r.payload_hash, r.created_at, r.updated_at,"
    " COALESCE(o.error, ''), COALESCE(o.quarantined, 0)";

inline LocalRecord readRecord(const QSqlQuery &query)
{
    LocalRecord record;
    record.uuid = query.value(0).toString();
    record.formId = query.value(1).toString();
    record.formVersion = query.value(2).toInt();
    record.schoolCode = query.value(3).toString();
    record.cycle = query.value(4).toString();
    record.status = parseStatus(query.value(5).toString()).value_or(RecordStatus::Draft);
    record.revision = query.value(6).toInt();
    record.baseRevision = query.value(7).toInt();
    record.serverRevision = query.value(8).toInt();
    record.payload = QJsonDocument::fromJson(query.value(9).toByteArray()).object();
    record.payloadHash = query.value(10).toString();
    record.createdAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    record.updatedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    record.syncError = query.value(13).toString();
    record.quarantined = query.value(14).toInt() != 0;
    return record;
}

inline QString selectRecords(const QString &where)
{
    return QStringLiteral("SELECT %1 FROM records r LEFT JOIN outbox o ON o.record_uuid = r.uuid %2")
        .arg(QLatin1String(recordColumns), where);
}

// How times are kept: UTC, ISO 8601 with milliseconds (readRecord parses the same format).
inline QString storedNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The base of a record's next local change (three-way merge on conflict) is the last revision the server
// confirmed. While the record still holds that revision (revision = server_revision) the base is the
// record's own payload, so confirming a push or applying a pulled record copies nothing. Only when a
// local change is about to replace that payload is it copied to record_base: call this before every
// statement that overwrites a record's payload (LocalStore::basePayload reads the two the same way).
// Run it before anything else of the change (before the record leaves the outbox, which would make a
// revision still waiting to be sent look confirmed).
inline const char *const keepBaseBeforeEditSql =
    "INSERT INTO record_base (record_uuid, revision, payload)"
    " SELECT r.uuid, r.revision, r.payload FROM records r"
    " WHERE r.uuid = ? AND " JH_HOLDS_CONFIRMED_R
    " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision, payload = excluded.payload";

// How a payload is kept in the payload column: compact JSON, the same text its hash is made of.
inline QString payloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace junheng
