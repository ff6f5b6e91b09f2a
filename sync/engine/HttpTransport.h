#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace junheng {

// JSON requests to the collection server. A reply is a success only if it has a 2xx status and a JSON
// object body: a captive portal's HTML page with 200 is an error (docs/protocol.md, "Conventions").
// Bodies over 1 KiB are sent gzip-compressed; Qt asks for and unpacks gzip replies by itself.
//
// The requests run in a thread of their own (the network thread, one per transport): Qt's network access
// feeds a request body to its connection through the thread that made the request, chunk by chunk, so a
// request made on a thread busy with the database (saving one push reply while the next batch uploads)
// reached the server only when that work was done. Callbacks come back on the transport's own thread.
//
// Certificates: a server whose certificate the system trusts is accepted as usual. A self-signed one
// (the server makes one on its first run) is accepted only by its SHA-256 fingerprint: at enrolment the
// one expected (from the QR code or the county) or, when none is given, the one first seen, which is then
// pinned; afterwards only the pinned certificate, whatever the system thinks of it.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 0; // HTTP status; 0 when no reply came (unreachable, timeout, cut)
        Result<QJsonObject> body = makeError("http.none", QString());
        // The fingerprint of a certificate the system does not trust that was accepted for this reply
        // (pinned, expected or first seen at enrolment); empty for a trusted certificate or plain HTTP.
        QString acceptedCertificateSha256;
        // A 429's (or 503's) Retry-After, in seconds; 0 when the server did not say.
        int retryAfterSeconds = 0;
    };
    using Callback = std::function<void(const Reply &)>;

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    // pinnedSha256: the certificate fingerprint pinned at enrolment (lower-case hex), or empty.
    void setServer(const QUrl &base, const QString &token, const QString &pinnedSha256 = {});
    // For enrolment: accept a certificate the system does not trust if its fingerprint is `expected`, or
    // any such certificate when `expected` is empty (trust on first use; the caller pins what it got).
    void setEnrolmentTrust(const QString &expectedSha256);
    static QString fingerprint(const QSslCertificate &certificate);
    static QString normaliseFingerprint(const QString &text); // "AB:CD:…" or "abcd…" -> "abcd…"

    void get(const QString &path, const QUrlQuery &query, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    // The same for a body already serialised (compact JSON), e.g. a push batch built record by record.
    void postJson(const QString &path, const QByteArray &json, Callback done);

private:
    // Who may answer: what the certificate handlers need, copied for each request (the network thread
    // must not read members the caller's thread may change meanwhile).
    struct Trust
    {
        bool enrolling = false;
        QString expected;
        QString pinned;
        QString server; // for messages
    };
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    Trust trust() const;
    // In the network thread: sends the request (a GET when `body` is null) and answers `done` back here.
    void send(const QNetworkRequest &request, const QByteArray &body, const Callback &done);
    void handle(QNetworkReply *reply, const Trust &trust, const Callback &done);

    QThread m_thread;
    QObject m_anchor;                          // lives in m_thread: the context of its work
    QNetworkAccessManager *m_network = nullptr; // created, used and deleted in m_thread
    QUrl m_base;
    QString m_token;
    QString m_pinned;
    bool m_enrolling = false;
    QString m_expected;
    static constexpr int TimeoutMs = 30000;
};

} // namespace junheng
