#include "HttpTransport.h"

#include "Gzip.h"
#include "Protocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <memory>

namespace junheng {

namespace {

// Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3).
int retryAfter(const QByteArray &header)
{
    if (header.isEmpty())
        return 0;
    bool number = false;
    const int seconds = header.trimmed().toInt(&number);
    if (number)
        return std::clamp(seconds, 0, 24 * 3600);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return 0;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0, 24 * 3600));
}

} // namespace

HttpTransport::HttpTransport(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("junheng-network"));
    m_thread.start();
    m_anchor.moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        &m_anchor,
        [this] {
            m_network = new QNetworkAccessManager;
            // Redirects could lead a token to another host; the protocol never uses them.
            m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        },
        Qt::BlockingQueuedConnection);
}

HttpTransport::~HttpTransport()
{
    // Requests still on their way are aborted with the manager; their answers, posted to this object,
    // are dropped with it.
    QMetaObject::invokeMethod(
        &m_anchor,
        [this] {
            delete m_network;
            m_network = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HttpTransport::setServer(const QUrl &base, const QString &token, const QString &pinnedSha256)
{
    m_base = base;
    m_token = token;
    m_pinned = normaliseFingerprint(pinnedSha256);
    m_enrolling = false;
    m_expected.clear();
}

void HttpTransport::setEnrolmentTrust(const QString &expectedSha256)
{
    m_enrolling = true;
    m_expected = normaliseFingerprint(expectedSha256);
}

QString HttpTransport::fingerprint(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QString()
                                : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString HttpTransport::normaliseFingerprint(const QString &text)
{
    static const QRegularExpression notHex(QStringLiteral("[^0-9a-f]"));
    return text.toLower().remove(notHex);
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

HttpTransport::Trust HttpTransport::trust() const
{
    return Trust{m_enrolling, m_expected, m_pinned, m_base.toDisplayString()};
}

void HttpTransport::get(const QString &path, const QUrlQuery &query, Callback done)
{
    send(request(path, query), QByteArray(), done);
}

void HttpTransport::post(const QString &path, const QJsonObject &body, Callback done)
{
    postJson(path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void HttpTransport::postJson(const QString &path, const QByteArray &json, Callback done)
{
    // A POST always has a body, if only an empty one (a null array marks a GET).
    send(request(path, {}), json.isNull() ? QByteArray("") : json, done);
}

void HttpTransport::send(const QNetworkRequest &request, const QByteArray &body, const Callback &done)
{
    QMetaObject::invokeMethod(
        &m_anchor,
        [this, request, body, done, trust = trust()] {
            if (!m_network)
                return;
            if (body.isNull()) {
                handle(m_network->get(request), trust, done);
                return;
            }
            // Compressed here, in the network thread, off the caller's.
            QNetworkRequest sent = request;
            QByteArray bytes = body;
            if (bytes.size() > 1024) {
                if (QByteArray packed = gzipCompress(bytes); !packed.isEmpty()) {
                    bytes = std::move(packed);
                    sent.setRawHeader("Content-Encoding", "gzip");
                }
            }
            handle(m_network->post(sent, bytes), trust, done);
        },
        Qt::QueuedConnection);
}

void HttpTransport::handle(QNetworkReply *reply, const Trust &trust, const Callback &done)
{
    // What was decided about the server's certificate, shared by the handlers of this reply.
    auto accepted = std::make_shared<QString>();
    auto refused = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, &m_anchor,
            [reply, accepted, refused, trust](const QList<QSslError> &errors) {
                const QString seen = fingerprint(reply->sslConfiguration().peerCertificate());
                const bool ok = trust.enrolling ? (trust.expected.isEmpty() || seen == trust.expected)
                                                : (!trust.pinned.isEmpty() && seen == trust.pinned);
                if (ok) {
                    *accepted = seen;
                    reply->ignoreSslErrors(errors);
                } else {
                    *refused = seen;
                }
            });
    connect(reply, &QNetworkReply::encrypted, &m_anchor, [reply, refused, trust] {
        // A certificate the system trusts must still be the pinned one once a pin exists.
        const QString seen = fingerprint(reply->sslConfiguration().peerCertificate());
        const QString &must = trust.enrolling ? trust.expected : trust.pinned;
        if (!must.isEmpty() && seen != must) {
            *refused = seen;
            reply->abort();
        }
    });
    // The reply is read (and its JSON parsed) here; `done` runs on the transport's thread.
    auto answer = [this, done](const Reply &result) {
        QMetaObject::invokeMethod(this, [done, result] { done(result); }, Qt::QueuedConnection);
    };
    connect(reply, &QNetworkReply::finished, &m_anchor,
            [reply, answer, accepted, refused, trust, server = trust.server] {
                reply->deleteLater();
                Reply result;
                result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                result.acceptedCertificateSha256 = *accepted;
                result.retryAfterSeconds = retryAfter(reply->rawHeader("Retry-After"));
                // A reply cut by the transfer timeout is closed already: reading it would only warn.
                const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
                if (!refused->isEmpty()) {
                    const QString &must = trust.enrolling ? trust.expected : trust.pinned;
                    result.status = 0;
                    result.body = makeError(
                        "http.certificate",
                        must.isEmpty()
                            ? tr("服务器 %1 的证书不受信任（指纹 "
                                 "%2）。请向县里的管理员要登记二维码或证书指纹后再登记。")
                                  .arg(server, *refused)
                            : tr("服务器 %1 的证书与%2的不一致（应为 %3，实际 %4）。可能有人冒充服务器，"
                                 "也可能服务器换了证书。没有发送任何数据；请联系县里的管理员确认后重新登记。")
                                  .arg(server, trust.enrolling ? tr("登记码给出") : tr("登记时记下"),
                                       must.left(16) + tr("…"), refused->left(16) + tr("…")));
                    answer(result);
                    return;
                }
                if (result.status == 0) {
                    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                          reply->error() == QNetworkReply::TimeoutError;
                    result.body =
                        makeError(timedOut ? "http.timeout" : "http.unreachable",
                                  tr("连不上服务器 %1（%2）。数据都保存在本机，联网后会自动再发送。")
                                      .arg(server, timedOut ? tr("等待超时") : reply->errorString()));
                    answer(result);
                    return;
                }
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
                if (document.isNull() || !document.isObject()) {
                    result.body =
                        makeError("http.bad_reply",
                                  tr("服务器 %1 的回复不是同步协议的格式（HTTP %2，可能是网络登录页或代理）。"
                                     "数据都保存在本机，稍后会再试。")
                                      .arg(server)
                                      .arg(result.status));
                    answer(result);
                    return;
                }
                const QJsonObject object = document.object();
                if (result.status >= 200 && result.status < 300) {
                    result.body = object;
                } else if (auto error = protocol::parseErrorBody(object)) {
                    result.body = *error;
                } else {
                    result.body = makeError(
                        "http.status", tr("服务器 %1 回复了错误 HTTP %2。").arg(server).arg(result.status));
                }
                answer(result);
            });
}

} // namespace junheng
