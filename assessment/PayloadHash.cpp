#include "PayloadHash.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace junheng {

QString payloadHash(const QJsonObject &payload)
{
    const QByteArray canonical = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace junheng
