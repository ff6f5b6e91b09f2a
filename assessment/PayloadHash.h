#pragma once

#include <QJsonObject>
#include <QString>

namespace junheng {

// SHA-256 (hex) of a payload's canonical form (compact JSON, keys sorted): the check both ends of sync
// make (docs/protocol.md). Here, below the store, so the store and the protocol share one definition.
QString payloadHash(const QJsonObject &payload);

} // namespace junheng
