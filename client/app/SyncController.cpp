#include "SyncController.h"

#include "TimeText.h"

namespace junheng {

SyncController::SyncController(LocalStore *store, SyncEngine *engine, QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine)
{
    // Every store change that moves the outbox, the sync times or the enrolment emits syncStateChanged
    // (finalise, confirm, set aside, enrol, a sync's success or error): one refresh each.
    connect(m_store, &LocalStore::syncStateChanged, this, &SyncController::refresh);
    connect(m_engine, &SyncEngine::runningChanged, this, &SyncController::runningChanged);
    refresh();
}

QString SyncController::lastSuccessText() const
{
    return describeTime(m_state.lastSuccess);
}

QString SyncController::lastErrorTime() const
{
    return describeTime(m_state.lastErrorAt);
}

bool SyncController::isRunning() const
{
    return m_engine->isRunning();
}

void SyncController::syncNow()
{
    if (!m_enrolled)
        return;
    m_engine->syncNow();
}

void SyncController::refresh()
{
    m_state = m_store->syncState();
    const std::optional<Enrolment> enrolment = m_store->enrolment();
    m_enrolled = enrolment.has_value();
    m_insecureWarning = enrolment ? SyncEngine::insecureWarning(QUrl(enrolment->serverUrl)) : QString();
    emit stateChanged();
}

} // namespace junheng
