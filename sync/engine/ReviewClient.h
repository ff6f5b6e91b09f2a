#pragma once

#include "LocalStore.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

namespace junheng {

class HttpTransport;

// What a town or county device asks the server directly (docs/protocol.md "Cycles", "Review"): these
// need a connection, because the server is the one place that decides a submission's state (two
// reviewers offline would otherwise both decide). A decision that succeeds is applied to the store at
// once, without moving the event cursor (the next pull brings it again and skips it). Every call ends
// with one `finished`, from the event loop.
class ReviewClient : public QObject
{
    Q_OBJECT

public:
    explicit ReviewClient(LocalStore *store, QObject *parent = nullptr);
    ~ReviewClient() override;

    void listCycles();
    // {"id", "name", "opens_on", "closes_on", "profile"?}
    void createCycle(const QJsonObject &cycle);
    // action: publish, close
    void changeCycle(const QString &id, const QString &action, const QString &person);
    // Approve (comments optional) or return (at least one comment) one submission of the current cycle.
    void decide(const QString &schoolCode, const QString &formId, bool approve, const QString &reviewer,
                const QList<ReviewNoteComment> &comments);
    void completeness(const QString &cycleId);
    // The error code of the last call that failed ("review.stale", "http.unreachable", …), for callers
    // that say what to do about each; empty after a success.
    QString lastErrorCode() const { return m_lastErrorCode; }

Q_SIGNALS:
    void finished(bool ok, const QJsonObject &reply, const QString &message);

private:
    bool connectTransport();
    void fail(const QString &code, const QString &message);
    void setLastErrorCode(const QString &code) { m_lastErrorCode = code; }
    friend struct ReviewClientRelay;

    LocalStore *m_store;
    std::unique_ptr<HttpTransport> m_transport;
    QString m_lastErrorCode;
};

} // namespace junheng
