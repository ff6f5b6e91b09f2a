// The routes of docs/protocol.md "Enrolment codes from a device" and "Devices" (the rest of ApiServer is in
// ApiServer.cpp and ApiReviewRoutes.cpp). The rules are in DeviceService; the code is EnrolmentService's.
#include "ApiServer.h"

#include "DeviceService.h"
#include "EnrolLink.h"
#include "RequestBody.h"

#include <QRegularExpression>

namespace junheng::server {

namespace {

using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

} // namespace

void ApiServer::addEnrolRoutes()
{
    addRoute(QStringLiteral("/api/v1/enrolment-codes"), Method::Post, &ApiServer::issueEnrolmentCode);
    addRoute(QStringLiteral("/api/v1/devices"), Method::Get, &ApiServer::listDevices);
}

QHttpServerResponse ApiServer::issueEnrolmentCode(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    if (request.body().isEmpty())
        return errorResponse(
            makeError("request.invalid", QStringLiteral("请求是空的：应给出 role（school、town 或 county）"
                                                        "和 code（学校或乡镇代码）。")),
            log);
    auto body = RequestBody::decode(request.body(), request.value("Content-Encoding"));
    if (!body)
        return errorResponse(body.error(), log);
    auto issued = DeviceService(m_db).issue(caller.value(), body.value());
    if (!issued)
        return errorResponse(issued.error(), log);
    log.fields.insert("issued_for", QString(issued->scope.value("role").toString() + QLatin1Char(':') +
                                            issued->scope.value("code").toString()));

    // The link names the server by the address this device reached it at (the new tablet is on the same
    // network) and pins the certificate this server presents, exactly as issue-code --qr does.
    protocol::EnrolLink link;
    link.code = issued->code;
    const QString host = QString::fromLatin1(request.value("Host")).trimmed();
    if (!host.isEmpty())
        link.server = QUrl(
            QStringLiteral("%1://%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), host),
            QUrl::StrictMode);
    static const QRegularExpression notHex(QStringLiteral("[^0-9a-f]"));
    link.fingerprint = m_fingerprint.toLower().remove(notHex);
    QJsonObject reply{{"code", issued->code}, {"scope", issued->scope}, {"expires_at", QJsonValue()}};
    if (link.server.isValid() && !link.server.host().isEmpty())
        reply.insert("link", link.toString());
    return QHttpServerResponse(reply, StatusCode::Ok);
}

QHttpServerResponse ApiServer::listDevices(const QHttpServerRequest &request, LogFields &log)
{
    auto caller = authenticate(request, log);
    if (!caller)
        return errorResponse(caller.error(), log);
    auto devices = DeviceService(m_db).devices(caller.value());
    if (!devices)
        return errorResponse(devices.error(), log);
    log.fields.insert("devices", int(devices->size()));
    return QHttpServerResponse(QJsonObject{{"devices", devices.value()}}, StatusCode::Ok);
}

} // namespace junheng::server
