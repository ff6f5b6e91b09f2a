#pragma once

#include "FormCatalog.h"
#include "LocalStore.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQmlIntegration>

namespace junheng {

class AppController;
class ConflictController;
class SyncEngine;

// The sync page: what waits to be sent, what is on its way, what failed (with the error and the next
// automatic try), what the server set aside (with its reason, to edit and send again) and what conflicts
// with another device's change; the last successful sync and "sync now". Lists show at most ListLimit
// records each (the counts are exact).
class SyncPageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    Q_PROPERTY(int sendingCount READ sendingCount NOTIFY changed)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY changed)
    Q_PROPERTY(int quarantinedCount READ quarantinedCount NOTIFY changed)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY changed)
    // Each list: [{uuid, title, detail, error, state}] (state: waiting, sending, failed, quarantined,
    // conflict).
    Q_PROPERTY(QVariantList waiting READ waiting NOTIFY changed)
    Q_PROPERTY(QVariantList failed READ failed NOTIFY changed)
    Q_PROPERTY(QVariantList quarantined READ quarantined NOTIFY changed)
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString lastErrorTime READ lastErrorTime NOTIFY changed)
    Q_PROPERTY(QString nextRetryText READ nextRetryText NOTIFY changed)
    Q_PROPERTY(QString networkText READ networkText NOTIFY changed)
    Q_PROPERTY(bool running READ isRunning NOTIFY changed)
    Q_PROPERTY(bool canSync READ canSync NOTIFY changed)
    Q_PROPERTY(bool stopped READ isStopped NOTIFY changed)
    // The outcome of the last enrolment from a link or QR image (enrolFromLink, enrolFromQrImage).
    Q_PROPERTY(QString enrolMessage READ enrolMessage NOTIFY enrolMessageChanged)
    Q_PROPERTY(bool enrolFailed READ enrolFailed NOTIFY enrolMessageChanged)

public:
    static constexpr int ListLimit = 200;

    SyncPageController(LocalStore *store, SyncEngine *engine, const FormCatalog *catalog, AppController *app,
                       ConflictController *conflicts, QObject *parent = nullptr);
    static SyncPageController *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<SyncPageController>::instanceFor(engine);
    }

    int waitingCount() const { return m_waitingCount; }
    int sendingCount() const { return int(m_sendingCount); }
    int failedCount() const { return int(m_failed.size()); }
    int quarantinedCount() const { return m_state.quarantined; }
    int conflictCount() const { return m_state.conflicts; }
    QVariantList waiting() const { return m_waiting; }
    QVariantList failed() const { return m_failed; }
    QVariantList quarantined() const { return m_quarantined; }
    QVariantList conflicts() const { return m_conflicts; }
    QString lastSuccessText() const;
    QString lastError() const { return m_state.lastError; }
    QString lastErrorTime() const;
    QString nextRetryText() const;
    QString networkText() const;
    bool isRunning() const;
    bool canSync() const { return m_enrolled; }
    bool isStopped() const;

    // Intents.
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void refresh();
    // Opens the conflict page for this record (then conflictOpened); false if it has been settled.
    Q_INVOKABLE bool openConflict(const QString &uuid);
    // "Edit and resend" a record the server set aside: opens its form (editing makes a new revision,
    // finalising sends it again).
    Q_INVOKABLE bool editRecord(const QString &uuid);
    // Enrol this device from the link of an enrolment QR code (junheng://enrol?…), pasted or read from a
    // QR code image; waiting records are kept and go out after enrolment.
    Q_INVOKABLE void enrolFromLink(const QString &text);
    Q_INVOKABLE void enrolFromQrImage(const QUrl &file);
    QString enrolMessage() const { return m_enrolMessage; }
    bool enrolFailed() const { return m_enrolFailed; }

Q_SIGNALS:
    void changed();
    void conflictOpened();
    void enrolMessageChanged();

private:
    QString titleOf(const QString &formId, const QString &label) const;
    void scheduleRefresh();

    LocalStore *m_store;
    SyncEngine *m_engine;
    const FormCatalog *m_catalog;
    AppController *m_app;
    ConflictController *m_conflictController;
    QTimer m_refreshTimer; // coalesces the many changes of a large sync into one refresh
    SyncState m_state;
    bool m_enrolled = false;
    int m_waitingCount = 0;
    qsizetype m_sendingCount = 0;
    QVariantList m_waiting;
    QVariantList m_failed;
    QVariantList m_quarantined;
    QVariantList m_conflicts;
    QString m_enrolMessage;
    bool m_enrolFailed = false;
};

} // namespace junheng
