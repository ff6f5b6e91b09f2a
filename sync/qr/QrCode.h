#pragma once

#include "Result.h"

#include <QImage>
#include <QString>

namespace junheng {

// QR codes for enrolment links: made with libqrencode, read back with zxing-cpp (Debian libqrencode-dev,
// libzxing-dev). Error correction level M; a quiet zone of 4 modules around the code.
namespace QrCode {

// The code as an image, each module `moduleSize` pixels, black on white.
Result<QImage> encode(const QString &text, int moduleSize = 8);
// The code as text for a terminal, two modules per character row with half blocks. Light modules are
// drawn, so it reads on the usual light-on-dark terminal (as `qrencode -t UTF8` does).
Result<QString> terminalText(const QString &text);
// The text of the first QR code found in an image (a photo or a screenshot of one).
Result<QString> decode(const QImage &image);
Result<QString> decodeFile(const QString &path);

} // namespace QrCode

} // namespace junheng
