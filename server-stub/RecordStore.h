#pragma once

#include "Caller.h"
#include "Protocol.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace junheng::server {

// The records table: one row per applied revision, numbered by the server-wide seq, keyed by county (a
// uuid is unique within its county). The current copy of a record is its highest revision. SQL only; the
// rules of a push are in RecordService.
class RecordStore
{
public:
    // What a push needs to know of a stored revision, without its payload.
    struct StoredRevision
    {
        int revision = 0;
        qint64 seq = 0;
        QString payloadHash;
        QString deviceId;
        QString schoolCode;
        QString formId;
    };
    // A revision to store: the record (status included), its canonical payload text, the device sending it.
    struct NewRevision
    {
        QString county;
        protocol::WireRecord record;
        QByteArray canonicalPayload;
        QString deviceId;
    };

    explicit RecordStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<protocol::Change>> revision(const QString &county, const QString &uuid,
                                                     int revision) const;
    Result<std::optional<protocol::Change>> current(const QString &county, const QString &uuid) const;
    // Another record (not `uuid`) of this school, form and cycle: for single-record forms.
    Result<std::optional<QString>> otherRecord(const QString &county, const QString &schoolCode,
                                               const QString &formId, const QString &cycle,
                                               const QString &uuid) const;
    // Whether a device other than `deviceId` stored a revision of `uuid` above `afterRevision`.
    Result<bool> changedByOthers(const QString &county, const QString &uuid, int afterRevision,
                                 const QString &deviceId) const;
    // Stores a revision as given (status included); returns its seq.
    Result<qint64> insert(const QString &county, const protocol::WireRecord &record, const QString &deviceId);
    // Every stored revision of these uuids of one county, by uuid: one query per few hundred uuids.
    Result<QHash<QString, QList<StoredRevision>>> revisionsOf(const QString &county,
                                                              const QStringList &uuids) const;
    // Stores many revisions with multi-row INSERTs (a few hundred rows each); returns their seqs in order.
    Result<QList<qint64>> insertMany(const QList<NewRevision> &revisions);

    // Changes in the caller's scope with seq > since, in seq order, at most `limit`.
    // `upTo` > 0: only changes with seq <= upTo; `skipDevice`: leaves out what that device stored.
    Result<QList<protocol::Change>> changes(const Caller &caller, qint64 since, int limit, qint64 upTo = 0,
                                            const QString &skipDevice = {}) const;
    // The highest seq in the caller's scope (0 when none).
    Result<qint64> latestSeq(const Caller &caller) const;
    // The current copy of each record in the caller's scope, optionally of one form and one school.
    Result<QList<protocol::WireRecord>> currentRecords(const Caller &caller, const QString &formId,
                                                       const QString &schoolCode) const;

private:
    QSqlDatabase m_db;
};

} // namespace junheng::server
