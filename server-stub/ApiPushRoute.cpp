#include "ApiServer.h"

#include "PushReply.h"
#include "RequestBody.h"

#include <QJsonArray>
#include <QPointer>
#include <QTcpSocket>
#include <optional>

namespace junheng::server {

namespace {

const QString PushPath = QStringLiteral("/api/v1/records/push");

// Pushes handed to the push thread and not yet stored. Two keep the thread reading the next push while
// this one stores the last; a few more let a burst of devices queue up read, each holding its parsed body.
constexpr int MaxPushesUnderway = 4;

} // namespace

// One push between its arrival and its reply.
struct ApiServer::PushJob
{
    QElapsedTimer timer;
    LogFields log;
    RequestFacts facts;
    std::optional<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket; // gone if the device hung up meanwhile: the push is stored, not answered
    Caller caller;
    QByteArray body;
    QByteArray contentEncoding;
    // Filled on the push thread:
    std::optional<Result<RecordService::ReadPush>> read;
    bool compactReply = false;
};

void ApiServer::addPushRoute()
{
    m_pushContext = new QObject;
    m_pushContext->moveToThread(&m_pushThread);
    m_pushThread.setObjectName(QStringLiteral("junheng-push"));
    m_pushThread.start();
    m_methodsByPath[PushPath].append(QStringLiteral("POST"));
    m_http.route(PushPath, QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     startPush(request, std::move(responder));
                 });
}

void ApiServer::startPush(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto job = std::make_shared<PushJob>();
    job->timer.start();
    job->facts = factsOf(request);
    job->socket = responder.socket();
    job->responder.emplace(std::move(responder));
    // Refused at once, as every other route: too large, not authenticated, rate limited.
    std::optional<Error> refused;
    if (request.body().size() > protocol::MaxBodyBytes) {
        refused = RequestBody::tooLarge(request.body().size());
    } else if (auto caller = authenticate(request, job->log); !caller) {
        refused = caller.error();
    } else {
        job->caller = caller.value();
        job->body = request.body();
        job->contentEncoding = request.value("Content-Encoding");
    }
    if (refused) {
        QHttpServerResponse response = errorResponse(*refused, job->log);
        finish(PushPath, job->facts, response, job->timer, job->log);
        response.write(std::move(*job->responder));
        return;
    }
    m_pushesWaiting.append(job);
    readPushes();
}

void ApiServer::readPushes()
{
    while (m_pushesUnderway < MaxPushesUnderway && !m_pushesWaiting.isEmpty()) {
        std::shared_ptr<PushJob> job = m_pushesWaiting.takeFirst();
        ++m_pushesUnderway;
        const FormCatalog *catalog = &m_records.catalog();
        // The push thread reads; the job goes back to this thread to be stored. Jobs run there in turn, so
        // pushes are stored in the order they arrived.
        QMetaObject::invokeMethod(
            m_pushContext,
            [this, job, catalog] {
                QByteArray text; // the body's text too: each payload is kept as sent when its hash says so
                auto body = RequestBody::decode(job->body, job->contentEncoding, &text);
                job->body.clear();
                if (!body) {
                    job->read = body.error();
                } else {
                    job->compactReply = body->value("reply").toString() == QLatin1String("compact");
                    job->read = RecordService::read(*catalog, body.value(), text);
                }
                QMetaObject::invokeMethod(
                    this, [this, job] { storePush(job); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
}

void ApiServer::storePush(const std::shared_ptr<PushJob> &job)
{
    --m_pushesUnderway;
    readPushes();
    QHttpServerResponse response = pushResponse(*job);
    // The parsed push is freed on the thread that made it (freeing it here, in glibc's other arena, showed
    // in the profile of this thread, which is the one every push waits for).
    QMetaObject::invokeMethod(
        m_pushContext, [job] { job->read.reset(); }, Qt::QueuedConnection);
    if (!job->socket)
        job->log.fields.insert("hung_up", true); // stored all the same: the device's next push is duplicates
    finish(PushPath, job->facts, response, job->timer, job->log);
    if (job->socket)
        response.write(std::move(*job->responder));
}

QHttpServerResponse ApiServer::pushResponse(PushJob &job)
{
    if (!job.read->ok())
        return errorResponse(job.read->error(), job.log);
    auto results = m_records.store(job.caller, job.read->value());
    if (!results)
        return errorResponse(results.error(), job.log);
    QHash<QString, int> counts;
    for (const protocol::PushResult &result : results.value())
        ++counts[protocol::outcomeName(result.outcome)];
    job.log.fields.insert("records", int(results->size()));
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        job.log.fields.insert(it.key(), it.value());
        m_metrics.recordOutcome(it.key(), it.value());
    }
    // A device that asks for it gets applied records as runs (docs/protocol.md, compact replies).
    if (job.compactReply)
        return QHttpServerResponse(protocol::compactPushReply(results.value()));
    QJsonArray list;
    for (const protocol::PushResult &result : results.value())
        list.append(result.toJson());
    return QHttpServerResponse(QJsonObject{{"results", list}});
}

} // namespace junheng::server
