#include "RequestBody.h"

#include "GzipCodec.h"
#include "Protocol.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace junheng::server {

Error RequestBody::tooLarge(qint64 bytes)
{
    return makeError("request.too_large",
                     QStringLiteral("请求体有 %1 字节，超过了 %2 MiB 的上限。请分批发送。")
                         .arg(bytes)
                         .arg(protocol::MaxBodyBytes / (1024 * 1024)));
}

Result<QJsonObject> RequestBody::decode(const QByteArray &raw, const QByteArrayView contentEncoding,
                                        QByteArray *text)
{
    if (raw.size() > protocol::MaxBodyBytes)
        return tooLarge(raw.size());
    QByteArray body = raw;
    const QByteArray encoding = contentEncoding.toByteArray().trimmed().toLower();
    if (encoding == "gzip") {
        auto inflated = GzipCodec::decompress(body, protocol::MaxBodyBytes);
        if (!inflated)
            return inflated.error();
        body = std::move(inflated).value();
    } else if (!encoding.isEmpty() && encoding != "identity") {
        return makeError("request.unsupported_encoding",
                         QStringLiteral("不支持的请求体编码 Content-Encoding: %1，只支持 gzip 或不压缩。")
                             .arg(QString::fromLatin1(encoding.left(40))));
    }
    // Qt's JSON parser would accept some invalid UTF-8 inside strings; refuse it here, clearly.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    utf8.decode(body); // only to check it
    if (utf8.hasError())
        return makeError("request.invalid",
                         QStringLiteral("请求体不是合法的 UTF-8 文本。请用 UTF-8 编码发送 JSON。"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError("request.invalid", QStringLiteral("请求体不是合法的 JSON（第 %1 个字节处：%2）。")
                                                .arg(error.offset)
                                                .arg(error.errorString()));
    }
    if (!document.isObject())
        return makeError("request.invalid", QStringLiteral("请求体应是一个 JSON 对象。"));
    if (text)
        *text = body;
    return document.object();
}

Result<qint64> RequestBody::integerParameter(const QUrlQuery &query, const QString &name, qint64 fallback,
                                             qint64 minimum)
{
    if (!query.hasQueryItem(name))
        return fallback;
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum) {
        return makeError("request.invalid", QStringLiteral("参数 %1 应是不小于 %2 的整数，收到的是“%3”。")
                                                .arg(name)
                                                .arg(minimum)
                                                .arg(text.left(40)));
    }
    return value;
}

} // namespace junheng::server
