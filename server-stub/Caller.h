#pragma once

#include "CountyDirectory.h"

#include <QString>

namespace junheng::server {

// The enrolled device behind a request, and what it may see: its school, its town's schools, or the
// whole county. Every request is checked against this on the server; the client is never trusted.
struct Caller
{
    QString deviceId;
    QString role; // school, town, county
    QString scopeCode;

    bool covers(const SchoolInfo &school) const;
    // "学校 3703990101", "乡镇 370399001", "全县": for messages.
    QString describeScope() const;
};

} // namespace junheng::server
