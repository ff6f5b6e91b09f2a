#pragma once

#include "LocalStore.h"
#include "QmlSingleton.h"
#include "SyncEngine.h"

#include <QObject>
#include <QtQmlIntegration>

namespace junheng {

// What the sync bar shows: how much waits to be sent, when the last sync worked, the last error, the
// plain-HTTP warning, and a "sync now" intent. Follows the store's sync state and the engine.
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY stateChanged)
    Q_PROPERTY(int quarantinedCount READ quarantinedCount NOTIFY stateChanged)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(QString lastErrorTime READ lastErrorTime NOTIFY stateChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(bool canSync READ canSync NOTIFY stateChanged)
    Q_PROPERTY(QString insecureWarning READ insecureWarning NOTIFY stateChanged)

public:
    SyncController(LocalStore *store, SyncEngine *engine, QObject *parent = nullptr);
    static SyncController *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<SyncController>::instanceFor(engine);
    }

    int pendingCount() const { return m_state.pending; }
    int quarantinedCount() const { return m_state.quarantined; }
    QString lastSuccessText() const; // empty: never synced
    QString lastError() const { return m_state.lastError; }
    QString lastErrorTime() const;
    bool isRunning() const;
    bool canSync() const { return m_enrolled; }
    QString insecureWarning() const { return m_insecureWarning; }

    // Intent: sync now (does nothing while a run is under way or before enrolment).
    Q_INVOKABLE void syncNow();
    // Re-reads the sync state and the enrolment from the store.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void stateChanged();
    void runningChanged();

private:
    LocalStore *m_store;
    SyncEngine *m_engine;
    SyncState m_state;
    bool m_enrolled = false;
    QString m_insecureWarning;
};

} // namespace junheng
