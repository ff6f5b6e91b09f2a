#pragma once

#include <QQuickImageProvider>

namespace junheng {

// image://qr/<percent-encoded text>: the QR code of that text (EnrolQr.qml shows enrolment links with
// it). Registered on the engine by main() and the render tests: engine.addImageProvider("qr", …).
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace junheng
