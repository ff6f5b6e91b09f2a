#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>

namespace junheng::server::test {

struct HttpReply
{
    int status = 0; // 0: no HTTP reply (connection error or timeout)
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray peerCertificateSha256; // hex, with TLS

    QByteArray header(const QByteArray &name) const;

    QString errorCode() const { return json.value("error").toObject().value("code").toString(); }
    QString errorMessage() const { return json.value("error").toObject().value("message").toString(); }
};

// HTTP (or HTTPS, accepting the server's self-signed certificate and reporting its fingerprint) to a
// server on 127.0.0.1, waiting on each reply with a timeout (never a sleep), without proxies.
class TestClient
{
public:
    explicit TestClient(quint16 port, bool tls = false);

    HttpReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                   const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    quint16 m_port;
    bool m_tls;
    QNetworkAccessManager m_network;
};

} // namespace junheng::server::test
