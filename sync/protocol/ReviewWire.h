#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// The cycle, review and directory types of docs/protocol.md ("Cycles", "Review", "Events", "Schools"),
// shared by the client and the server. QtCore only.
namespace junheng::protocol {

inline constexpr int MaxCommentsPerDecision = 200;
inline constexpr int MaxCommentChars = 500;

// An assessment cycle of a county. Dates are calendar dates (YYYY-MM-DD) in China Standard Time.
struct Cycle
{
    QString id;
    QString name;
    QString opensOn;
    QString closesOn;
    QString state; // draft (only the county sees it), open, closed
    QString profile;
    QMap<QString, int> formVersions;
    // Form id -> its definition (the form's JSON), in a cycle event: the forms the devices fill in.
    QJsonObject forms;

    // The end of closesOn, 24:00 China Standard Time (UTC+8), in UTC; invalid when there is no date.
    QDateTime deadline() const;
    // Whether something received at `receivedUtc` is after the deadline.
    bool isLate(const QDateTime &receivedUtc) const;

    QJsonObject toJson() const;
    static Result<Cycle> fromJson(const QJsonObject &object);
};

// A reviewer's note on one field of one record (a roster row or a single-record form); record_uuid or
// field may be empty for a note about the whole record or the whole form.
struct ReviewComment
{
    QString recordUuid;
    QString field;
    QString text;

    QJsonObject toJson() const;
    static ReviewComment fromJson(const QJsonObject &object);
};

// Who made a change: the device, the person who said who they were, their role and scope.
struct Actor
{
    QString device;
    QString name;
    QString role;
    QString scope;

    QJsonObject toJson() const;
    static Actor fromJson(const QJsonObject &object);
};

// One row of the event feed (GET /api/v1/events): a cycle published or closed, or the state of one
// submission (school, form, cycle) changing.
struct ReviewEvent
{
    qint64 seq = 0;
    QString kind; // cycle, review
    QDateTime at;
    Actor by;
    Cycle cycle; // kind cycle
    QString cycleId;
    QString schoolCode;
    QString formId;
    QString state; // kind review: submitted, returned, approved
    bool late = false;
    QList<ReviewComment> comments;

    QJsonObject toJson() const;
    static Result<ReviewEvent> fromJson(const QJsonObject &object);
};

struct EventsReply
{
    QList<ReviewEvent> events;
    qint64 nextCursor = 0;
    bool more = false;

    QJsonObject toJson() const;
    static Result<EventsReply> fromJson(const QJsonObject &object);
};

// A school of the caller's scope, with its town (GET /api/v1/schools).
struct SchoolEntry
{
    QString code;
    QString name;
    QString townCode;
    QString townName;
    QString type;
    int students = 0;

    QJsonObject toJson() const;
    static SchoolEntry fromJson(const QJsonObject &object);
};

// Submission states: not_started, submitted, returned, approved ("draft" exists only on the school's
// device: the server knows nothing of unsent work).
QString submissionStateLabel(const QString &state);
bool isDate(const QString &text);

} // namespace junheng::protocol
