#include "EnrolClient.h"

#include "HttpTransport.h"
#include "SyncEngine.h"

namespace junheng {

EnrolClient::EnrolClient(LocalStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_transport(std::make_unique<HttpTransport>())
{}

EnrolClient::~EnrolClient() = default;

void EnrolClient::fail(const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT finished(false, {}, message); }, Qt::QueuedConnection);
}

bool EnrolClient::connectTransport()
{
    const auto enrolment = m_store->enrolment();
    if (!enrolment) {
        fail(tr("本机还没有登记到服务器。请先用登记码登记本机。"));
        return false;
    }
    QString why;
    if (!SyncEngine::isAllowedServer(QUrl(enrolment->serverUrl), &why)) {
        fail(why);
        return false;
    }
    m_transport->setServer(QUrl(enrolment->serverUrl), enrolment->token, enrolment->certificateSha256);
    return true;
}

namespace {

HttpTransport::Callback relay(EnrolClient *client)
{
    return [client](const HttpTransport::Reply &reply) {
        if (!reply.body) {
            Q_EMIT client->finished(false, {}, reply.body.error().message);
            return;
        }
        Q_EMIT client->finished(true, reply.body.value(), {});
    };
}

} // namespace

void EnrolClient::issueCode(const QString &role, const QString &scopeCode, const QString &note)
{
    if (!connectTransport())
        return;
    QJsonObject body{{"role", role}};
    if (!scopeCode.isEmpty())
        body.insert("code", scopeCode);
    if (!note.trimmed().isEmpty())
        body.insert("note", note.trimmed());
    m_transport->post("/api/v1/enrolment-codes", body, relay(this));
}

void EnrolClient::listDevices()
{
    if (connectTransport())
        m_transport->get("/api/v1/devices", {}, relay(this));
}

} // namespace junheng
