#pragma once

#include "HttpTransport.h"
#include "LocalStore.h"
#include "Protocol.h"
#include "Reachability.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace junheng {

namespace protocol {
struct WireRecord;
}

// The client side of docs/protocol.md: enrol, then push the outbox in batches and pull changes by
// cursor. Asynchronous (Qt event loop): enrolFinished and syncFinished always come after the call that
// started them has returned, never from inside it. One run at a time. Every error is recorded in the store's
// sync state, so the person sees it, and nothing leaves the outbox unless the server confirmed it.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(LocalStore *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    bool isRunning() const { return m_running; }

    // Trades a one-time code for a token and saves the enrolment. Emits enrolFinished. If the server's
    // certificate is self-signed it must have the fingerprint `expectedCertificate` (from the QR code or
    // the county) or, when that is empty, the certificate first seen is pinned (the message says which).
    void enrol(const QUrl &server, const QString &code, const QString &deviceName,
               const QString &expectedCertificate = {});
    // Push then pull. Emits syncFinished. Does nothing (returns false) if a run is under way.
    bool syncNow();
    // Retry by itself: after a failure with exponential backoff and jitter (5 s .. 10 min), and every
    // `interval` when all is well; at once when the network comes back (Reachability) and shortly after
    // a change enters the outbox. Off by default (the CLI syncs once).
    void setAutoSync(bool enabled, int intervalMs = 60000);

    // The uuids of the batch on its way to the server (empty between batches).
    QStringList sending() const { return m_sending; }
    // When the next automatic try is due; invalid when none is planned.
    QDateTime nextRetryAt() const;
    // The server no longer accepts this device's token (401): no automatic tries until it enrols again.
    bool isStopped() const { return m_stopped; }
    Reachability *reachability() { return &m_reachability; }
    // The delay before try number `failures` + 1: 5 s doubling up to 10 min, each drawn from
    // [base/2, base*3/2) by `random` (jitter, so a hundred tablets back online do not come at once).
    static int retryDelayMs(int failures, quint32 random);

    // Plain HTTP to anything but loopback is refused; to loopback it is allowed with this warning.
    static QString insecureWarning(const QUrl &server);
    static bool isAllowedServer(const QUrl &server, QString *why);

Q_SIGNALS:
    void enrolFinished(bool ok, const QString &message);
    void syncFinished(bool ok, const QString &message);
    void runningChanged();
    void sendingChanged();
    // nextRetryAt() or isStopped() changed.
    void scheduleChanged();

private:
    // Sends batches until MaxPushesInFlight are on their way or the outbox has no more; when none is
    // left in flight, pulls (or finishes with the first failure).
    void pushNext();
    // Sends batches until MaxPushesInFlight are on their way or the outbox has no more to send.
    void sendPushes();
    // A batch's reply: sends the next batch, then saves the results (queued).
    void pushReplied(const QList<LocalRecord> &batch, const HttpTransport::Reply &reply);
    void saveReply(const QList<LocalRecord> &batch, const HttpTransport::Reply &reply);
    // The next push batch from the outbox, within the protocol's record and byte limits, and its body;
    // the records of `inFlight` (sent, not answered yet) are left out.
    QList<LocalRecord> nextPushBatch(QByteArray *body, const QSet<QString> &inFlight = {}) const;
    // One record of a push body, its payload text spliced in.
    static QByteArray recordText(const LocalRecord &record, const QByteArray &payload);
    // `value` as a JSON string literal (quoted, escaped), appended to `out`.
    static void appendJsonString(QByteArray &out, const QString &value);
    static Result<QList<protocol::PushResult>> readPushResults(const QJsonObject &reply,
                                                               const QList<LocalRecord> &batch);
    void pullNext();
    void pullReviewNext();
    void pullDirectory();
    void finish(bool ok, const QString &message);
    void scheduleRetry();
    // A request failed as a whole: what the person reads (429 and 401 in their own words), noted on the
    // records that were being sent.
    void failRequest(int status, const Error &error, int retryAfterSeconds);
    // The message of such a failure (429 and 401 handled), noted on the records `sent`.
    QString requestFailure(int status, const Error &error, int retryAfterSeconds, const QStringList &sent);
    // The server refused `sent` with a conflict: merge field by field, or keep it for a person.
    Status settleConflict(const LocalRecord &sent, const protocol::WireRecord &server,
                          const QString &message);
    void setSending(const QStringList &uuids);
    void kickAfterChange();

    LocalStore *m_store;
    std::unique_ptr<HttpTransport> m_transport;
    QTimer m_retryTimer;
    bool m_running = false;
    bool m_autoSync = false;
    int m_intervalMs = 60000;
    int m_failures = 0;
    int m_pushed = 0;
    int m_pulled = 0;
    int m_setAside = 0;
    int m_merged = 0;
    int m_conflicted = 0;
    QStringList m_sending;
    // Push batches sent and not answered yet; the first failure of this run's pushes, reported once none
    // is in flight. Three: the server reads one push while it stores another (two left it waiting).
    static constexpr int MaxPushesInFlight = 3;
    int m_pushesInFlight = 0;
    int m_repliesToSave = 0; // answered batches whose results are not saved yet
    // The school list's digest the server offered in this run's pull, and the one of the list saved last
    // (in memory: after a restart the list is pulled once again).
    QString m_offeredSchoolsDigest;
    QString m_schoolsDigest;
    QString m_pushFailure;
    QDateTime m_notBefore; // a 429's Retry-After: no request before then
    bool m_stopped = false;
    Reachability m_reachability;
    QTimer m_changeTimer; // sync shortly after a change enters the outbox
    QMetaObject::Connection m_changeConnection;
};

} // namespace junheng
