#pragma once

#include "Caller.h"
#include "FormCatalog.h"
#include "Protocol.h"
#include "Result.h"
#include "ReviewWire.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace junheng::server {

// The review state of each submission (school, form, cycle) of docs/protocol.md "Review":
// not_started -> submitted (a record of it was pushed) -> returned (with comments) or approved; a push
// after a return or an approval submits again. Every change is an event (EventLog): who, when, comments.
class ReviewService
{
public:
    ReviewService(QSqlDatabase db, const FormCatalog &catalog) : m_db(std::move(db)), m_catalog(catalog) {}

    // What one push batch has looked up already (cycles, submissions it moved, the pushing device's name).
    struct Batch
    {
        QHash<QString, std::optional<protocol::Cycle>> cycles;
        QSet<QString> submitted;
        std::optional<protocol::Actor> actor;
    };
    // Called in the push's transaction after a revision was stored with `seq`: marks the record late when
    // it came after its cycle's closing date and moves the submission to "submitted" (an event) unless it
    // is there already. Returns whether the record is late.
    Result<bool> noteStored(const Caller &caller, const QString &county, const protocol::WireRecord &record,
                            qint64 seq, Batch &batch);

    // body: {"cycle", "school_code", "form_id", "decision": "approve"|"return", "reviewer", "comments"?,
    // "submitted_seq"?}. Errors: scope.forbidden, request.invalid, review.state, review.stale.
    Result<QJsonObject> decide(const Caller &caller, const QJsonObject &body);
    // Every school of the caller's scope with the state of each form of the cycle ("" : the county's
    // current cycle): {"cycle", "deadline", "schools": [{code, name, town…, "forms": {id: {state…}}}]}.
    Result<QJsonObject> completeness(const Caller &caller, const QString &cycleId) const;
    // The schools of the caller's scope with their towns: {"schools": [SchoolEntry…]}.
    Result<QJsonObject> schools(const Caller &caller) const;

private:
    QSqlDatabase m_db;
    const FormCatalog &m_catalog;
};

} // namespace junheng::server
