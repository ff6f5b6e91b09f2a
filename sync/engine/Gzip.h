#pragma once

#include <QByteArray>

namespace junheng {

// gzip (RFC 1952) bodies for HTTP Content-Encoding. Qt's qCompress writes zlib with its own length
// prefix, which HTTP peers do not read, so this uses zlib directly.
QByteArray gzipCompress(const QByteArray &data);

} // namespace junheng
