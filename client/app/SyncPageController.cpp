#include "SyncPageController.h"

#include "AppController.h"
#include "ConflictController.h"
#include "EnrolLink.h"
#include "QrCode.h"
#include "SyncEngine.h"
#include "TimeText.h"

#include <QSysInfo>
#include <QUrl>

namespace junheng {

SyncPageController::SyncPageController(LocalStore *store, SyncEngine *engine, const FormCatalog *catalog,
                                       AppController *app, ConflictController *conflicts, QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine), m_catalog(catalog), m_app(app),
      m_conflictController(conflicts)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SyncPageController::refresh);
    connect(m_store, &LocalStore::syncStateChanged, this, &SyncPageController::scheduleRefresh);
    connect(m_engine, &SyncEngine::sendingChanged, this, &SyncPageController::scheduleRefresh);
    connect(m_engine, &SyncEngine::scheduleChanged, this, &SyncPageController::scheduleRefresh);
    connect(m_engine, &SyncEngine::runningChanged, this, &SyncPageController::scheduleRefresh);
    connect(m_engine->reachability(), &Reachability::cameOnline, this, &SyncPageController::scheduleRefresh);
    connect(m_engine->reachability(), &Reachability::wentOffline, this, &SyncPageController::scheduleRefresh);
    connect(m_engine, &SyncEngine::enrolFinished, this, [this](bool ok, const QString &message) {
        m_enrolFailed = !ok;
        m_enrolMessage = message;
        Q_EMIT enrolMessageChanged();
        refresh();
    });
    refresh();
}

void SyncPageController::enrolFromLink(const QString &text)
{
    auto link = protocol::EnrolLink::parse(text);
    if (!link) {
        m_enrolFailed = true;
        m_enrolMessage = link.error().message;
        Q_EMIT enrolMessageChanged();
        return;
    }
    m_enrolMessage = tr("正在登记到 %1 …").arg(link->server.toString());
    m_enrolFailed = false;
    Q_EMIT enrolMessageChanged();
    m_engine->enrol(link->server, link->code, QSysInfo::machineHostName(), link->fingerprint);
}

void SyncPageController::enrolFromQrImage(const QUrl &file)
{
    auto text = QrCode::decodeFile(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!text) {
        m_enrolFailed = true;
        m_enrolMessage = text.error().message;
        Q_EMIT enrolMessageChanged();
        return;
    }
    enrolFromLink(text.value());
}

void SyncPageController::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

QString SyncPageController::titleOf(const QString &formId, const QString &label) const
{
    const FormDefinition *form = m_catalog->find(formId);
    const QString title = form ? QStringLiteral("%1 %2").arg(form->id, form->title.zh) : formId;
    return label.isEmpty() ? title : tr("%1：%2").arg(title, label);
}

void SyncPageController::refresh()
{
    m_refreshTimer.stop();
    m_state = m_store->syncState();
    m_enrolled = m_store->enrolment().has_value();
    const QStringList sending = m_engine->sending();
    m_waiting.clear();
    m_failed.clear();
    m_quarantined.clear();
    m_conflicts.clear();
    m_waitingCount = 0;
    m_sendingCount = 0;
    const QString retry = nextRetryText();
    for (const OutboxEntry &entry : m_store->outboxEntries(ListLimit * 3)) {
        QVariantMap item{
            {"uuid", entry.uuid}, {"title", titleOf(entry.formId, entry.label)}, {"error", entry.error}};
        if (entry.quarantined) {
            item.insert("state", "quarantined");
            item.insert("detail", tr("服务器没有接受，原因见下；修改后再定稿即可重新发送"));
            if (m_quarantined.size() < ListLimit)
                m_quarantined.append(item);
        } else if (sending.contains(entry.uuid)) {
            ++m_sendingCount;
            item.insert("state", "sending");
            item.insert("detail", tr("正在发送"));
            if (m_waiting.size() < ListLimit)
                m_waiting.append(item);
        } else if (entry.attempts > 0) {
            item.insert("state", "failed");
            item.insert("detail", retry.isEmpty() ? tr("已失败 %1 次").arg(entry.attempts)
                                                  : tr("已失败 %1 次；%2").arg(entry.attempts).arg(retry));
            if (m_failed.size() < ListLimit)
                m_failed.append(item);
        } else {
            item.insert("state", "waiting");
            item.insert("detail", tr("第 %1 版，%2 定稿，等待发送")
                                      .arg(entry.revision)
                                      .arg(describeTime(entry.queuedAt.toLocalTime())));
            if (m_waiting.size() < ListLimit)
                m_waiting.append(item);
        }
    }
    // Outside the lists' limit the counts still add up: what is not set aside is waiting or failed.
    m_waitingCount = std::max(0, m_state.pending - int(m_failed.size()));
    for (const RecordConflict &conflict : m_store->conflicts()) {
        if (m_conflicts.size() >= ListLimit)
            break;
        m_conflicts.append(QVariantMap{
            {"uuid", conflict.uuid},
            {"title", titleOf(conflict.formId, QString())},
            {"state", "conflict"},
            {"detail", tr("本机和其他设备改了同一处（%1 处），请选择保留哪一个").arg(conflict.fields.size())},
            {"error", conflict.message}});
    }
    Q_EMIT changed();
}

QString SyncPageController::lastSuccessText() const
{
    return describeTime(m_state.lastSuccess.toLocalTime());
}

QString SyncPageController::lastErrorTime() const
{
    return describeTime(m_state.lastErrorAt.toLocalTime());
}

QString SyncPageController::nextRetryText() const
{
    if (m_engine->isStopped())
        return tr("已停止自动同步，重新登记后会继续");
    const QDateTime next = m_engine->nextRetryAt();
    if (!next.isValid() || m_state.pending == 0)
        return {};
    const qint64 seconds = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(next));
    if (seconds < 120)
        return tr("%1 秒后自动重试").arg(seconds);
    return tr("%1 自动重试").arg(describeTime(next.toLocalTime()));
}

QString SyncPageController::networkText() const
{
    Reachability *reachability = m_engine->reachability();
    if (!reachability->hasBackend())
        return tr("无法得知网络状态，按时自动重试");
    return reachability->isOnline() ? tr("网络已连接") : tr("网络未连接：联网后会自动同步");
}

bool SyncPageController::isRunning() const
{
    return m_engine->isRunning();
}

bool SyncPageController::isStopped() const
{
    return m_engine->isStopped();
}

void SyncPageController::syncNow()
{
    if (m_enrolled)
        m_engine->syncNow();
}

bool SyncPageController::openConflict(const QString &uuid)
{
    if (!m_conflictController->load(uuid)) {
        refresh();
        return false;
    }
    Q_EMIT conflictOpened();
    return true;
}

bool SyncPageController::editRecord(const QString &uuid)
{
    const auto record = m_store->record(uuid);
    return record && m_app->openForm(record->formId);
}

} // namespace junheng
