#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace junheng {

// draft -> finalised -> sent -> accepted (or returned). Drafts stay on the device; finalising puts the
// record in the outbox in the same transaction. Editing a record that was finalised makes it a draft
// again with the next revision, so a revision that may be on its way to the server never changes.
enum class RecordStatus { Draft, Finalised, Sent, Accepted, Returned };
QString statusName(RecordStatus status);  // "draft", …
QString statusLabel(RecordStatus status); // "草稿", …
std::optional<RecordStatus> parseStatus(const QString &name);

struct LocalRecord
{
    QString uuid;
    QString formId;
    int formVersion = 0;
    QString schoolCode;
    QString cycle;
    RecordStatus status = RecordStatus::Draft;
    int revision = 1;       // the revision this content will be sent as
    int serverRevision = 0; // the last revision the server confirmed
    int baseRevision = 0;   // the revision this one was made on (set when finalised; sent with it)
    QJsonObject payload;
    QString payloadHash;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString syncError; // why the outbox set it aside (conflict, rejected); empty otherwise
    bool quarantined = false;
    bool locked = false; // S5/S6 sealed and the store not unlocked (no PIN yet): payload is empty

    bool isNew() const { return uuid.isEmpty(); }
};

} // namespace junheng
