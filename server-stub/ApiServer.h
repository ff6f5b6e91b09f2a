#pragma once

#include "AttachmentService.h"
#include "EnrolmentService.h"
#include "FormCatalog.h"
#include "RateLimiter.h"
#include "RecordService.h"
#include "Result.h"
#include "ServerMetrics.h"
#include "WalCheckpointer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <functional>
#include <memory>

namespace junheng::server {

class ServerDatabase;

// The HTTP API of docs/protocol.md on Qt HTTP Server: routes, JSON bodies (gzip in and out), authentication,
// rate limits, the mapping of error codes to statuses, /healthz and /metrics, and one JSON log line per
// request. The rules live in the services; the only state kept here is the rate limiters and the metrics
// (per process by nature, see docs/operations.md).
class ApiServer : public QObject
{
    Q_OBJECT

public:
    using LogSink = std::function<void(const QString &line)>;

    ApiServer(ServerDatabase &database, FormCatalog catalog, QObject *parent = nullptr);
    ~ApiServer() override;

    // PEM certificate (chain) and private key; call before listen().
    Status setTls(const QString &certificateFile, const QString &keyFile);
    bool usesTls() const { return m_tls; }
    // The port listened on (the free one picked for port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    // Where the per-request log lines (JSON objects) go; stderr by default.
    void setLogSink(LogSink sink) { m_log = std::move(sink); }
    // Enrolment attempts per remote address and requests per device, each a minute; 0: no limit.
    void setRateLimits(int enrolPerMinute, int requestsPerMinute);
    // The SQLite log's checkpointer (null on PostgreSQL).
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }
    // The SHA-256 fingerprint of the TLS certificate, sent in the enrol reply for the device to pin.
    void setCertificateFingerprint(const QString &fingerprint) { m_fingerprint = fingerprint; }

    // The HTTP status of an error code (400 for codes it does not know).
    static int httpStatus(const QString &errorCode);

private:
    // What a handler adds to its request's log line (device, records, error…).
    struct LogFields
    {
        QJsonObject fields;
        int retryAfterSeconds = 0; // a 429's Retry-After
    };
    using Handler = QHttpServerResponse (ApiServer::*)(const QHttpServerRequest &, LogFields &);
    // What the log line, the metrics and gzip need of a request, kept apart from it: a push is answered
    // after its handler has returned, when the request object may already hold the connection's next one.
    struct RequestFacts
    {
        QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
        QString path;
        QString remote;
        qsizetype bytesIn = 0;
        bool acceptsGzip = false;
    };
    static RequestFacts factsOf(const QHttpServerRequest &request);
    struct PushJob; // ApiPushRoute.cpp

    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    void addAttachmentRoutes();
    // Cycles, review, the event feed, the school directory and completeness (ApiReviewRoutes.cpp).
    void addReviewRoutes();
    // Enrolment codes issued from a device and the device list (ApiEnrolRoutes.cpp).
    void addEnrolRoutes();
    // Runs `handler` for a route with path arguments: timing, logging, metrics as addRoute.
    QHttpServerResponse respond(const QString &route, const QHttpServerRequest &request,
                                const std::function<QHttpServerResponse(LogFields &)> &handler);
    void handleMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // Sends the replies written to their sockets now (see finish).
    void flushReplies();
    void finish(const QString &route, const RequestFacts &request, QHttpServerResponse &response,
                const QElapsedTimer &timer, const LogFields &log);

    // The push route (ApiPushRoute.cpp): authenticated here, read on the push thread (RecordService::read),
    // stored back here (RecordService::store), so one push is read while another is stored.
    void addPushRoute();
    void startPush(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void readPushes();
    void storePush(const std::shared_ptr<PushJob> &job);
    QHttpServerResponse pushResponse(PushJob &job);

    QHttpServerResponse health(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse enrol(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse changes(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse records(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse report(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse listCycles(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse createCycle(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse decide(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse events(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse schoolList(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse completeness(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse issueEnrolmentCode(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse listDevices(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse healthz(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse metrics(const QHttpServerRequest &request, LogFields &log);

    // The caller, after the per-device rate limit ("request.rate_limited").
    Result<Caller> authenticate(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse errorResponse(const Error &error, LogFields &log) const;

    ServerDatabase &m_database;
    QSqlDatabase m_db;
    EnrolmentService m_enrolment;
    AttachmentService m_attachments;
    RecordService m_records;
    QHttpServer m_http;
    QHash<QString, QStringList> m_methodsByPath; // for 405 and its Allow header
    LogSink m_log;
    bool m_tls = false;
    QString m_fingerprint;
    RateLimiter m_enrolLimit;
    RateLimiter m_deviceLimit;
    QElapsedTimer m_clock;      // monotonic, for the rate limiters
    bool m_flushQueued = false; // flushReplies is queued
    ServerMetrics m_metrics;
    QThread m_pushThread;
    QObject *m_pushContext = nullptr;                // lives in m_pushThread: the pushes are read there
    QList<std::shared_ptr<PushJob>> m_pushesWaiting; // authenticated, not yet handed to the push thread
    int m_pushesUnderway = 0;                        // handed to the push thread, not yet stored
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite only
};

} // namespace junheng::server
