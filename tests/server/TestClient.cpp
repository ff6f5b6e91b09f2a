#include "TestClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace junheng::server::test {

namespace {
constexpr int ReplyTimeoutMs = 10000;
}

TestClient::TestClient(quint16 port) : m_port(port)
{
    m_network.setProxy(QNetworkProxy::NoProxy); // the machine's proxy settings must not see loopback tests
}

HttpReply TestClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                           const QString &token)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = body.isEmpty() && method == "GET"
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(ReplyTimeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.json = QJsonDocument::fromJson(result.body).object();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

} // namespace junheng::server::test
