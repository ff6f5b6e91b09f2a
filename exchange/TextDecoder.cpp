#include "TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace junheng::TextDecoder {

namespace {

// Qt's UTF-8 decoder replaces bad bytes instead of failing on them; hasError() says whether it had to.
std::optional<QString> tryDecode(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

Result<DecodedText> decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (auto text = tryDecode(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3)))
            return DecodedText{*text, QCoreApplication::translate("TextDecoder", "UTF-8（带 BOM）")};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const auto encoding =
            bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        if (auto text = tryDecode(encoding, QByteArrayView(bytes).sliced(2)))
            return DecodedText{*text, QStringLiteral("UTF-16")};
    }
    if (auto text = tryDecode(QStringConverter::Utf8, bytes))
        return DecodedText{*text, QStringLiteral("UTF-8")};
    // GB18030 is not among QStringConverter's built-in encodings; Qt reaches it through ICU by name.
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    if (gb.isValid()) {
        QString text = gb.decode(bytes);
        if (!gb.hasError())
            return DecodedText{text, QStringLiteral("GB18030")};
    }
    return makeError(
        "import.encoding",
        QCoreApplication::translate("TextDecoder",
                                    "读不出这个文件的文字：它既不是 UTF-8 也不是 GB18030（GBK）编码。请在 "
                                    "Excel 里“另存为”CSV UTF-8 或 Excel 工作簿（.xlsx）后再导入。"));
}

} // namespace junheng::TextDecoder
