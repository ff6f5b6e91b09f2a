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

    // body = {"records": [...]}. Errors: request.invalid (names the record and field),
    // record.batch_too_large, server.storage.
    Result<QList<protocol::PushResult>> push(const Caller &caller, const QJsonObject &body);
    Result<protocol::PullReply> pull(const Caller &caller, qint64 since, int limit);
    // scope.forbidden if `schoolCode` is given and outside the caller's scope.
    Result<QList<protocol::WireRecord>> list(const Caller &caller, const QString &formId,
                                             const QString &schoolCode);

    const FormCatalog &catalog() const { return m_catalog; }

private:
    using SchoolCache = QHash<QString, std::optional<SchoolInfo>>;

    Result<protocol::PushResult> pushOne(const Caller &caller, const protocol::WireRecord &record,
                                         SchoolCache &schools, ReviewService::Batch &reviews);
    Result<std::optional<SchoolInfo>> school(const Caller &caller, const QString &code,
                                             SchoolCache &schools) const;
    // The Chinese reason a finalised payload may not be stored, or an empty string.
    QString validationFailure(const FormDefinition &form, const protocol::WireRecord &record) const;

    QSqlDatabase m_db;
    FormCatalog m_catalog;
    RecordStore m_store;
    ReviewService m_reviews;
};

} // namespace junheng::server
