#include "SyncEngine.h"

#include "FieldMerge.h"
#include "HttpTransport.h"
#include "PayloadHash.h"
#include "Protocol.h"
#include "PushReply.h"
#include "ReviewWire.h"

#include <QCoreApplication>
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
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(1500);
    connect(&m_changeTimer, &QTimer::timeout, this, &SyncEngine::kickAfterChange);
    connect(&m_reachability, &Reachability::cameOnline, this, [this] {
        // Back online: the backoff was for the outage, not for the server.
        if (!m_autoSync || m_stopped)
            return;
        m_failures = 0;
        if (!m_running)
            m_retryTimer.start(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_notBefore)));
        Q_EMIT scheduleChanged();
    });
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
        // A new enrolment (after a revoked one) takes the waiting records out at once.
        m_stopped = false;
        m_schoolsDigest.clear(); // its school list is pulled whole
        m_offeredSchoolsDigest.clear();
        m_failures = 0;
        m_notBefore = {};
        if (m_autoSync && !m_running)
            m_retryTimer.start(0);
        Q_EMIT scheduleChanged();
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
    if (const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(m_notBefore); wait > 0) {
        // The server asked for a pause (429 Retry-After): not one request before it is over.
        const QString busy = tr("服务器繁忙，%1 秒后自动重试。数据都保存在本机。").arg(wait);
        QMetaObject::invokeMethod(
            this, [this, busy] { finish(false, busy); }, Qt::QueuedConnection);
        return true;
    }
    m_transport->setServer(server, enrolment->token, enrolment->certificateSha256);
    m_running = true;
    m_pushed = m_pulled = m_setAside = m_merged = m_conflicted = 0;
    Q_EMIT runningChanged();
    pushNext();
    return true;
}

void SyncEngine::pushNext()
{
    // Up to three batches on their way at once (keep-alive connections of their own): the device reads,
    // seals off and confirms one batch while the server reads another and stores a third, instead of each
    // waiting for the other. The batches never share a record (those in flight are left out of the next),
    // every record leaves the outbox only by its own batch's reply, and a batch that fails leaves its
    // records for the next try.
    sendPushes();
    if (m_pushesInFlight > 0 || m_repliesToSave > 0)
        return;
    setSending({});
    if (!m_pushFailure.isEmpty()) {
        const QString message = m_pushFailure;
        m_pushFailure.clear();
        finish(false, message);
        return;
    }
    pullNext();
}

void SyncEngine::sendPushes()
{
    while (m_pushesInFlight < MaxPushesInFlight && m_pushFailure.isEmpty()) {
        QByteArray body;
        const QList<LocalRecord> batch =
            nextPushBatch(&body, QSet<QString>(m_sending.begin(), m_sending.end()));
        if (batch.isEmpty())
            break;
        QStringList uuids = m_sending;
        for (const LocalRecord &record : batch)
            uuids.append(record.uuid);
        setSending(uuids);
        ++m_pushesInFlight;
        m_transport->postJson("/api/v1/records/push", body, [this, batch](const HttpTransport::Reply &reply) {
            pushReplied(batch, reply);
        });
    }
}

void SyncEngine::pushReplied(const QList<LocalRecord> &batch, const HttpTransport::Reply &reply)
{
    --m_pushesInFlight;
    // The next batch goes out before this reply is saved, so the server stores it meanwhile rather than
    // waiting for the device: this batch's records stay "sending" (left out of the next one) until saved.
    // A request starts only once the event loop runs, hence the saving is queued behind it. After a failed
    // reply nothing more is sent.
    ++m_repliesToSave;
    if (reply.body)
        sendPushes();
    QMetaObject::invokeMethod(
        this,
        [this, batch, reply] {
            --m_repliesToSave;
            saveReply(batch, reply);
        },
        Qt::QueuedConnection);
}

void SyncEngine::saveReply(const QList<LocalRecord> &batch, const HttpTransport::Reply &reply)
{
    // The other batches' records stay "sending" (a set, not removeOne per record: that was quadratic).
    QSet<QString> answered;
    answered.reserve(batch.size());
    for (const LocalRecord &record : batch)
        answered.insert(record.uuid);
    QStringList uuids = m_sending;
    uuids.removeIf([&answered](const QString &uuid) { return answered.contains(uuid); });
    auto fail = [&](const QString &message) {
        // The first failure is the one reported; the other batches still in flight are waited for.
        if (m_pushFailure.isEmpty())
            m_pushFailure = message;
        setSending(uuids);
        pushNext();
    };
    if (!reply.body) {
        QStringList sent;
        for (const LocalRecord &record : batch)
            sent.append(record.uuid);
        fail(requestFailure(reply.status, reply.body.error(), reply.retryAfterSeconds, sent));
        return;
    }
    auto results = readPushResults(reply.body.value(), batch);
    if (!results) {
        fail(results.error().message);
        return;
    }
    QList<std::pair<QString, int>> confirmed;
    for (qsizetype i = 0; i < results->size(); ++i) {
        const protocol::PushResult &result = results->at(i);
        const LocalRecord &sent = batch.at(i);
        if (result.outcome == protocol::Outcome::Applied || result.outcome == protocol::Outcome::Duplicate) {
            confirmed.append({sent.uuid, sent.revision});
            ++m_pushed;
            continue;
        }
        Status saved = Ok{};
        if (result.outcome == protocol::Outcome::Conflict && result.serverRecord) {
            // Merged field by field, or kept for a person to choose (the conflict page).
            saved = settleConflict(sent, *result.serverRecord, result.error.message);
        } else {
            const QString kind =
                result.outcome == protocol::Outcome::Conflict ? tr("冲突") : tr("服务器拒收");
            saved =
                m_store->quarantine(sent.uuid, sent.revision, tr("%1：%2").arg(kind, result.error.message));
            ++m_setAside;
        }
        if (!saved) {
            fail(saved.error().message);
            return;
        }
    }
    if (Status saved = m_store->confirmSentMany(confirmed); !saved) {
        fail(saved.error().message);
        return;
    }
    setSending(uuids);
    pushNext();
}

QList<LocalRecord> SyncEngine::nextPushBatch(QByteArray *body, const QSet<QString> &inFlight) const
{
    // As many records as the protocol allows, as long as the body stays under its size limit (with room
    // for the brackets): the rest waits for the next batch.
    constexpr qsizetype Budget = protocol::MaxBodyBytes - 1024;
    QList<LocalStore::OutboxText> items = m_store->outboxTextBatch(protocol::MaxBatchRecords, inFlight);
    QList<LocalRecord> batch;
    batch.reserve(items.size());
    body->clear();
    body->reserve(qMin<qsizetype>(Budget, items.size() * 1024));
    body->append(R"({"reply":"compact","records":[)");
    for (LocalStore::OutboxText &item : items) {
        const QByteArray text = recordText(item.record, item.payload);
        if (!batch.isEmpty() && body->size() + text.size() + 2 > Budget)
            break;
        if (!batch.isEmpty())
            body->append(',');
        body->append(text);
        batch.append(std::move(item.record));
    }
    body->append("]}");
    return batch;
}

QByteArray SyncEngine::recordText(const LocalRecord &record, const QByteArray &payload)
{
    // The stored text is the canonical payload its hash is made of (payloadText): spliced in as it is,
    // rather than parsed and serialised again. Should it not match its hash (a row written otherwise), it is
    // made canonical the slow way, as before, and the server judges it.
    QByteArray payloadJson = payload;
    if (sha256Hex(payload) != record.payloadHash)
        payloadJson = QJsonDocument(QJsonDocument::fromJson(payload).object()).toJson(QJsonDocument::Compact);
    // The other fields written directly (the keys of WireRecord::toJson): building a QJsonObject per record
    // and serialising it cost more than the rest of the batch's assembly.
    QByteArray text;
    text.reserve(payloadJson.size() + 320);
    auto string = [&text](const char *key, const QString &value) {
        text.append('"').append(key).append(R"(":)");
        appendJsonString(text, value);
        text.append(',');
    };
    auto number = [&text](const char *key, qint64 value) {
        text.append('"').append(key).append(R"(":)").append(QByteArray::number(value)).append(',');
    };
    text.append('{');
    string("uuid", record.uuid);
    string("form_id", record.formId);
    number("form_version", record.formVersion);
    string("school_code", record.schoolCode);
    string("cycle", record.cycle);
    string("status", statusName(RecordStatus::Finalised));
    number("revision", record.revision);
    number("base_revision", record.baseRevision);
    string("payload_hash", record.payloadHash);
    string("updated_at", protocol::isoTime(record.updatedAt));
    text.append(R"("payload":)").append(payloadJson).append('}');
    return text;
}

void SyncEngine::appendJsonString(QByteArray &out, const QString &value)
{
    // JSON's escapes (RFC 8259 §7): the quote, the backslash and control characters; the rest as UTF-8.
    const QByteArray utf8 = value.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
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
            return makeError("protocol.reply",
                             QCoreApplication::translate(
                                 "junheng::SyncEngine",
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
    // hints: the server says on the last page whether there are review events or a school list to pull,
    // so a sync with nothing new is this one request.
    const QUrlQuery query{{"since", QString::number(m_store->syncState().cursor)},
                          {"limit", QString::number(protocol::MaxPullLimit)},
                          {"skip_own", QStringLiteral("1")},
                          {"hints", QStringLiteral("1")}};
    m_transport->get("/api/v1/changes", query, [this](const HttpTransport::Reply &reply) {
        if (!reply.body) {
            failRequest(reply.status, reply.body.error(), reply.retryAfterSeconds);
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
        if (parsed->more && !parsed->changes.isEmpty()) {
            pullNext();
            return;
        }
        // A server without hints (older) says nothing: both are pulled as before.
        const QJsonValue eventsLatest = reply.body->value(QLatin1String("events_latest"));
        const QJsonValue schoolsDigest = reply.body->value(QLatin1String("schools_digest"));
        m_offeredSchoolsDigest = schoolsDigest.isString() ? schoolsDigest.toString() : QString();
        if (eventsLatest.isDouble() && qint64(eventsLatest.toDouble()) <= m_store->reviewCursor())
            pullDirectory();
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
            failRequest(reply.status, reply.body.error(), reply.retryAfterSeconds);
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
    if (!m_offeredSchoolsDigest.isEmpty() && m_offeredSchoolsDigest == m_schoolsDigest) {
        finish(true, {}); // the school list saved last time is the server's
        return;
    }
    m_transport->get("/api/v1/schools", {}, [this](const HttpTransport::Reply &reply) {
        if (!reply.body) {
            failRequest(reply.status, reply.body.error(), reply.retryAfterSeconds);
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
        // The digest offered before this list: should the list have changed in between, the next
        // digest differs and it is pulled again.
        m_schoolsDigest = m_offeredSchoolsDigest;
        finish(true, {});
    });
}

void SyncEngine::finish(bool ok, const QString &failure)
{
    setSending({});
    QString message = failure;
    if (ok) {
        message = tr("同步完成：发送 %1 条，收到 %2 条更新。").arg(m_pushed).arg(m_pulled);
        if (m_setAside > 0)
            message += tr("有 %1 条服务器没有接受，请在“待处理”中查看原因。").arg(m_setAside);
        if (m_merged > 0)
            message += tr("有 %1 条与其他设备的修改互不重叠，已自动合并。").arg(m_merged);
        if (m_conflicted > 0)
            message += tr("有 %1 条与其他设备改了同一处，请在同步页逐项选择保留哪个。").arg(m_conflicted);
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
    if (!enabled) {
        m_retryTimer.stop();
        m_changeTimer.stop();
        disconnect(m_changeConnection);
    } else {
        m_reachability.start();
        disconnect(m_changeConnection);
        m_changeConnection = connect(m_store, &LocalStore::syncStateChanged, this, [this] {
            if (!m_running)
                m_changeTimer.start();
        });
        if (!m_running)
            m_retryTimer.start(0);
    }
    Q_EMIT scheduleChanged();
}

int SyncEngine::retryDelayMs(int failures, quint32 random)
{
    if (failures <= 0)
        return 0;
    const qint64 base = std::min<qint64>(5000LL << std::min(failures - 1, 10), 600000);
    return int(std::min<qint64>(base / 2 + qint64(random % quint32(base)), 600000));
}

void SyncEngine::scheduleRetry()
{
    if (!m_autoSync || m_stopped) {
        m_retryTimer.stop();
        Q_EMIT scheduleChanged();
        return;
    }
    qint64 delay =
        m_failures > 0 ? retryDelayMs(m_failures, QRandomGenerator::global()->generate()) : m_intervalMs;
    delay = std::max(delay, QDateTime::currentDateTimeUtc().msecsTo(m_notBefore));
    m_retryTimer.start(int(std::min<qint64>(delay, 24 * 3600 * 1000)));
    Q_EMIT scheduleChanged();
}

QDateTime SyncEngine::nextRetryAt() const
{
    if (!m_retryTimer.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_retryTimer.remainingTime());
}

void SyncEngine::kickAfterChange()
{
    // A change entered the outbox while all is well: send it now rather than at the next interval.
    // After failures the backoff decides; offline, the network's return does.
    if (m_running || m_stopped || m_failures > 0 || !m_reachability.isOnline() ||
        QDateTime::currentDateTimeUtc() < m_notBefore || !m_store->enrolment())
        return;
    if (m_store->syncState().pending > 0)
        syncNow();
}

void SyncEngine::setSending(const QStringList &uuids)
{
    if (uuids == m_sending)
        return;
    m_sending = uuids;
    Q_EMIT sendingChanged();
}

QString SyncEngine::requestFailure(int status, const Error &error, int retryAfterSeconds,
                                   const QStringList &sent)
{
    QString message = error.message;
    if (status == 429 || error.code == QLatin1String("request.rate_limited")) {
        const int seconds = std::max(retryAfterSeconds, 1);
        m_notBefore = QDateTime::currentDateTimeUtc().addSecs(seconds);
        message = tr("服务器繁忙，%1 秒后自动重试。数据都保存在本机。").arg(seconds);
    } else if (status == 401) {
        // The token is no good any more: trying again cannot help, a new enrolment can.
        m_stopped = true;
        message =
            error.code == QLatin1String("auth.revoked")
                ? tr("这台设备已被镇（街道）或县教育局注销，不能再同步。本机的数据都还在，一条也没有丢。"
                     "请向镇（街道）或县教育局要一个新的登记码，重新登记后，待发送的记录会自动发出。")
                : tr("服务器不认这台设备的登记（%1）。本机的数据都还在，一条也没有丢。"
                     "请向镇（街道）或县教育局要一个新的登记码，重新登记后再同步。")
                      .arg(error.message);
    }
    if (!sent.isEmpty())
        m_store->noteSendFailure(sent, message);
    return message;
}

void SyncEngine::failRequest(int status, const Error &error, int retryAfterSeconds)
{
    finish(false, requestFailure(status, error, retryAfterSeconds, m_sending));
}

Status SyncEngine::settleConflict(const LocalRecord &sent, const protocol::WireRecord &wire,
                                  const QString &message)
{
    if (protocol::payloadHash(wire.payload) != wire.payloadHash) {
        ++m_setAside;
        return m_store->quarantine(
            sent.uuid, sent.revision,
            tr("冲突：服务器发来的副本内容与校验值不符，无法比较。本机的内容没有改动；请联系县里的管理员。"));
    }
    const LocalRecord server = fromWire(wire);
    const std::optional<LocalRecord> current = m_store->record(sent.uuid);
    if (!current)
        return Ok{};
    // The base: the payload of the revision this change was made on. Two first copies of a
    // single-record form (another uuid on the server) both start from nothing.
    std::optional<QJsonObject> base;
    if (sent.baseRevision == 0)
        base = QJsonObject{};
    else if (const auto kept = m_store->basePayload(sent.uuid);
             kept && kept->revision == sent.baseRevision && server.uuid == sent.uuid)
        base = kept->payload;
    const FieldMerge::Outcome outcome = base ? FieldMerge::merge(*base, current->payload, server.payload)
                                             : FieldMerge::mergeWithoutBase(current->payload, server.payload);
    if (outcome.clean()) {
        ++m_merged;
        return m_store->saveMerged(
            sent, server, outcome.merged,
            tr("其他设备把这条记录改到了第 %1 版；本机改的 %2 项与其改的 %3 项互不重叠，"
               "已自动合并成新版本。")
                .arg(server.revision)
                .arg(outcome.localChanged.size())
                .arg(outcome.serverChanged.size()));
    }
    ++m_conflicted;
    return m_store->saveConflict(sent, server, base, outcome.conflicts, message);
}

} // namespace junheng
