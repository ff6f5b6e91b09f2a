#include "SyncEngine.h"

#include "HttpTransport.h"
#include "Protocol.h"
#include "PushReply.h"

#include <QCoreApplication>
#include "ReviewWire.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace junheng {

namespace {

LocalRecord fromWire(const protocol::WireRecord &wire)
{
    LocalRecord record;
    record.uuid = wire.uuid;
    record.formId = wire.formId;
    record.formVersion = wire.formVersion;
    record.schoolCode = wire.schoolCode;
    record.cycle = wire.cycle;
    record.status = parseStatus(wire.status).value_or(RecordStatus::Sent);
    record.revision = wire.revision;
    record.baseRevision = wire.baseRevision;
    record.serverRevision = wire.revision;
    record.payload = wire.payload;
    record.payloadHash = wire.payloadHash;
    record.updatedAt = wire.updatedAt;
    return record;
}

protocol::WireRecord toWire(const LocalRecord &record)
{
    protocol::WireRecord wire;
    wire.uuid = record.uuid;
    wire.formId = record.formId;
    wire.formVersion = record.formVersion;
    wire.schoolCode = record.schoolCode;
    wire.cycle = record.cycle;
    wire.status = statusName(RecordStatus::Finalised);
    wire.revision = record.revision;
    wire.baseRevision = record.baseRevision;
    wire.payload = record.payload;
    wire.payloadHash = record.payloadHash;
    wire.updatedAt = record.updatedAt;
    return wire;
}

bool isLoopback(const QUrl &server)
{
    const QString host = server.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

} // namespace

SyncEngine::SyncEngine(LocalStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_transport(std::make_unique<HttpTransport>())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { syncNow(); });
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::isAllowedServer(const QUrl &server, QString *why)
{
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))) {
        *why = tr("服务器地址“%1”不对，应类似 https://jh.example.gov.cn。").arg(server.toString());
        return false;
    }
    if (server.scheme() == QLatin1String("http") && !isLoopback(server)) {
        *why = tr("不能用不加密的 http 连接 %1：学生数据只能经 https 传输。请改用 https:// 开头的地址。")
                   .arg(server.host());
        return false;
    }
    return true;
}

QString SyncEngine::insecureWarning(const QUrl &server)
{
    if (server.scheme() == QLatin1String("http"))
        return tr("注意：正在用不加密的 http 连接本机测试服务器 %1，仅供开发测试使用。")
            .arg(server.authority());
    return {};
}

void SyncEngine::enrol(const QUrl &server, const QString &code, const QString &deviceName,
                       const QString &expectedCertificate)
{
    QString why;
    if (!isAllowedServer(server, &why)) {
        // Reported from the event loop, like every other outcome, so a caller connected after this call
        // returns still hears it.
        QMetaObject::invokeMethod(
            this, [this, why] { Q_EMIT enrolFinished(false, why); }, Qt::QueuedConnection);
        return;
    }
    m_transport->setServer(server, QString());
    m_transport->setEnrolmentTrust(expectedCertificate);
    const QJsonObject body{{"code", code.trimmed().toUpper()}, {"device_name", deviceName}};
    m_transport->post("/api/v1/enrol", body, [this, server](const HttpTransport::Reply &reply) {
        if (!reply.body) {
            Q_EMIT enrolFinished(false, reply.body.error().message);
            return;
        }
        auto parsed = protocol::EnrolReply::fromJson(reply.body.value());
        if (!parsed) {
            Q_EMIT enrolFinished(false, parsed.error().message);
            return;
        }
        const protocol::EnrolReply &r = parsed.value();
        const Enrolment enrolment{server.toString(QUrl::StripTrailingSlash),
                                  r.token,
                                  r.deviceId,
                                  r.scope.role,
                                  r.scope.code,
                                  r.scope.name,
                                  r.scope.townName,
                                  r.scope.countyName,
                                  r.cycleId,
                                  r.cycleName,
                                  reply.acceptedCertificateSha256};
        if (Status saved = m_store->saveEnrolment(enrolment); !saved) {
            Q_EMIT enrolFinished(false, saved.error().message);
            return;
        }
        QString message = tr("登记成功：%1（%2）").arg(r.scope.name, r.scope.code);
        if (!enrolment.certificateSha256.isEmpty())
            message += tr("。服务器用的是自签名证书，本机已记下它的指纹 %1，以后只认这张证书。")
                           .arg(enrolment.certificateSha256);
        Q_EMIT enrolFinished(true, message);
    });
}

bool SyncEngine::syncNow()
{
    if (m_running)
        return false;
    m_retryTimer.stop();
    const auto enrolment = m_store->enrolment();
    if (!enrolment) {
        // Not an error to record: the device may be enrolled later (by the CLI, while the app runs), so
        // look again at the next interval. Reported from the event loop, like every other outcome.
        scheduleRetry();
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT syncFinished(false, tr("本机还没有登记到服务器，无法同步。请先用登记码登记。"));
            },
            Qt::QueuedConnection);
        return true;
    }
    QString why;
    const QUrl server(enrolment->serverUrl);
    if (!isAllowedServer(server, &why)) {
        QMetaObject::invokeMethod(
            this, [this, why] { finish(false, why); }, Qt::QueuedConnection);
        return true;
    }
    m_transport->setServer(server, enrolment->token, enrolment->certificateSha256);
    m_running = true;
    m_pushed = m_pulled = m_setAside = 0;
    Q_EMIT runningChanged();
    pushNext();
    return true;
}

void SyncEngine::pushNext()
{
    QByteArray body;
    const QList<LocalRecord> batch = nextPushBatch(&body);
    if (batch.isEmpty()) {
        pullNext();
        return;
    }
    m_transport->postJson("/api/v1/records/push", body, [this, batch](const HttpTransport::Reply &reply) {
        if (!reply.body) {
            finish(false, reply.body.error().message);
            return;
        }
        auto results = readPushResults(reply.body.value(), batch);
        if (!results) {
            finish(false, results.error().message);
            return;
        }
        QList<std::pair<QString, int>> confirmed;
        for (qsizetype i = 0; i < results->size(); ++i) {
            const protocol::PushResult &result = results->at(i);
            const LocalRecord &sent = batch.at(i);
            if (result.outcome == protocol::Outcome::Applied ||
                result.outcome == protocol::Outcome::Duplicate) {
                confirmed.append({sent.uuid, sent.revision});
                ++m_pushed;
                continue;
            }
            const QString kind = result.outcome == protocol::Outcome::Conflict ? QStringLiteral("冲突")
                                                                               : QStringLiteral("服务器拒收");
            if (Status saved = m_store->quarantine(sent.uuid, sent.revision,
                                                   QStringLiteral("%1：%2").arg(kind, result.error.message));
                !saved) {
                finish(false, saved.error().message);
                return;
            }
            ++m_setAside;
        }
        if (Status saved = m_store->confirmSentMany(confirmed); !saved) {
            finish(false, saved.error().message);
            return;
        }
        pushNext();
    });
}

QList<LocalRecord> SyncEngine::nextPushBatch(QByteArray *body) const
{
    // As many records as the protocol allows, as long as the body stays under its size limit (with room
    // for the brackets): the rest waits for the next batch.
    constexpr qsizetype Budget = protocol::MaxBodyBytes - 1024;
    QList<LocalRecord> batch = m_store->outboxBatch(protocol::MaxBatchRecords);
    body->clear();
    body->reserve(qMin<qsizetype>(Budget, batch.size() * 1024));
    body->append(R"({"reply":"compact","records":[)");
    qsizetype taken = 0;
    for (const LocalRecord &record : std::as_const(batch)) {
        const QByteArray text = QJsonDocument(toWire(record).toJson()).toJson(QJsonDocument::Compact);
        if (taken > 0 && body->size() + text.size() + 2 > Budget)
            break;
        if (taken > 0)
            body->append(',');
        body->append(text);
        ++taken;
    }
    body->append("]}");
    batch.resize(taken);
    return batch;
}

Result<QList<protocol::PushResult>> SyncEngine::readPushResults(const QJsonObject &reply,
                                                                const QList<LocalRecord> &batch)
{
    QList<protocol::SentKey> sent;
    sent.reserve(batch.size());
    for (const LocalRecord &record : batch)
        sent.append({record.uuid, record.revision});
    if (reply.contains(QLatin1String("batch")))
        return protocol::readCompactPushReply(reply, sent);
    // A server without compact replies answers every record in full.
    const QJsonArray results = reply.value("results").toArray();
    if (results.size() != batch.size()) {
        return makeError(
            "protocol.reply",
            QCoreApplication::translate(
                "junheng::SyncEngine",
                "服务器的回复格式不对（发送 %1 条，回复 %2 条结果）。数据都保存在本机，稍后会再试。")
                .arg(batch.size())
                .arg(results.size()));
    }
    QList<protocol::PushResult> list;
    for (qsizetype i = 0; i < results.size(); ++i) {
        auto result = protocol::PushResult::fromJson(results.at(i).toObject());
        if (!result || result->uuid != sent.at(i).uuid || result->revision != sent.at(i).revision) {
            return makeError(
                "protocol.reply",
                QCoreApplication::translate("junheng::SyncEngine",
                                            "服务器的回复与发送的记录对不上（第 %1 条）。数据都保存在本机，稍后会再试。")
                    .arg(i + 1));
        }
        list.append(std::move(result).value());
    }
    return list;
}

void SyncEngine::pullNext()
{
    // skip_own: what this device pushed itself does not come back (docs/protocol.md, "Pull").
    const QUrlQuery query{{"since", QString::number(m_store->syncState().cursor)},
                          {"limit", QString::number(protocol::MaxPullLimit)},
                          {"skip_own", QStringLiteral("1")}};
    m_transport->get("/api/v1/changes", query, [this](const HttpTransport::Reply &reply) {
        if (!reply.body) {
            finish(false, reply.body.error().message);
            return;
        }
        auto parsed = protocol::PullReply::fromJson(reply.body.value());
        if (!parsed) {
            finish(false, parsed.error().message);
            return;
        }
        QList<LocalRecord> records;
        for (const protocol::Change &change : parsed->changes) {
            if (protocol::payloadHash(change.record.payload) != change.record.payloadHash) {
                finish(false, tr("服务器发来的记录 %1 内容与校验值不符，已拒收这批更新。请联系县里的管理员。")
                                  .arg(change.record.uuid));
                return;
            }
            records.append(fromWire(change.record));
        }
        auto applied = m_store->applyPulled(records, parsed->nextCursor);
        if (!applied) {
            finish(false, applied.error().message);
            return;
        }
        m_pulled += applied.value();
        if (parsed->more && !parsed->changes.isEmpty())
            pullNext();
        else
            pullReviewNext();
    });
}

// After the records: cycles and review decisions, by their own cursor (records first, so a decision
// never arrives before the revision it is about).
void SyncEngine::pullReviewNext()
{
    const QUrlQuery query{{"since", QString::number(m_store->reviewCursor())},
                          {"limit", QString::number(protocol::MaxPullLimit)}};
    m_transport->get("/api/v1/events", query, [this](const HttpTransport::Reply &reply) {
        if (!reply.body) {
            finish(false, reply.body.error().message);
            return;
        }
        auto parsed = protocol::EventsReply::fromJson(reply.body.value());
        if (!parsed) {
            finish(false, parsed.error().message);
            return;
        }
        QList<CycleInfo> cycles;
        QList<ReviewNote> notes;
        for (const protocol::ReviewEvent &event : parsed->events) {
            if (event.kind == QLatin1String("cycle")) {
                const protocol::Cycle &c = event.cycle;
                cycles.append(CycleInfo{c.id, c.name, c.opensOn, c.closesOn, c.state, c.profile,
                                        c.formVersions, c.forms, event.seq});
                continue;
            }
            ReviewNote note{event.seq,  event.cycleId, event.schoolCode, event.formId,  event.state,
                            event.late, event.at,      event.by.device,  event.by.name, event.by.role,
                            {}};
            for (const protocol::ReviewComment &comment : event.comments)
                note.comments.append(ReviewNoteComment{comment.recordUuid, comment.field, comment.text});
            notes.append(note);
        }
        auto applied = m_store->applyReviewFeed(cycles, notes, parsed->nextCursor);
        if (!applied) {
            finish(false, applied.error().message);
            return;
        }
        m_pulled += applied.value();
        if (parsed->more && !parsed->events.isEmpty())
            pullReviewNext();
        else
            pullDirectory();
    });
}

void SyncEngine::pullDirectory()
{
    m_transport->get("/api/v1/schools", {}, [this](const HttpTransport::Reply &reply) {
        if (!reply.body) {
            finish(false, reply.body.error().message);
            return;
        }
        if (!reply.body->value("schools").isArray()) {
            finish(false, QStringLiteral("服务器的学校名单格式不对。数据都保存在本机，稍后会再试。"));
            return;
        }
        QList<DirectorySchool> schools;
        for (const QJsonValue &value : reply.body->value("schools").toArray()) {
            const protocol::SchoolEntry entry = protocol::SchoolEntry::fromJson(value.toObject());
            schools.append(DirectorySchool{entry.code, entry.name, entry.townCode, entry.townName, entry.type,
                                           entry.students});
        }
        if (Status saved = m_store->saveDirectory(schools); !saved) {
            finish(false, saved.error().message);
            return;
        }
        finish(true, {});
    });
}

void SyncEngine::finish(bool ok, const QString &failure)
{
    QString message = failure;
    if (ok) {
        message = tr("同步完成：发送 %1 条，收到 %2 条更新。").arg(m_pushed).arg(m_pulled);
        if (m_setAside > 0)
            message += tr("有 %1 条服务器没有接受，请在“待处理”中查看原因。").arg(m_setAside);
        m_store->noteSyncSuccess(QDateTime::currentDateTimeUtc());
        m_failures = 0;
    } else {
        m_store->noteSyncError(failure, QDateTime::currentDateTimeUtc());
        ++m_failures;
    }
    const bool wasRunning = m_running;
    m_running = false;
    if (wasRunning)
        Q_EMIT runningChanged();
    scheduleRetry();
    Q_EMIT syncFinished(ok, message);
}

void SyncEngine::setAutoSync(bool enabled, int intervalMs)
{
    m_autoSync = enabled;
    m_intervalMs = intervalMs;
    if (!enabled)
        m_retryTimer.stop();
    else if (!m_running)
        m_retryTimer.start(0);
}

void SyncEngine::scheduleRetry()
{
    if (!m_autoSync)
        return;
    int delay = m_intervalMs;
    if (m_failures > 0) {
        // Exponential backoff with jitter, so a hundred tablets coming back online do not arrive at once.
        const qint64 base = std::min<qint64>(5000LL << std::min(m_failures - 1, 10), 600000);
        delay = int(base / 2 + QRandomGenerator::global()->bounded(base));
        delay = std::min(delay, 600000);
    }
    m_retryTimer.start(delay);
}

} // namespace junheng
