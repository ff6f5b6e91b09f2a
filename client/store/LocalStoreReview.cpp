// Cycles, review notes, submissions and the school directory of LocalStore (see ReviewState.h).
#include "LocalStore.h"

#include "RecordRows.h"
#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace junheng {

namespace {

QString timeText(const QDateTime &time)
{
    // Never NULL (the columns are NOT NULL): an event without a time keeps an empty one.
    const QString text = time.toUTC().toString(Qt::ISODateWithMs);
    return text.isNull() ? QStringLiteral("") : text;
}

// A note's text as stored: never NULL, so an event from the server that lacks who made it (an older
// server, a hand-made feed) is kept with an empty name instead of failing the whole feed at every sync.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString commentsText(const QList<ReviewNoteComment> &comments)
{
    QJsonArray array;
    for (const ReviewNoteComment &comment : comments)
        array.append(QJsonObject{
            {"record_uuid", comment.recordUuid}, {"field", comment.field}, {"text", comment.text}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ReviewNoteComment> commentsFrom(const QByteArray &text)
{
    QList<ReviewNoteComment> list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text).array()) {
        const QJsonObject object = value.toObject();
        list.append(ReviewNoteComment{object.value("record_uuid").toString(),
                                      object.value("field").toString(), object.value("text").toString()});
    }
    return list;
}

const char *const CycleColumns = "id, name, opens_on, closes_on, state, profile, form_versions, forms, seq";

CycleInfo cycleFrom(const QSqlQuery &query)
{
    CycleInfo cycle;
    cycle.id = query.value(0).toString();
    cycle.name = query.value(1).toString();
    cycle.opensOn = query.value(2).toString();
    cycle.closesOn = query.value(3).toString();
    cycle.state = query.value(4).toString();
    cycle.profile = query.value(5).toString();
    const QJsonObject versions = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    for (auto it = versions.begin(); it != versions.end(); ++it)
        cycle.formVersions.insert(it.key(), it.value().toInt());
    cycle.forms = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
    cycle.seq = query.value(8).toLongLong();
    return cycle;
}

const char *const SubmissionColumns =
    "cycle_id, school_code, form_id, state, late, submitted_seq, seq, at, by_name, by_role";

SubmissionState submissionFrom(const QSqlQuery &query)
{
    SubmissionState state;
    state.cycleId = query.value(0).toString();
    state.schoolCode = query.value(1).toString();
    state.formId = query.value(2).toString();
    state.state = query.value(3).toString();
    state.late = query.value(4).toInt() != 0;
    state.submittedSeq = query.value(5).toLongLong();
    state.seq = query.value(6).toLongLong();
    state.at = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    state.byName = query.value(8).toString();
    state.byRole = query.value(9).toString();
    return state;
}

// The local status a submission's state gives its records.
QString recordStatusFor(const QString &state)
{
    if (state == QLatin1String("returned"))
        return QStringLiteral("returned");
    if (state == QLatin1String("approved"))
        return QStringLiteral("accepted");
    return QStringLiteral("sent");
}

} // namespace

Result<int> LocalStore::applyReviewFeed(const QList<CycleInfo> &cycles, const QList<ReviewNote> &notes,
                                        qint64 nextCursor)
{
    Transaction transaction(db());
    QSqlQuery query(db());
    int applied = 0;
    bool recordsMoved = false;
    bool enrolmentMoved = false;
    for (const CycleInfo &cycle : cycles) {
        QJsonObject versions;
        for (auto it = cycle.formVersions.constBegin(); it != cycle.formVersions.constEnd(); ++it)
            versions.insert(it.key(), it.value());
        // A close event carries no form definitions: keep the ones published.
        if (!execute(
                query,
                "INSERT INTO cycles (id, name, opens_on, closes_on, state, profile, form_versions, forms, "
                "seq)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                " opens_on = excluded.opens_on, closes_on = excluded.closes_on, state = excluded.state,"
                " profile = excluded.profile, form_versions = excluded.form_versions,"
                " forms = CASE WHEN excluded.forms = '{}' THEN cycles.forms ELSE excluded.forms END,"
                " seq = excluded.seq WHERE excluded.seq > cycles.seq",
                {cycle.id, cycle.name, cycle.opensOn, cycle.closesOn, cycle.state, cycle.profile,
                 QString::fromUtf8(QJsonDocument(versions).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(cycle.forms).toJson(QJsonDocument::Compact)), cycle.seq}))
            return storeError(QStringLiteral("保存评估周期"), query.lastError());
        ++applied;
        // The newest published cycle is the one this device fills in.
        if (cycle.state == QLatin1String("open") && enrolment()) {
            if (Status a = setMeta(QStringLiteral("enrolment.cycle_id"), cycle.id); !a)
                return a.error();
            if (Status b = setMeta(QStringLiteral("enrolment.cycle_name"), cycle.name); !b)
                return b.error();
            enrolmentMoved = true;
        }
    }
    for (const ReviewNote &note : notes) {
        if (!execute(
                query,
                "INSERT INTO review_notes (seq, cycle_id, school_code, form_id, state, late, at, by_device,"
                " by_name, by_role, comments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (seq) DO NOTHING",
                {note.seq, note.cycleId, note.schoolCode, note.formId, note.state, note.late ? 1 : 0,
                 timeText(note.at), notNull(note.byDevice), notNull(note.byName), notNull(note.byRole),
                 commentsText(note.comments)}))
            return storeError(QStringLiteral("保存审核意见"), query.lastError());
        if (query.numRowsAffected() == 0)
            continue; // pulled before
        const SubmissionState before = submission(note.cycleId, note.schoolCode, note.formId);
        if (before.seq >= note.seq)
            continue;
        const qint64 submittedSeq = note.state == QLatin1String("submitted") ? note.seq : before.submittedSeq;
        if (!execute(query,
                     "INSERT INTO submissions (cycle_id, school_code, form_id, state, late, submitted_seq, "
                     "seq, at,"
                     " by_name, by_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT (cycle_id, school_code, form_id) DO UPDATE SET state = excluded.state,"
                     " late = excluded.late, submitted_seq = excluded.submitted_seq, seq = excluded.seq,"
                     " at = excluded.at, by_name = excluded.by_name, by_role = excluded.by_role",
                     {note.cycleId, note.schoolCode, note.formId, note.state, note.late ? 1 : 0, submittedSeq,
                      note.seq, timeText(note.at), notNull(note.byName), notNull(note.byRole)}))
            return storeError(QStringLiteral("保存提交状态"), query.lastError());
        // Records this device has not changed since the server confirmed them take the submission's
        // state; a record being corrected (draft, finalised) keeps its own.
        // Only rows whose state changes are written (a submission of thousands of roster rows moves them all
        // to 'sent', which they already are). A record confirmed here is 'finalised' in its row and reads as
        // 'sent' (RecordRows.h): another state is written in with its server revision.
        static const QString takeState =
            QStringLiteral("UPDATE records SET status = ?, server_revision = revision"
                           " WHERE cycle = ? AND school_code = ? AND form_id = ?"
                           " AND ((status IN ('sent', 'accepted', 'returned') AND revision = server_revision"
                           " AND status <> ?) OR (? <> 'sent' AND %1))")
                .arg(QLatin1String(confirmedHereRecords));
        const QString state = recordStatusFor(note.state);
        if (!execute(query, takeState, {state, note.cycleId, note.schoolCode, note.formId, state, state}))
            return storeError(QStringLiteral("更新记录的审核状态"), query.lastError());
        recordsMoved = recordsMoved || query.numRowsAffected() > 0;
        ++applied;
    }
    if (Status saved = setMeta(QStringLiteral("sync.review_cursor"), QString::number(nextCursor)); !saved)
        return saved.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (recordsMoved || applied > 0)
        Q_EMIT recordsChanged();
    if (enrolmentMoved)
        Q_EMIT syncStateChanged();
    return applied;
}

qint64 LocalStore::reviewCursor() const
{
    return meta(QStringLiteral("sync.review_cursor")).toLongLong();
}

QList<CycleInfo> LocalStore::cycles() const
{
    QList<CycleInfo> list;
    QSqlQuery query(db());
    if (execute(query,
                QStringLiteral("SELECT %1 FROM cycles ORDER BY seq DESC").arg(QLatin1String(CycleColumns))))
        while (query.next())
            list.append(cycleFrom(query));
    return list;
}

std::optional<CycleInfo> LocalStore::cycle(const QString &id) const
{
    QSqlQuery query(db());
    if (execute(query, QStringLiteral("SELECT %1 FROM cycles WHERE id = ?").arg(QLatin1String(CycleColumns)),
                {id}) &&
        query.next())
        return cycleFrom(query);
    return std::nullopt;
}

QJsonObject LocalStore::publishedForms() const
{
    const auto current = enrolment();
    if (!current || current->cycleId.isEmpty())
        return {};
    const auto info = cycle(current->cycleId);
    return info ? info->forms : QJsonObject{};
}

QList<SubmissionState> LocalStore::submissions(const QString &cycleId) const
{
    QList<SubmissionState> list;
    QSqlQuery query(db());
    if (execute(query,
                QStringLiteral("SELECT %1 FROM submissions WHERE cycle_id = ? ORDER BY school_code, form_id")
                    .arg(QLatin1String(SubmissionColumns)),
                {cycleId}))
        while (query.next())
            list.append(submissionFrom(query));
    return list;
}

SubmissionState LocalStore::submission(const QString &cycleId, const QString &schoolCode,
                                       const QString &formId) const
{
    QSqlQuery query(db());
    if (execute(query,
                QStringLiteral(
                    "SELECT %1 FROM submissions WHERE cycle_id = ? AND school_code = ? AND form_id = ?")
                    .arg(QLatin1String(SubmissionColumns)),
                {cycleId, schoolCode, formId}) &&
        query.next())
        return submissionFrom(query);
    SubmissionState none;
    none.cycleId = cycleId;
    none.schoolCode = schoolCode;
    none.formId = formId;
    return none;
}

QList<ReviewNote> LocalStore::reviewHistory(const QString &cycleId, const QString &schoolCode,
                                            const QString &formId) const
{
    QList<ReviewNote> list;
    QSqlQuery query(db());
    if (!execute(query,
                 "SELECT seq, state, late, at, by_device, by_name, by_role, comments FROM review_notes"
                 " WHERE cycle_id = ? AND school_code = ? AND form_id = ? ORDER BY seq",
                 {cycleId, schoolCode, formId}))
        return list;
    while (query.next()) {
        ReviewNote note;
        note.seq = query.value(0).toLongLong();
        note.cycleId = cycleId;
        note.schoolCode = schoolCode;
        note.formId = formId;
        note.state = query.value(1).toString();
        note.late = query.value(2).toInt() != 0;
        note.at = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        note.byDevice = query.value(4).toString();
        note.byName = query.value(5).toString();
        note.byRole = query.value(6).toString();
        note.comments = commentsFrom(query.value(7).toByteArray());
        list.append(note);
    }
    return list;
}

QList<ReviewNoteComment> LocalStore::openComments(const QString &cycleId, const QString &schoolCode,
                                                  const QString &formId) const
{
    const SubmissionState state = submission(cycleId, schoolCode, formId);
    if (state.state != QLatin1String("returned"))
        return {};
    QSqlQuery query(db());
    if (execute(query, "SELECT comments FROM review_notes WHERE seq = ?", {state.seq}) && query.next())
        return commentsFrom(query.value(0).toByteArray());
    return {};
}

QSet<QString> LocalStore::unsentForms(const QString &cycleId) const
{
    QSet<QString> forms;
    QSqlQuery query(db());
    if (execute(query,
                QStringLiteral("SELECT DISTINCT r.school_code, r.form_id FROM records r WHERE r.cycle = ?"
                               " AND (r.status = 'draft' OR (r.status = 'finalised' AND NOT %1))"
                               " AND r.deleted = 0")
                    .arg(QLatin1String(confirmedHere)),
                {cycleId}))
        while (query.next())
            forms.insert(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString());
    return forms;
}

Status LocalStore::saveDirectory(const QList<DirectorySchool> &schools)
{
    Transaction transaction(db());
    QSqlQuery query(db());
    if (!execute(query, "DELETE FROM directory"))
        return storeError(QStringLiteral("更新学校名单"), query.lastError());
    for (const DirectorySchool &school : schools) {
        if (!execute(
                query,
                "INSERT INTO directory (code, name, town_code, town_name, type, students) VALUES (?, ?, ?, "
                "?, ?, ?)",
                {school.code, school.name, school.townCode, school.townName, school.type, school.students}))
            return storeError(QStringLiteral("更新学校名单"), query.lastError());
    }
    return transaction.commit();
}

QList<DirectorySchool> LocalStore::directory() const
{
    QList<DirectorySchool> list;
    QSqlQuery query(db());
    if (execute(query, "SELECT code, name, town_code, town_name, type, students FROM directory ORDER BY "
                       "town_code, code"))
        while (query.next())
            list.append(DirectorySchool{query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toString(),
                                        query.value(4).toString(), query.value(5).toInt()});
    return list;
}

} // namespace junheng
