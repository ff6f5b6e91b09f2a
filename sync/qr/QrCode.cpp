#include "QrCode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#define ZX_USE_UTF8 1 // text() as UTF-8 std::string (zxing-cpp 1.4)
#include <ZXing/ReadBarcode.h>
#include <memory>
#include <qrencode.h>

namespace junheng::QrCode {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QrCode", text);
}

constexpr int QuietZone = 4;

struct Modules
{
    int width = 0;
    std::vector<bool> dark; // row by row

    bool at(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < width && y < width && dark[size_t(y) * size_t(width) + size_t(x)];
    }
};

Result<Modules> modulesOf(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return makeError("qr.encode", tr("无法生成二维码（内容共 %1 字节，可能太长）。").arg(bytes.size()));
    Modules modules;
    modules.width = code->width;
    modules.dark.resize(size_t(code->width) * size_t(code->width));
    for (size_t i = 0; i < modules.dark.size(); ++i)
        modules.dark[i] = (code->data[i] & 1) != 0;
    return modules;
}

} // namespace

Result<QImage> encode(const QString &text, int moduleSize)
{
    auto modules = modulesOf(text);
    if (!modules)
        return modules.error();
    moduleSize = std::clamp(moduleSize, 1, 64);
    const int side = (modules->width + 2 * QuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules->width; ++y) {
        for (int x = 0; x < modules->width; ++x) {
            if (!modules->at(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((y + QuietZone) * moduleSize + dy);
                std::fill_n(line + (x + QuietZone) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

Result<QString> terminalText(const QString &text)
{
    auto modules = modulesOf(text);
    if (!modules)
        return modules.error();
    const int quiet = 2; // enough for phone scanners on a screen; keeps the block small
    const int from = -quiet;
    const int to = modules->width + quiet;
    QString out;
    for (int y = from; y < to; y += 2) {
        for (int x = from; x < to; ++x) {
            const bool upperLight = !modules->at(x, y);
            const bool lowerLight = y + 1 < to && !modules->at(x, y + 1);
            if (upperLight && lowerLight)
                out += QChar(0x2588); // █
            else if (upperLight)
                out += QChar(0x2580); // ▀
            else if (lowerLight)
                out += QChar(0x2584); // ▄
            else
                out += QLatin1Char(' ');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

Result<QString> decode(const QImage &image)
{
    if (image.isNull())
        return makeError("qr.decode", tr("图片是空的，读不出二维码。"));
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return makeError(
            "qr.decode",
            tr("图片里没有找到能读的二维码。请用清晰、完整、不反光的二维码图片再试，或直接粘贴登记链接。"));
    return QString::fromStdString(result.text());
}

Result<QString> decodeFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return makeError("qr.decode", tr("打不开图片 %1（%2）。请选择 PNG 或 JPG 格式的二维码图片。")
                                          .arg(QFileInfo(path).fileName(), reader.errorString()));
    return decode(image);
}

} // namespace junheng::QrCode
