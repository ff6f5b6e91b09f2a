#pragma once

#include "CountyDirectory.h"

#include <QString>

namespace junheng::server {

// The enrolled device behind a request, and what it may see: its school, its town's schools, its whole
// county, or (admin) every county. Every request is checked against this on the server; the client is
// never trusted.
struct Caller
{
    QString deviceId;
    QString role; // school, town, county, admin
    QString scopeCode;
    QString countyCode; // "" for admin

    bool isAdmin() const { return role == QLatin1String("admin"); }
    bool covers(const SchoolInfo &school) const;
    // "学校 3703990101", "乡镇 370399001", "全县": for messages.
    QString describeScope() const;
    // "school:3703990101": for logs and the audit log.
    QString actor() const { return role + QLatin1Char(':') + scopeCode + QLatin1Char('/') + deviceId; }
};

} // namespace junheng::server
