#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The types of docs/protocol.md, shared by the client and the server. QtCore only.
namespace junheng::protocol {

inline constexpr int Version = 1;
inline constexpr int MaxBatchRecords = 1000;
inline constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;
inline constexpr qint64 MaxPayloadBytes = 256 * 1024;
inline constexpr int MaxPullLimit = 500;

// SHA-256 (hex) of the canonical serialisation of a payload.
QString payloadHash(const QJsonObject &payload);

QString isoTime(const QDateTime &time);
QDateTime parseIsoTime(const QString &text);

struct WireRecord
{
    QString uuid;
    QString formId;
    int formVersion = 0;
    QString schoolCode;
    QString cycle;
    QString status;
    int revision = 0;
    int baseRevision = 0;
    QJsonObject payload;
    QString payloadHash;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    // `where` names the record in the message, e.g. "第 3 条记录".
    static Result<WireRecord> fromJson(const QJsonObject &object, const QString &where);
};

enum class Outcome { Applied, Duplicate, Conflict, Rejected };
QString outcomeName(Outcome outcome);
std::optional<Outcome> parseOutcome(const QString &name);

struct PushResult
{
    QString uuid;
    int revision = 0;
    Outcome outcome = Outcome::Rejected;
    qint64 seq = 0;
    Error error;                            // for Conflict and Rejected
    std::optional<WireRecord> serverRecord; // for Conflict
    bool late = false;                      // applied after its cycle's closing date (stored all the same)

    QJsonObject toJson() const;
    static Result<PushResult> fromJson(const QJsonObject &object);
};

struct Change
{
    qint64 seq = 0;
    WireRecord record;
};

struct PullReply
{
    QList<Change> changes;
    qint64 nextCursor = 0;
    bool more = false;

    QJsonObject toJson() const;
    static Result<PullReply> fromJson(const QJsonObject &object);
};

struct Scope
{
    QString role; // school, town, county
    QString code;
    QString name;
    QString townCode;
    QString townName;
    QString countyCode;
    QString countyName;

    QJsonObject toJson() const;
    static Scope fromJson(const QJsonObject &object);
};

struct EnrolReply
{
    QString token;
    QString deviceId;
    Scope scope;
    QString cycleId;
    QString cycleName;

    QJsonObject toJson() const;
    static Result<EnrolReply> fromJson(const QJsonObject &object);
};

// {"error": {"code": …, "message": …}}
QJsonObject errorBody(const Error &error);
// Reads an error body; std::nullopt if the object is not one.
std::optional<Error> parseErrorBody(const QJsonObject &object);

} // namespace junheng::protocol
