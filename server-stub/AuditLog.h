#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace junheng::server {

// The audit_log table: who changed what, when. Written inside the transaction of the change it records,
// so a change and its audit row are committed (or rolled back) together.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // actor: "role:scope/device" or "cli" (a command on the server machine); action: enrol, push,
    // issue_code, revoke_device, init_demo; target: what changed (a record uuid@revision, a device id).
    Status write(const QString &countyCode, const QString &actor, const QString &action,
                 const QString &target, const QString &detail = {});

    struct Entry
    {
        QString countyCode;
        QString actor;
        QString action;
        QString target;
        QString detail;
    };
    // Many rows at once (multi-row INSERTs), e.g. one per record of a push batch.
    Status writeMany(const QList<Entry> &entries);

private:
    QSqlDatabase m_db;
};

} // namespace junheng::server
