#pragma once

#include "LocalRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace junheng {

// The payload of the revision the server confirmed last (sent from here or pulled): what a local
// change is compared against when the server has moved on (three-way merge, sync/engine/FieldMerge).
struct BasePayload
{
    int revision = 0;
    QJsonObject payload;
};

// A record this device changed while another device changed the same fields on the server. It is not
// sent again until a person chooses, field by field; the server's copy is kept here until then.
struct RecordConflict
{
    QString uuid; // the local record
    QString formId;
    QString schoolCode;
    QString cycle;
    int localRevision = 0;
    QJsonObject local;
    // The server's copy. Its uuid differs from the local one only when the school had a second copy of
    // a single-record form: resolving then continues the server's record and drops the local one.
    QString serverUuid;
    int serverRevision = 0;
    int serverFormVersion = 0;
    QJsonObject server;
    QDateTime serverUpdatedAt;
    std::optional<QJsonObject> base; // nullopt: the base revision's payload is not known here
    QStringList fields;              // the fields changed on both sides, to different values
    QString message;                 // the server's words
    QDateTime createdAt;
};

// One line of a record's sync history: an automatic merge, a conflict, a resolution.
struct RecordHistoryEntry
{
    QDateTime at;
    QString kind; // merged, conflict, resolved
    QString detail;
};

// A record in the outbox, for the sync page.
struct OutboxEntry
{
    QString uuid;
    QString formId;
    QString label; // a roster row's name or key; empty for a single-record form
    int revision = 0;
    QDateTime queuedAt;
    int attempts = 0; // failed tries so far
    bool quarantined = false;
    QString error; // why it was set aside, or the last failed try's error
};

} // namespace junheng
