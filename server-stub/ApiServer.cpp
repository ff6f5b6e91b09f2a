#include "ApiServer.h"

#include "EventLog.h"
#include "GzipCodec.h"
#include "PushReply.h"
#include "ReportService.h"
#include "RequestBody.h"
#include "ReviewService.h"
#include "ServerDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <cstdio>

namespace junheng::server {

namespace {

using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

// Replies smaller than this are sent as they are: gzip would not pay for its header.
constexpr qsizetype CompressFromBytes = 1024;

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

Result<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    return RequestBody::decode(request.body(), request.value("Content-Encoding"));
}

QHttpServerResponse json(const QJsonObject &object, StatusCode status = StatusCode::Ok)
{
    return QHttpServerResponse(object, status);
}

bool acceptsGzipOf(const QHttpServerRequest &request)
{
    for (const QByteArray &part : request.value("Accept-Encoding").split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        if (pieces.first().trimmed().toLower() == "gzip")
            return pieces.size() < 2 || pieces.at(1).trimmed() != "q=0";
    }
    return false;
}

} // namespace

ApiServer::RequestFacts ApiServer::factsOf(const QHttpServerRequest &request)
{
    return {request.method(), request.url().path(), request.remoteAddress().toString(), request.body().size(),
            acceptsGzipOf(request)};
}

ApiServer::ApiServer(ServerDatabase &database, FormCatalog catalog, QObject *parent)
    : QObject(parent), m_database(database), m_db(database.connection()), m_enrolment(m_db),
      m_attachments(m_db), m_records(m_db, std::move(catalog)),
      m_log([](const QString &line) { std::fprintf(stderr, "%s\n", line.toUtf8().constData()); })
{
    m_clock.start();
    if (database.dialect() == ServerDatabase::Dialect::Sqlite) {
        // The log is copied back by the checkpointer's thread; this connection only if that one stops.
        QSqlQuery(m_db).exec(
            QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(WalCheckpointer::BackstopPages));
        m_checkpointer = std::make_unique<WalCheckpointer>(database.location());
    }
    addRoute(QStringLiteral("/api/v1/health"), Method::Get, &ApiServer::health);
    addRoute(QStringLiteral("/api/v1/enrol"), Method::Post, &ApiServer::enrol);
    addPushRoute();
    addRoute(QStringLiteral("/api/v1/changes"), Method::Get, &ApiServer::changes);
    addRoute(QStringLiteral("/api/v1/records"), Method::Get, &ApiServer::records);
    addRoute(QStringLiteral("/api/v1/reports/county"), Method::Get, &ApiServer::report);
    addAttachmentRoutes();
    addReviewRoutes();
    addEnrolRoutes();
    addRoute(QStringLiteral("/healthz"), Method::Get, &ApiServer::healthz);
    addRoute(QStringLiteral("/metrics"), Method::Get, &ApiServer::metrics);
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handleMissing(request, std::move(responder));
    });
}

ApiServer::~ApiServer()
{
    // The push thread stops before anything it reads (the catalogue) goes; its pending replies are dropped.
    m_pushThread.quit();
    m_pushThread.wait();
    delete m_pushContext;
}

void ApiServer::setRateLimits(int enrolPerMinute, int requestsPerMinute)
{
    m_enrolLimit.setPerMinute(enrolPerMinute);
    m_deviceLimit.setPerMinute(requestsPerMinute);
}

void ApiServer::addRoute(const QString &path, Method method, Handler handler)
{
    m_methodsByPath[path].append(methodName(method));
    m_http.route(path, method, [this, path, handler](const QHttpServerRequest &request) {
        QElapsedTimer timer;
        timer.start();
        LogFields log;
        QHttpServerResponse response = (this->*handler)(request, log);
        finish(path, factsOf(request), response, timer, log);
        return response;
    });
}

QHttpServerResponse ApiServer::respond(const QString &route, const QHttpServerRequest &request,
                                       const std::function<QHttpServerResponse(LogFields &)> &handler)
{
    QElapsedTimer timer;
    timer.start();
    LogFields log;
    QHttpServerResponse response = handler(log);
    finish(route, factsOf(request), response, timer, log);
    return response;
}

void ApiServer::addAttachmentRoutes()
{
    // Each answers the upload's state: {"id", "chunk_count", "received": [chunk…], "committed", …}.
    auto answer = [this](Result<QJsonObject> state, LogFields &log) {
        if (!state)
            return errorResponse(state.error(), log);
        log.fields.insert("attachment", state->value("id"));
        return json(state.value());
    };
    const QString begin = QStringLiteral("/api/v1/attachments");
    m_methodsByPath[begin].append(QStringLiteral("POST"));
    m_http.route(begin, Method::Post, [=, this](const QHttpServerRequest &request) {
        return respond(begin, request, [&](LogFields &log) {
            auto caller = authenticate(request, log);
            if (!caller)
                return errorResponse(caller.error(), log);
            auto body = jsonBody(request);
            if (!body)
                return errorResponse(body.error(), log);
            return answer(m_attachments.begin(caller.value(), body.value()), log);
        });
    });
    m_http.route(QStringLiteral("/api/v1/attachments/<arg>/chunks/<arg>"), Method::Put,
                 [=, this](const QString &id, const QString &chunk, const QHttpServerRequest &request) {
                     return respond(
                         QStringLiteral("/api/v1/attachments/:id/chunks/:n"), request, [&](LogFields &log) {
                             if (request.body().size() > protocol::MaxBodyBytes)
                                 return errorResponse(RequestBody::tooLarge(request.body().size()), log);
                             auto caller = authenticate(request, log);
                             if (!caller)
                                 return errorResponse(caller.error(), log);
                             return answer(m_attachments.putChunk(caller.value(), id, chunk, request.body(),
                                                                  request.value("X-Chunk-SHA256")),
                                           log);
                         });
                 });
    m_http.route(QStringLiteral("/api/v1/attachments/<arg>/commit"), Method::Post,
                 [=, this](const QString &id, const QHttpServerRequest &request) {
                     return respond(QStringLiteral("/api/v1/attachments/:id/commit"), request,
                                    [&](LogFields &log) {
                                        auto caller = authenticate(request, log);
                                        if (!caller)
                                            return errorResponse(caller.error(), log);
                                        return answer(m_attachments.commit(caller.value(), id), log);
                                    });
                 });
    m_http.route(QStringLiteral("/api/v1/attachments/<arg>"), Method::Get,
                 [=, this](const QString &id, const QHttpServerRequest &request) {
                     return respond(QStringLiteral("/api/v1/attachments/:id"), request, [&](LogFields &log) {
                         auto caller = authenticate(request, log);
                         if (!caller)
                             return errorResponse(caller.error(), log);
                         return answer(m_attachments.state(caller.value(), id), log);
                     });
                 });
}

void ApiServer::handleMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    LogFields log;
    const QString path = request.url().path();
    const auto known = m_methodsByPath.constFind(path);
    if (known == m_methodsByPath.constEnd()) {
        QHttpServerResponse response =
            errorResponse(makeError("request.not_found",
                                    QStringLiteral("没有这个接口：%1。本服务器的接口都以 /api/v1/ 开头，"
                                                   "见 docs/protocol.md。")
                                        .arg(path.left(200))),
                          log);
        finish(QStringLiteral("unknown"), factsOf(request), response, timer, log);
        response.write(std::move(responder));
        return;
    }
    const QString allowed = known.value().join(QStringLiteral(", "));
    QHttpServerResponse response = errorResponse(
        makeError("request.method_not_allowed", QStringLiteral("接口 %1 不支持 %2 请求，只支持 %3。")
                                                    .arg(path, methodName(request.method()), allowed)),
        log);
    response.setHeader("Allow", allowed.toLatin1());
    finish(path, factsOf(request), response, timer, log);
    response.write(std::move(responder));
}

void ApiServer::finish(const QString &route, const RequestFacts &request, QHttpServerResponse &response,
                       const QElapsedTimer &timer, const LogFields &log)
{
    // The reply is written to its socket once this returns, but TCP sockets send only when the event loop
    // comes round, and a request waiting on another connection (a device's second push) would be handled
    // first: its reply would wait all that time. So the replies written are sent before anything else.
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &ApiServer::flushReplies, Qt::QueuedConnection);
    }
    const int status = int(response.statusCode());
    if (log.retryAfterSeconds > 0)
        response.setHeader("Retry-After", QByteArray::number(log.retryAfterSeconds));
    if (request.acceptsGzip && response.data().size() >= CompressFromBytes &&
        !response.hasHeader("Content-Encoding")) {
        const QByteArray compressed = GzipCodec::compress(response.data());
        if (!compressed.isEmpty()) {
            QHttpServerResponse gzipped(response.mimeType(), compressed, response.statusCode());
            for (const QByteArray &name : {QByteArrayLiteral("Allow"), QByteArrayLiteral("Retry-After"),
                                           QByteArrayLiteral("Content-Disposition")}) {
                for (const QByteArray &value : response.headers(name))
                    gzipped.addHeader(name, value);
            }
            gzipped.setHeader("Content-Encoding", "gzip");
            gzipped.setHeader("Vary", "Accept-Encoding");
            response = std::move(gzipped);
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    m_metrics.recordRequest(route, status, seconds);
    // A database that went away (restarted, network cut) is reconnected for the next request.
    if (status >= 500)
        m_database.checkOrReconnect();
    if (!m_log)
        return;
    QJsonObject line{
        {"time", protocol::isoTime(QDateTime::currentDateTimeUtc())},
        {"event", "request"},
        {"method", methodName(request.method)},
        {"path", request.path.left(200)},
        {"status", status},
        {"ms", qRound64(seconds * 1000 * 10) / 10.0},
        {"remote", request.remote},
        {"bytes_in", int(request.bytesIn)},
    };
    for (auto it = log.fields.begin(); it != log.fields.end(); ++it)
        line.insert(it.key(), it.value());
    m_log(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
}

void ApiServer::flushReplies()
{
    m_flushQueued = false;
    // The connections' sockets are the HTTP server's (or its listening servers') children.
    for (QAbstractSocket *socket : m_http.findChildren<QAbstractSocket *>()) {
        if (socket->bytesToWrite() > 0)
            socket->flush();
    }
}

int ApiServer::httpStatus(const QString &errorCode)
{
    static const QHash<QString, int> statuses{
        {"request.invalid", 400},
        {"auth.required", 401},
        {"auth.invalid", 401},
        {"auth.revoked", 401},
        {"enrol.code_invalid", 403},
        {"scope.forbidden", 403},
        {"request.not_found", 404},
        {"request.method_not_allowed", 405},
        {"enrol.code_used", 409},
        {"attachment.unknown", 404},
        {"attachment.conflict", 409},
        {"attachment.incomplete", 409},
        {"attachment.chunk_mismatch", 422},
        {"attachment.checksum_mismatch", 422},
        {"record.batch_too_large", 413},
        {"request.too_large", 413},
        {"request.unsupported_encoding", 415},
        {"request.rate_limited", 429},
        {"cycle.unknown", 404},
        {"cycle.exists", 409},
        {"cycle.state", 409},
        {"review.state", 409},
        {"review.stale", 409},
        {"server.storage", 500},
        {"server.unavailable", 503},
    };
    return statuses.value(errorCode, 400);
}

QHttpServerResponse ApiServer::errorResponse(const Error &error, LogFields &log) const
{
    log.fields.insert("error", error.code);
    if (error.code.startsWith(QLatin1String("server."))) {
        // The details (SQL errors) are for the log, not for the person at the device.
        log.fields.insert("detail", error.message);
        const Error shown = makeError(error.code, QStringLiteral("服务器内部出错，数据未保存。请稍后重试；"
                                                                 "如果一直出错，请联系县教育局管理员。"));
        return json(protocol::errorBody(shown), StatusCode(httpStatus(error.code)));
    }
    return json(protocol::errorBody(error), StatusCode(httpStatus(error.code)));
}

Result<Caller> ApiServer::authenticate(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = m_enrolment.authenticate(request.value("Authorization"));
    if (!caller)
        return caller;
    log.fields.insert("device", caller->deviceId);
    log.fields.insert("scope", QString(caller->role + QLatin1Char(':') + caller->scopeCode));
    int retryAfter = 0;
    if (!m_deviceLimit.allow(caller->deviceId, m_clock.elapsed(), &retryAfter)) {
        m_metrics.recordRateLimited(QStringLiteral("device"));
        log.retryAfterSeconds = retryAfter;
        return makeError("request.rate_limited",
                         QStringLiteral("本设备的请求太频繁（每分钟最多 %1 个）。请 %2 秒后再试；"
                                        "同步会自动重试。")
                             .arg(m_deviceLimit.perMinute())
                             .arg(retryAfter));
    }
    return caller;
}

QHttpServerResponse ApiServer::health(const QHttpServerRequest &, LogFields &log)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT 1")) || !query.next())
        return errorResponse(makeError("server.unavailable", QStringLiteral("数据库不可用")), log);
    return json(QJsonObject{{"status", "ok"},
                            {"protocol", protocol::Version},
                            {"server_time", protocol::isoTime(QDateTime::currentDateTimeUtc())}});
}

QHttpServerResponse ApiServer::healthz(const QHttpServerRequest &request, LogFields &log)
{
    return health(request, log);
}

QHttpServerResponse ApiServer::metrics(const QHttpServerRequest &, LogFields &)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                               m_metrics.render());
}

QHttpServerResponse ApiServer::enrol(const QHttpServerRequest &request, LogFields &log)
{
    // Before anything else: guessing codes costs one attempt each, whatever the answer.
    int retryAfter = 0;
    if (!m_enrolLimit.allow(request.remoteAddress().toString(), m_clock.elapsed(), &retryAfter)) {
        m_metrics.recordRateLimited(QStringLiteral("enrol"));
        log.retryAfterSeconds = retryAfter;
        return errorResponse(
            makeError("request.rate_limited",
                      QStringLiteral("登记尝试太频繁（每个地址每分钟最多 %1 次）。请 %2 秒后再试。")
                          .arg(m_enrolLimit.perMinute())
                          .arg(retryAfter)),
            log);
    }
    auto body = jsonBody(request);
    if (!body)
        return errorResponse(body.error(), log);
    const QJsonValue code = body->value("code");
    const QJsonValue name = body->value("device_name");
    if (!code.isString() || code.toString().trimmed().isEmpty())
        return errorResponse(
            makeError("request.invalid", QStringLiteral("请求中缺少登记码（字段 code，文字）。")), log);
    if (code.toString().size() > 64)
        return errorResponse(
            makeError("request.invalid", QStringLiteral("登记码太长：登记码是 8 个字母或数字。")), log);
    if (!name.isUndefined() && !name.isString())
        return errorResponse(makeError("request.invalid", QStringLiteral("字段 device_name 应是文字。")),
                             log);
    auto reply = m_enrolment.enrol(code.toString(), name.toString().trimmed().left(100));
    if (!reply)
        return errorResponse(reply.error(), log);
    log.fields.insert("device", reply->deviceId);
    log.fields.insert("scope", QString(reply->scope.role + QLatin1Char(':') + reply->scope.code));
    QJsonObject object = reply->toJson();
    if (!m_fingerprint.isEmpty())
        object.insert("tls_fingerprint", m_fingerprint);
    return json(object);
}

QHttpServerResponse ApiServer::changes(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    const QUrlQuery query = request.query();
    auto since = RequestBody::integerParameter(query, QStringLiteral("since"), 0, 0);
    if (!since)
        return errorResponse(since.error(), log);
    auto limit = RequestBody::integerParameter(query, QStringLiteral("limit"), protocol::MaxPullLimit, 1);
    if (!limit)
        return errorResponse(limit.error(), log);
    auto skipOwn = RequestBody::integerParameter(query, QStringLiteral("skip_own"), 0, 0);
    if (!skipOwn || skipOwn.value() > 1) {
        return errorResponse(
            skipOwn ? makeError("request.invalid", QStringLiteral("参数 skip_own 只能是 0 或 1。"))
                    : skipOwn.error(),
            log);
    }
    auto hints = RequestBody::integerParameter(query, QStringLiteral("hints"), 0, 0);
    if (!hints || hints.value() > 1) {
        return errorResponse(hints
                                 ? makeError("request.invalid", QStringLiteral("参数 hints 只能是 0 或 1。"))
                                 : hints.error(),
                             log);
    }
    auto reply =
        m_records.pull(caller.value(), since.value(),
                       int(qMin<qint64>(limit.value(), protocol::MaxPullLimit)), skipOwn.value() == 1);
    if (!reply)
        return errorResponse(reply.error(), log);
    log.fields.insert("since", since.value());
    log.fields.insert("changes", int(reply->changes.size()));
    QJsonObject object = reply->toJson();
    if (hints.value() == 1 && !reply->more) {
        // What else there is to pull, so a device with nothing new needs this one request (docs/protocol.md,
        // "Pull"): the latest review event in its scope and a digest of its school list.
        auto latest = EventLog(m_db).latest(caller.value());
        if (!latest)
            return errorResponse(latest.error(), log);
        auto schools = ReviewService(m_db, m_records.catalog()).schools(caller.value());
        if (!schools)
            return errorResponse(schools.error(), log);
        object.insert("events_latest", latest.value());
        object.insert("schools_digest",
                      QString::fromLatin1(QCryptographicHash::hash(
                                              QJsonDocument(schools.value()).toJson(QJsonDocument::Compact),
                                              QCryptographicHash::Sha256)
                                              .toHex()));
    }
    return json(object);
}

QHttpServerResponse ApiServer::records(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    const QUrlQuery query = request.query();
    auto list =
        m_records.list(caller.value(), query.queryItemValue(QStringLiteral("form"), QUrl::FullyDecoded),
                       query.queryItemValue(QStringLiteral("school"), QUrl::FullyDecoded));
    if (!list)
        return errorResponse(list.error(), log);
    QJsonArray array;
    for (const protocol::WireRecord &record : list.value())
        array.append(record.toJson());
    log.fields.insert("records", int(array.size()));
    return json(QJsonObject{{"records", array}});
}

QHttpServerResponse ApiServer::report(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    auto file = ReportService(m_db, m_records).report(caller.value(), request.query());
    if (!file)
        return errorResponse(file.error(), log);
    log.fields.insert("bytes", int(file->body.size()));
    QHttpServerResponse response(file->contentType, file->body);
    response.addHeader("Content-Disposition", "attachment; filename=\"report\"; filename*=UTF-8''" +
                                                  QUrl::toPercentEncoding(file->fileName));
    return response;
}

Status ApiServer::setTls(const QString &certificateFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return makeError("server.tls", QStringLiteral("本机的 Qt 不支持 TLS（找不到 OpenSSL）。"));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return makeError("server.tls",
                         QStringLiteral("读不出证书文件 %1（应为 PEM 格式）。").arg(certificateFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("server.tls",
                         QStringLiteral("读不出私钥文件 %1：%2").arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return makeError(
            "server.tls",
            QStringLiteral("读不出私钥文件 %1（应为不加密码的 PEM 格式 RSA 或 EC 私钥）。").arg(keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_http.sslSetup(configuration);
    m_tls = true;
    return Ok{};
}

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0) {
        return makeError("server.listen",
                         QStringLiteral("无法在 %1 的端口 %2 上监听：端口可能已被占用，或没有权限。")
                             .arg(address.toString())
                             .arg(port));
    }
    return bound;
}

} // namespace junheng::server
