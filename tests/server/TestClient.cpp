#include "TestClient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace junheng::server::test {

namespace {
constexpr int ReplyTimeoutMs = 10000;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

TestClient::TestClient(quint16 port, bool tls) : m_port(port), m_tls(tls)
{
    m_network.setProxy(QNetworkProxy::NoProxy); // the machine's proxy settings must not see loopback tests
}

HttpReply TestClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                           const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                                     .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                                     .arg(m_port)
                                     .arg(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = body.isEmpty() && method == "GET"
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, method, body);
    HttpReply result;
    if (m_tls) {
        // A self-signed certificate: accepted here, and its fingerprint reported for the test to check.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, &result](const QList<QSslError> &) {
            result.peerCertificateSha256 =
                reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
            reply->ignoreSslErrors();
        });
    }
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(ReplyTimeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (reply->isFinished()) {
        result.headers = reply->rawHeaderPairs();
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
