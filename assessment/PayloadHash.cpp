#include "PayloadHash.h"

#include <QJsonDocument>
#include <openssl/sha.h>

namespace junheng {

QString payloadHash(const QJsonObject &payload)
{
    return sha256Hex(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QString sha256Hex(QByteArrayView data)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), digest);
    static const char hex[] = "0123456789abcdef";
    QString out(2 * SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    QChar *to = out.data();
    for (const unsigned char byte : digest) {
        *to++ = QLatin1Char(hex[byte >> 4]);
        *to++ = QLatin1Char(hex[byte & 0xf]);
    }
    return out;
}

} // namespace junheng
