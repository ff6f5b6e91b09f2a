#pragma once

#include "Caller.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace junheng::server {

// Enrolment codes issued from a town's or county's device and the list of enrolled devices
// (docs/protocol.md "Enrolment codes from a device", "Devices"). Who may issue for whom: the county for any
// school or town of its county and for another county device; a town only for its own schools; a school
// nobody. The code itself is made by EnrolmentService, the same as issue-code.
class DeviceService
{
public:
    explicit DeviceService(QSqlDatabase db) : m_db(std::move(db)) {}

    struct IssuedCode
    {
        QString code;      // "K7QM-3XPD"
        QJsonObject scope; // protocol::Scope of the new device
    };

    // body: {"role": "school"|"town"|"county", "code": scope code (the county's may be left out),
    // "note"?: text for the audit log}. "request.invalid", "scope.forbidden", "scope.unknown".
    Result<IssuedCode> issue(const Caller &caller, const QJsonObject &body);

    // The devices of the caller's scope, newest first: id, name, role, scope code and name, town,
    // enrolled_at, revoked_at, last_push_at (the last record it sent, null if none).
    Result<QJsonArray> devices(const Caller &caller) const;

private:
    QSqlDatabase m_db;
};

} // namespace junheng::server
