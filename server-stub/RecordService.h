#pragma once

#include "Caller.h"
#include "FormCatalog.h"
#include "Protocol.h"
#include "RecordStore.h"
#include "Result.h"
#include "ReviewService.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace junheng::server {

// Push, pull and list of docs/protocol.md. A push is checked whole before anything is stored (a
// malformed request stores nothing), then each record gets its own outcome in one transaction.
class RecordService
{
public:
    RecordService(QSqlDatabase db, FormCatalog catalog);

    // One payload as read: its text as hashed and stored (as sent, or serialised canonically), that hash,
    // and why validation refuses it (empty if it passes, or if its form is unknown here).
    struct PayloadCheck
    {
        QByteArray canonical;
        QString hash;
        QString invalid;
    };
    // A push as far as it can be judged without the database or the caller.
    struct ReadPush
    {
        QList<protocol::WireRecord> records;
        QList<PayloadCheck> payloads; // one per record
    };

    // body = {"records": [...]}. Errors: request.invalid (names the record and field),
    // record.batch_too_large, server.storage.
    // `text`: the body's text as parsed, when the caller has it (payloads kept as sent, PayloadSpans.h).
    // read() then store(), in one go.
    Result<QList<protocol::PushResult>> push(const Caller &caller, const QJsonObject &body,
                                             const QByteArray &text = {});
    // The first half of a push: the records read, each payload hashed and validated. Touches nothing but
    // its arguments (the catalogue is never changed), so it may run on another thread while this service
    // stores the push before it.
    static Result<ReadPush> read(const FormCatalog &catalog, const QJsonObject &body, const QByteArray &text);
    // The second half: school, scope and form checks, the outcomes, and the inserts in one transaction.
    Result<QList<protocol::PushResult>> store(const Caller &caller, const ReadPush &push);
    // skipOwn: leave out the changes this device stored itself (the cursor still moves past them).
    Result<protocol::PullReply> pull(const Caller &caller, qint64 since, int limit, bool skipOwn = false);
    // scope.forbidden if `schoolCode` is given and outside the caller's scope.
    Result<QList<protocol::WireRecord>> list(const Caller &caller, const QString &formId,
                                             const QString &schoolCode);

    const FormCatalog &catalog() const { return m_catalog; }

private:
    using SchoolCache = QHash<QString, std::optional<SchoolInfo>>;

    // A record that passed the checks that need no lock, waiting for the batch's lookups.
    struct Candidate
    {
        qsizetype index = 0; // in the batch
        QString county;
        const FormDefinition *form = nullptr;
        QByteArray canonical; // the payload's text as hashed and stored: as sent, or serialised canonically
        QString invalid;      // why validation refuses it, or empty
    };

    // Size, hash, school and scope, form and validation of one record: its final result (and nullopt) when
    // it fails one of the first five, else the candidate.
    Result<std::optional<Candidate>> check(const Caller &caller, const protocol::WireRecord &record,
                                           const PayloadCheck &payload, SchoolCache &schools,
                                           protocol::PushResult &result);
    // The outcome of every candidate, in order, from one lookup of the batch's uuids; stores the applied
    // ones and their audit rows with multi-row inserts. Runs inside the push's transaction.
    Status decide(const Caller &caller, const QList<protocol::WireRecord> &records,
                  const QList<Candidate> &candidates, QList<protocol::PushResult> &results);
    Result<std::optional<SchoolInfo>> school(const Caller &caller, const QString &code,
                                             SchoolCache &schools) const;

    QSqlDatabase m_db;
    FormCatalog m_catalog;
    RecordStore m_store;
    ReviewService m_reviews;
};

} // namespace junheng::server
