#pragma once

#include "Caller.h"
#include "Protocol.h"
#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace junheng::server {

// One-time enrolment codes and device tokens. Only the SHA-256 of a code or a token is stored.
class EnrolmentService
{
public:
    explicit EnrolmentService(QSqlDatabase db) : m_db(std::move(db)) {}

    // A new code for a school, a town or the county ("K7QM-3XPD"); "scope.unknown" if there is no such
    // scope. Runs in its own transaction.
    Result<QString> issueCode(const QString &role, const QString &scopeCode);
    // The same inside the caller's transaction, without checking the scope exists.
    Result<QString> insertCode(const QString &role, const QString &scopeCode);

    // Trades a code for a token: "enrol.code_invalid" (no such code), "enrol.code_used".
    Result<protocol::EnrolReply> enrol(const QString &code, const QString &deviceName);

    // The caller of an "Authorization: Bearer <token>" header: "auth.required" or "auth.invalid".
    Result<Caller> authenticate(const QByteArray &authorization) const;

    // The scope as the protocol shows it (names of the school, its town, the county).
    Result<protocol::Scope> describe(const QString &role, const QString &scopeCode) const;

    // Upper case, without spaces or dashes: what is hashed.
    static QString normaliseCode(const QString &code);
    static QString sha256Hex(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace junheng::server
