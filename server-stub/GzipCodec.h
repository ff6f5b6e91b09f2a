#pragma once

#include "Result.h"

#include <QByteArray>

namespace junheng::server {

// gzip (RFC 1952) bodies with zlib: Content-Encoding: gzip on requests and replies. qUncompress is zlib
// format, not gzip, hence zlib directly. Decompression stops at a size limit, so a small "zip bomb" can
// never make the server allocate more than the limit.
class GzipCodec
{
public:
    // "request.too_large" when the result would exceed maxBytes; "request.invalid" when it is not gzip.
    static Result<QByteArray> decompress(const QByteArray &data, qint64 maxBytes);
    static QByteArray compress(const QByteArray &data);
};

} // namespace junheng::server
