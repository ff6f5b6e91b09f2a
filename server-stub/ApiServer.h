#pragma once

#include "EnrolmentService.h"
#include "FormCatalog.h"
#include "RecordService.h"
#include "Result.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QStringList>
#include <functional>

namespace junheng::server {

class ServerDatabase;

// The HTTP API of docs/protocol.md on Qt HTTP Server: routes, JSON bodies, authentication, the mapping
// of error codes to statuses, and one log line per request. The rules live in the services.
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

    // Where the per-request log lines go; stderr by default.
    void setLogSink(LogSink sink) { m_log = std::move(sink); }

    // The HTTP status of an error code (400 for codes it does not know).
    static int httpStatus(const QString &errorCode);

private:
    // What a handler adds to its request's log line ("device=… records=…").
    struct LogFields
    {
        QStringList fields;
    };
    using Handler = QHttpServerResponse (ApiServer::*)(const QHttpServerRequest &, LogFields &);

    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    void handleMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void logRequest(const QHttpServerRequest &request, int status, qint64 ms, const LogFields &log) const;

    QHttpServerResponse health(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse enrol(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse push(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse changes(const QHttpServerRequest &request, LogFields &log);
    QHttpServerResponse records(const QHttpServerRequest &request, LogFields &log);

    Result<Caller> authenticate(const QHttpServerRequest &request, LogFields &log) const;
    QHttpServerResponse errorResponse(const Error &error, LogFields &log) const;

    QSqlDatabase m_db;
    EnrolmentService m_enrolment;
    RecordService m_records;
    QHttpServer m_http;
    QHash<QString, QStringList> m_methodsByPath; // for 405 and its Allow header
    LogSink m_log;
    bool m_tls = false;
};

} // namespace junheng::server
