// The routes of docs/protocol.md "Cycles", "Review", "Events", "Schools" and "Completeness" (the rest of
// ApiServer is in ApiServer.cpp). The rules are in CycleService, ReviewService and EventLog.
#include "ApiServer.h"

#include "CycleService.h"
#include "EventLog.h"
#include "RequestBody.h"
#include "ReviewService.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace junheng::server {

namespace {

using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse reply(const QJsonObject &object)
{
    return QHttpServerResponse(object, StatusCode::Ok);
}

Result<QJsonObject> bodyOf(const QHttpServerRequest &request)
{
    if (request.body().isEmpty())
        return QJsonObject();
    return RequestBody::decode(request.body(), request.value("Content-Encoding"));
}

} // namespace

void ApiServer::addReviewRoutes()
{
    addRoute(QStringLiteral("/api/v1/cycles"), Method::Get, &ApiServer::listCycles);
    addRoute(QStringLiteral("/api/v1/cycles"), Method::Post, &ApiServer::createCycle);
    addRoute(QStringLiteral("/api/v1/reviews"), Method::Post, &ApiServer::decide);
    addRoute(QStringLiteral("/api/v1/events"), Method::Get, &ApiServer::events);
    addRoute(QStringLiteral("/api/v1/schools"), Method::Get, &ApiServer::schoolList);
    addRoute(QStringLiteral("/api/v1/completeness"), Method::Get, &ApiServer::completeness);
    for (const QString &action : {QStringLiteral("publish"), QStringLiteral("close")}) {
        m_http.route(QStringLiteral("/api/v1/cycles/<arg>/") + action, Method::Post,
                     [this, action](const QString &id, const QHttpServerRequest &request) {
                         return respond(
                             QStringLiteral("/api/v1/cycles/:id/") + action, request, [&](LogFields &log) {
                                 auto caller = authenticate(request, log);
                                 if (!caller)
                                     return errorResponse(caller.error(), log);
                                 auto body = bodyOf(request);
                                 if (!body)
                                     return errorResponse(body.error(), log);
                                 auto cycle = CycleService(m_db, m_records.catalog())
                                                  .change(caller.value(), id, action, body.value());
                                 if (!cycle)
                                     return errorResponse(cycle.error(), log);
                                 log.fields.insert("cycle", cycle->id);
                                 return reply(QJsonObject{{"cycle", cycle->toJson()}});
                             });
                     });
    }
}

QHttpServerResponse ApiServer::listCycles(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    auto list = CycleService(m_db, m_records.catalog()).list(caller.value());
    if (!list)
        return errorResponse(list.error(), log);
    QJsonArray array;
    for (const protocol::Cycle &cycle : list.value())
        array.append(cycle.toJson());
    return reply(QJsonObject{{"cycles", array}});
}

QHttpServerResponse ApiServer::createCycle(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    auto body = bodyOf(request);
    if (!body)
        return errorResponse(body.error(), log);
    auto cycle = CycleService(m_db, m_records.catalog()).create(caller.value(), body.value());
    if (!cycle)
        return errorResponse(cycle.error(), log);
    log.fields.insert("cycle", cycle->id);
    return reply(QJsonObject{{"cycle", cycle->toJson()}});
}

QHttpServerResponse ApiServer::decide(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    auto body = bodyOf(request);
    if (!body)
        return errorResponse(body.error(), log);
    auto decided = ReviewService(m_db, m_records.catalog()).decide(caller.value(), body.value());
    if (!decided)
        return errorResponse(decided.error(), log);
    log.fields.insert("review", decided->value("event").toObject().value("seq"));
    return reply(decided.value());
}

QHttpServerResponse ApiServer::events(const QHttpServerRequest &request, LogFields &log)
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
    auto events = EventLog(m_db).read(caller.value(), since.value(),
                                      int(qMin<qint64>(limit.value(), protocol::MaxPullLimit)));
    if (!events)
        return errorResponse(events.error(), log);
    log.fields.insert("since", since.value());
    log.fields.insert("events", int(events->events.size()));
    return reply(events->toJson());
}

QHttpServerResponse ApiServer::schoolList(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    auto schools = ReviewService(m_db, m_records.catalog()).schools(caller.value());
    if (!schools)
        return errorResponse(schools.error(), log);
    return reply(schools.value());
}

QHttpServerResponse ApiServer::completeness(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    auto table = ReviewService(m_db, m_records.catalog())
                     .completeness(caller.value(), request.query().queryItemValue(QStringLiteral("cycle"),
                                                                                  QUrl::FullyDecoded));
    if (!table)
        return errorResponse(table.error(), log);
    return reply(table.value());
}

} // namespace junheng::server
