#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace junheng {

// What the device knows of the county's cycles, the review of each submission (school, form, cycle) and
// the schools of its scope: pulled from the server's event feed and school list (docs/protocol.md), kept
// in the store's "review" schema step. Plain data; the store reads and writes it (LocalStoreReview.cpp).

struct CycleInfo
{
    QString id;
    QString name;
    QString opensOn; // YYYY-MM-DD
    QString closesOn;
    QString state; // open, closed (drafts never reach devices)
    QString profile;
    QMap<QString, int> formVersions;
    QJsonObject forms; // form id -> definition JSON, as published
    qint64 seq = 0;    // the event that last changed it
};

struct ReviewNoteComment
{
    QString recordUuid; // empty: about the whole form
    QString field;      // empty: about the whole record
    QString text;
};

// One state change of a submission: who, when, and the comments of a return.
struct ReviewNote
{
    qint64 seq = 0;
    QString cycleId;
    QString schoolCode;
    QString formId;
    QString state; // submitted, returned, approved
    bool late = false;
    QDateTime at;
    QString byDevice;
    QString byName;
    QString byRole;
    QList<ReviewNoteComment> comments;
};

// The current state of a submission (the latest note), or not_started when there is none.
struct SubmissionState
{
    QString cycleId;
    QString schoolCode;
    QString formId;
    QString state = QStringLiteral("not_started");
    bool late = false;
    qint64 submittedSeq = 0; // the note of the latest submission (sent with a decision)
    qint64 seq = 0;          // the latest note
    QDateTime at;
    QString byName;
    QString byRole;
};

struct DirectorySchool
{
    QString code;
    QString name;
    QString townCode;
    QString townName;
    QString type;
    int students = 0;
};

} // namespace junheng
