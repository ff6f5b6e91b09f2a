#include "ReviewClient.h"

#include "HttpTransport.h"
#include "ReviewWire.h"
#include "SyncEngine.h"

#include <QJsonArray>

namespace junheng {

ReviewClient::ReviewClient(LocalStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_transport(std::make_unique<HttpTransport>())
{}

ReviewClient::~ReviewClient() = default;

void ReviewClient::fail(const QString &code, const QString &message)
{
    m_lastErrorCode = code;
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT finished(false, {}, message); }, Qt::QueuedConnection);
}

bool ReviewClient::connectTransport()
{
    const auto enrolment = m_store->enrolment();
    if (!enrolment) {
        fail(QStringLiteral("device.not_enrolled"),
             QStringLiteral("本机还没有登记到服务器。请先用登记码登记。"));
        return false;
    }
    QString why;
    if (!SyncEngine::isAllowedServer(QUrl(enrolment->serverUrl), &why)) {
        fail(QStringLiteral("http.insecure"), why);
        return false;
    }
    m_lastErrorCode.clear();
    m_transport->setServer(QUrl(enrolment->serverUrl), enrolment->token, enrolment->certificateSha256);
    return true;
}

struct ReviewClientRelay
{
    static void noteError(ReviewClient *client, const QString &code) { client->setLastErrorCode(code); }
};

namespace {

HttpTransport::Callback relay(ReviewClient *client, std::function<void(const QJsonObject &)> then = {})
{
    return [client, then](const HttpTransport::Reply &reply) {
        if (!reply.body) {
            ReviewClientRelay::noteError(client, reply.body.error().code);
            Q_EMIT client->finished(false, {}, reply.body.error().message);
            return;
        }
        if (then)
            then(reply.body.value());
        Q_EMIT client->finished(true, reply.body.value(), {});
    };
}

} // namespace

void ReviewClient::listCycles()
{
    if (connectTransport())
        m_transport->get("/api/v1/cycles", {}, relay(this));
}

void ReviewClient::createCycle(const QJsonObject &cycle)
{
    if (connectTransport())
        m_transport->post("/api/v1/cycles", cycle, relay(this));
}

void ReviewClient::changeCycle(const QString &id, const QString &action, const QString &person)
{
    if (!connectTransport())
        return;
    QJsonObject body;
    if (!person.isEmpty())
        body.insert("person", person);
    const QString path =
        QStringLiteral("/api/v1/cycles/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), action);
    m_transport->post(path, body, relay(this));
}

void ReviewClient::completeness(const QString &cycleId)
{
    if (!connectTransport())
        return;
    QUrlQuery query;
    if (!cycleId.isEmpty())
        query.addQueryItem("cycle", cycleId);
    m_transport->get("/api/v1/completeness", query, relay(this));
}

void ReviewClient::decide(const QString &schoolCode, const QString &formId, bool approve,
                          const QString &reviewer, const QList<ReviewNoteComment> &comments)
{
    if (!connectTransport())
        return;
    const QString cycle = m_store->enrolment()->cycleId;
    QJsonArray list;
    for (const ReviewNoteComment &comment : comments)
        list.append(QJsonObject{
            {"record_uuid", comment.recordUuid}, {"field", comment.field}, {"text", comment.text}});
    QJsonObject body{{"cycle", cycle},       {"school_code", schoolCode},
                     {"form_id", formId},    {"decision", approve ? "approve" : "return"},
                     {"reviewer", reviewer}, {"comments", list}};
    // The submission this device has seen: the server refuses the decision if the school sent again since.
    const SubmissionState seen = m_store->submission(cycle, schoolCode, formId);
    if (seen.submittedSeq > 0)
        body.insert("submitted_seq", seen.submittedSeq);
    m_transport->post(
        "/api/v1/reviews", body, relay(this, [this](const QJsonObject &reply) {
            auto event = protocol::ReviewEvent::fromJson(reply.value("event").toObject());
            if (!event)
                return;
            ReviewNote note{event->seq,  event->cycleId, event->schoolCode, event->formId,  event->state,
                            event->late, event->at,      event->by.device,  event->by.name, event->by.role,
                            {}};
            for (const protocol::ReviewComment &comment : event->comments)
                note.comments.append(ReviewNoteComment{comment.recordUuid, comment.field, comment.text});
            // Not fatal if it fails: the next sync brings the same note.
            (void)m_store->applyReviewFeed({}, {note}, m_store->reviewCursor());
        }));
}

} // namespace junheng
