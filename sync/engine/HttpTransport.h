#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace junheng {

// JSON requests to the collection server. A reply is a success only if it has a 2xx status and a JSON
// object body: a captive portal's HTML page with 200 is an error (docs/protocol.md, "Conventions").
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 0; // HTTP status; 0 when no reply came (unreachable, timeout, cut)
        Result<QJsonObject> body = makeError("http.none", QString());
    };
    using Callback = std::function<void(const Reply &)>;

    explicit HttpTransport(QObject *parent = nullptr);

    void setServer(const QUrl &base, const QString &token);

    void get(const QString &path, const QUrlQuery &query, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    void handle(QNetworkReply *reply, const Callback &done);

    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
    static constexpr int TimeoutMs = 30000;
};

} // namespace junheng
