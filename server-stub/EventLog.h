#pragma once

#include "Caller.h"
#include "Protocol.h"
#include "Result.h"
#include "ReviewWire.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

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
    // The highest seq in the caller's scope (0 when none): a device whose cursor is there has nothing to
    // pull (the hint in GET /api/v1/changes).
    Result<qint64> latest(const Caller &caller) const;
    // Who is acting: the device, its role and scope, and `person` (the device's name when empty).
    Result<protocol::Actor> actor(const Caller &caller, const QString &person) const;

private:
    // The WHERE condition of the caller's scope on review_events aliased "e", with its bound values.
    static QString scopeCondition(const Caller &caller, QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace junheng::server
