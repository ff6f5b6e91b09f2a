#include "EnrolLink.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace junheng::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EnrolLink", text);
}

} // namespace

QString EnrolLink::toString() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("server"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                     server.toString(QUrl::StripTrailingSlash))));
    query.addQueryItem(QStringLiteral("code"), code);
    if (!fingerprint.isEmpty())
        query.addQueryItem(QStringLiteral("fp"), fingerprint);
    return QStringLiteral("junheng://enrol?") + query.toString(QUrl::FullyEncoded);
}

Result<EnrolLink> EnrolLink::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("junheng") || url.host() != QLatin1String("enrol"))
        return makeError("enrol.link",
                         tr("这不是登记链接：应以 junheng://enrol? 开头（由县或镇的登记二维码给出），"
                            "收到的是“%1”。")
                             .arg(trimmed.left(80)));
    const QUrlQuery query(url);
    EnrolLink link;
    link.server = QUrl(query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded), QUrl::StrictMode);
    link.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed().toUpper();
    const QString fingerprint = query.queryItemValue(QStringLiteral("fp"), QUrl::FullyDecoded);
    if (!link.server.isValid() || link.server.host().isEmpty() ||
        (link.server.scheme() != QLatin1String("https") && link.server.scheme() != QLatin1String("http")))
        return makeError("enrol.link",
                         tr("登记链接里的服务器地址不对（server=%1）。请向县或镇要一个新的登记二维码。")
                             .arg(query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded)));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9-]{4,64}$"));
    if (!codePattern.match(link.code).hasMatch())
        return makeError(
            "enrol.link",
            tr("登记链接里没有登记码，或登记码的格式不对（code=%1）。请向县或镇要一个新的登记二维码。")
                .arg(link.code));
    if (!fingerprint.isEmpty()) {
        static const QRegularExpression notHex(QStringLiteral("[^0-9a-f]"));
        link.fingerprint = fingerprint.toLower().remove(QLatin1Char(':'));
        if (link.fingerprint.size() != 64 || link.fingerprint.contains(notHex))
            return makeError("enrol.link", tr("登记链接里的证书指纹不对（fp=%1），应为 64 "
                                              "位十六进制数字。请向县或镇要一个新的登记二维码。")
                                               .arg(fingerprint));
    }
    return link;
}

} // namespace junheng::protocol
