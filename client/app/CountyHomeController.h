#pragma once

#include "LocalStore.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>
#include <memory>

namespace junheng {

class EnrolClient;
class ReviewClient;

// The county home's actions that need the server: the cycles (list, open a new one, publish, close —
// ReviewClient) and enrolment (issue a one-time code with its link for a school, a town or another county
// device, list the enrolled devices — EnrolClient). Offline, a call fails with a plain message and changes
// nothing; the cycles then shown are the ones this device pulled. One call at a time (busy).
class CountyHomeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    // [{id, name, opensOn, closesOn, state, stateLabel, profile, profileName}], newest first.
    Q_PROPERTY(QVariantList cycles READ cycles NOTIFY cyclesChanged)
    // Whether `cycles` came from the server now (false: what this device pulled before).
    Q_PROPERTY(bool cyclesFromServer READ cyclesFromServer NOTIFY cyclesChanged)
    // [{id, name}] of standards/profiles, national first.
    Q_PROPERTY(QVariantList profiles READ profiles CONSTANT)
    // Whom a code can be issued for: [{role, code, name, label}] (the county, its towns, its schools; a
    // town: its schools), from the directory this device pulled.
    Q_PROPERTY(QVariantList places READ places NOTIFY placesChanged)
    Q_PROPERTY(QString issuedCode READ issuedCode NOTIFY issuedChanged)
    Q_PROPERTY(QString issuedLink READ issuedLink NOTIFY issuedChanged)
    Q_PROPERTY(QString issuedFor READ issuedFor NOTIFY issuedChanged)
    // [{name, role, roleLabel, scopeName, townName, enrolledAt, lastPushAt, revoked}]
    Q_PROPERTY(QVariantList devices READ devices NOTIFY devicesChanged)

public:
    explicit CountyHomeController(QObject *parent = nullptr);
    ~CountyHomeController() override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QVariantList cycles() const { return m_cycles; }
    bool cyclesFromServer() const { return m_cyclesFromServer; }
    QVariantList profiles() const;
    QVariantList places() const { return m_places; }
    QString issuedCode() const { return m_issuedCode; }
    QString issuedLink() const { return m_issuedLink; }
    QString issuedFor() const { return m_issuedFor; }
    QVariantList devices() const { return m_devices; }

    // Intents. Each ends with `message` set (and `done(ok)`), from the event loop.
    Q_INVOKABLE void refreshCycles();
    Q_INVOKABLE void createCycle(const QString &id, const QString &name, const QString &opensOn,
                                 const QString &closesOn, const QString &profile);
    Q_INVOKABLE void publishCycle(const QString &id);
    Q_INVOKABLE void closeCycle(const QString &id);
    // index: into `places`.
    Q_INVOKABLE void issueCode(int index, const QString &note = {});
    Q_INVOKABLE void refreshDevices();
    // Re-reads the directory (after a sync).
    Q_INVOKABLE void reloadPlaces();

    // "开放中", "已结束", "草稿（未发布）".
    static QString stateLabel(const QString &state);

Q_SIGNALS:
    void storePathChanged();
    void busyChanged();
    void messageChanged();
    void cyclesChanged();
    void placesChanged();
    void issuedChanged();
    void devicesChanged();
    void done(bool ok);

private:
    enum class Pending { None, ListCycles, CreateCycle, ChangeCycle, Issue, Devices };

    bool ensureStore();
    bool start(Pending pending);
    void finishReview(bool ok, const QJsonObject &reply, const QString &message);
    void finishEnrol(bool ok, const QJsonObject &reply, const QString &message);
    void setMessage(const QString &message, bool error);
    void setBusy(bool busy);
    void useStoredCycles();
    void setCycles(const QJsonArray &cycles);

    QString m_storePath;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ReviewClient> m_review;
    std::unique_ptr<EnrolClient> m_enrol;
    Pending m_pending = Pending::None;
    QString m_pendingWhat; // the action, for the result message
    QString m_pendingName;
    bool m_followUp = false; // the cycle list read after a change: no message, no done()
    bool m_busy = false;
    QString m_message;
    bool m_messageIsError = false;
    QVariantList m_cycles;
    bool m_cyclesFromServer = false;
    QVariantList m_places;
    QString m_issuedCode, m_issuedLink, m_issuedFor;
    QVariantList m_devices;
};

} // namespace junheng
