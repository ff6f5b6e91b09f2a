#include "HttpTransport.h"

#include "Protocol.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace junheng {

HttpTransport::HttpTransport(QObject *parent) : QObject(parent)
{
    // Redirects could lead a token to another host; the protocol never uses them.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void HttpTransport::setServer(const QUrl &base, const QString &token)
{
    m_base = base;
    m_token = token;
}

QNetworkRequest HttpTransport::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith('/') ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(TimeoutMs);
    return request;
}

void HttpTransport::get(const QString &path, const QUrlQuery &query, Callback done)
{
    handle(m_network.get(request(path, query)), done);
}

void HttpTransport::post(const QString &path, const QJsonObject &body, Callback done)
{
    handle(m_network.post(request(path, {}), QJsonDocument(body).toJson(QJsonDocument::Compact)), done);
}

void HttpTransport::handle(QNetworkReply *reply, const Callback &done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done, server = m_base.toDisplayString()] {
        reply->deleteLater();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        if (result.status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError;
            result.body =
                makeError(timedOut ? "http.timeout" : "http.unreachable",
                          QStringLiteral("连不上服务器 %1（%2）。数据都保存在本机，联网后会自动再发送。")
                              .arg(server, timedOut ? QStringLiteral("等待超时") : reply->errorString()));
            done(result);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (document.isNull() || !document.isObject()) {
            result.body = makeError(
                "http.bad_reply",
                QStringLiteral("服务器 %1 的回复不是同步协议的格式（HTTP %2，可能是网络登录页或代理）。"
                               "数据都保存在本机，稍后会再试。")
                    .arg(server)
                    .arg(result.status));
            done(result);
            return;
        }
        const QJsonObject object = document.object();
        if (result.status >= 200 && result.status < 300) {
            result.body = object;
        } else if (auto error = protocol::parseErrorBody(object)) {
            result.body = *error;
        } else {
            result.body =
                makeError("http.status",
                          QStringLiteral("服务器 %1 回复了错误 HTTP %2。").arg(server).arg(result.status));
        }
        done(result);
    });
}

} // namespace junheng
