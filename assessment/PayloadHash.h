#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace junheng {

// SHA-256 (hex) of a payload's canonical form (compact JSON, keys sorted): the check both ends of sync
// make (docs/protocol.md). Here, below the store, so the store and the protocol share one definition.
QString payloadHash(const QJsonObject &payload);

// SHA-256 of bytes as lowercase hex, through OpenSSL (which uses the CPU's SHA instructions; Qt's own
// implementation was a visible part of a push's time on both ends).
QString sha256Hex(QByteArrayView data);

} // namespace junheng
