#pragma once

#include "Protocol.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The compact push reply of docs/protocol.md ("Push", compact replies): applied records as runs of
// (index, count, first seq), every other outcome in full. QtCore only, shared by the client and the server.
namespace junheng::protocol {

// One record of a push batch as the device sent it.
struct SentKey
{
    QString uuid;
    int revision = 0;
};

// SHA-256 (hex) of "uuid@revision\n" for each record in order: ties a compact reply to its batch.
QString batchDigest(const QList<SentKey> &sent);

// {"batch": digest, "applied": [[index, count, seq], …], "results": [full result with "index", …]}
QJsonObject compactPushReply(const QList<PushResult> &results);

// Expands a compact reply to one result per sent record, in order. Anything that does not answer exactly
// this batch (another digest, an index missing, answered twice or out of range) is "protocol.reply".
Result<QList<PushResult>> readCompactPushReply(const QJsonObject &reply, const QList<SentKey> &sent);

} // namespace junheng::protocol
