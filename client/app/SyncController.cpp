#include "SyncController.h"

#include "TimeText.h"

namespace junheng {

SyncController::SyncController(LocalStore *store, SyncEngine *engine, QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine)
{
    connect(m_store, &LocalStore::syncStateChanged, this, &SyncController::refresh);
    // Finalising a form puts it in the outbox: the pending count changes with the records.
    connect(m_store, &LocalStore::recordsChanged, this, &SyncController::refresh);
    connect(m_engine, &SyncEngine::runningChanged, this, &SyncController::runningChanged);
    connect(m_engine, &SyncEngine::syncFinished, this, &SyncController::refresh);
    connect(m_engine, &SyncEngine::enrolFinished, this, &SyncController::refresh);
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
