#pragma once

#include "Caller.h"
#include "Protocol.h"
#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace junheng::server {

// One-time enrolment codes and device tokens. Only the SHA-256 of a code or a token is stored. A device
// belongs to the county of its code (admin: none, county_code ""); revoking it makes its token invalid.
class EnrolmentService
{
public:
    explicit EnrolmentService(QSqlDatabase db) : m_db(std::move(db)) {}

    // A new code for a school, a town, the county or an admin ("K7QM-3XPD"); "scope.unknown" if there is
    // no such scope. Runs in its own transaction and is written to the audit log.
    Result<QString> issueCode(const QString &role, const QString &scopeCode);
    // The same inside the caller's transaction, without checking the scope exists.
    Result<QString> insertCode(const QString &countyCode, const QString &role, const QString &scopeCode);

    // Revokes a device (by its id): its token stops working at once, on every server instance.
    // "device.unknown" if there is no such device, "device.revoked" if it was revoked already.
    Status revokeDevice(const QString &deviceId, const QString &actor);

    // Trades a code for a token: "enrol.code_invalid" (no such code), "enrol.code_used".
    Result<protocol::EnrolReply> enrol(const QString &code, const QString &deviceName);

    // The caller of an "Authorization: Bearer <token>" header: "auth.required", "auth.invalid" or
    // "auth.revoked".
    Result<Caller> authenticate(const QByteArray &authorization) const;

    // The scope as the protocol shows it (names of the school, its town, the county).
    // In `countyCode`; the first county when it is empty (a server of one county).
    Result<protocol::Scope> describe(const QString &countyCode, const QString &role,
                                     const QString &scopeCode) const;

    // Upper case, without spaces or dashes: what is hashed.
    static QString normaliseCode(const QString &code);
    static QString sha256Hex(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace junheng::server
