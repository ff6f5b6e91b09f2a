#include "QrImageProvider.h"

#include "QrCode.h"

#include <QUrl>

namespace junheng {

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    auto image = QrCode::encode(text, 8);
    QImage out = image ? image.value() : QImage();
    // Sharp modules: scale by whole pixels only (nearest neighbour), never smoothed.
    if (!out.isNull() && requestedSize.isValid() && requestedSize.width() > 0)
        out = out.scaled(requestedSize.width(), requestedSize.width(), Qt::KeepAspectRatio,
                         Qt::FastTransformation);
    if (size)
        *size = out.size();
    return out;
}

} // namespace junheng
