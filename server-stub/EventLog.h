#pragma once

#include "Caller.h"
#include "Result.h"
#include "Protocol.h"
#include "ReviewWire.h"

#include <QList>
#include <QSqlDatabase>

namespace junheng::server {

// The review_events table: cycles published and closed, and every change of a submission's review state,
// numbered by their own server-wide seq. It is both the history (who and when) and the feed devices pull
// (GET /api/v1/events). Rows are never changed or deleted.
class EventLog
{
public:
    explicit EventLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores the event (its seq is ignored) and returns the new seq; the caller holds the transaction.
    Result<qint64> append(const QString &county, const protocol::ReviewEvent &event);
    // Events in the caller's scope with seq > since, in seq order, at most `limit` (+1 to know "more").
    Result<protocol::EventsReply> read(const Caller &caller, qint64 since, int limit) const;
    // Who is acting: the device, its role and scope, and `person` (the device's name when empty).
    Result<protocol::Actor> actor(const Caller &caller, const QString &person) const;

private:
    QSqlDatabase m_db;
};

} // namespace junheng::server
