#include "ReviewService.h"

#include "AuditLog.h"
#include "CountyDirectory.h"
#include "CycleService.h"
#include "EventLog.h"
#include "ServerDatabase.h"
#include "SqlTransaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace junheng::server {

namespace {

Error invalid(const QString &message)
{
    return makeError("request.invalid", message);
}

struct SubmissionRow
{
    QString state;
    bool late = false;
    qint64 submittedSeq = 0;
    QString updatedAt;
};

Result<std::optional<SubmissionRow>> submission(QSqlDatabase db, const QString &county, const QString &cycle,
                                                const QString &school, const QString &form)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT state, late, submitted_seq, updated_at FROM submissions"
                       " WHERE county_code = ? AND cycle_id = ? AND school_code = ? AND form_id = ?"));
    for (const QString &value : {county, cycle, school, form})
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("读取提交状态"), query.lastError().text());
    if (!query.next())
        return std::optional<SubmissionRow>();
    return std::optional<SubmissionRow>(SubmissionRow{query.value(0).toString(), query.value(1).toInt() != 0,
                                                      query.value(2).toLongLong(),
                                                      query.value(3).toString()});
}

Status saveSubmission(QSqlDatabase db, const QString &county, const protocol::ReviewEvent &event,
                      qint64 submittedSeq)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO submissions (county_code, cycle_id, school_code, form_id, state, late, submitted_seq,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (county_code, cycle_id, school_code, "
        "form_id)"
        " DO UPDATE SET state = excluded.state, late = excluded.late, submitted_seq = excluded.submitted_seq,"
        " updated_at = excluded.updated_at"));
    for (const QVariant &value :
         QVariantList{county, event.cycleId, event.schoolCode, event.formId, event.state, event.late ? 1 : 0,
                      submittedSeq, protocol::isoTime(event.at)})
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("保存提交状态"), query.lastError().text());
    return Ok{};
}

// County-level forms (C1, …) are filled by the county itself, not by schools.
bool isSchoolForm(const QString &formId)
{
    return !formId.startsWith(QLatin1Char('C'));
}

} // namespace

Result<bool> ReviewService::noteStored(const Caller &caller, const QString &county,
                                       const protocol::WireRecord &record, qint64 seq, Batch &batch)
{
    if (!batch.cycles.contains(record.cycle)) {
        auto cycle = CycleService(m_db, m_catalog).find(county, record.cycle);
        if (!cycle)
            return cycle.error();
        batch.cycles.insert(record.cycle, cycle.value());
    }
    const std::optional<protocol::Cycle> &cycle = batch.cycles.value(record.cycle);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool late = cycle && cycle->isLate(now);
    QSqlQuery query(m_db);
    if (late) {
        query.prepare(QStringLiteral("UPDATE records SET late = 1 WHERE county_code = ? AND seq = ?"));
        query.addBindValue(county);
        query.addBindValue(seq);
        if (!query.exec())
            return storageError(QStringLiteral("标记逾期记录"), query.lastError().text());
    }
    if (!isSchoolForm(record.formId)) // the county's own forms are not submitted for review
        return late;
    const QString key =
        record.cycle + QLatin1Char('|') + record.schoolCode + QLatin1Char('|') + record.formId;
    if (batch.submitted.contains(key) && !late)
        return late;
    auto current = submission(m_db, county, record.cycle, record.schoolCode, record.formId);
    if (!current)
        return current.error();
    batch.submitted.insert(key);
    if (current.value() && current.value()->state == QLatin1String("submitted")) {
        if (late && !current.value()->late) {
            query.prepare(
                QStringLiteral("UPDATE submissions SET late = 1 WHERE county_code = ? AND cycle_id = ?"
                               " AND school_code = ? AND form_id = ?"));
            for (const QString &value : {county, record.cycle, record.schoolCode, record.formId})
                query.addBindValue(value);
            if (!query.exec())
                return storageError(QStringLiteral("标记逾期提交"), query.lastError().text());
        }
        return late;
    }
    if (!batch.actor) {
        auto actor = EventLog(m_db).actor(caller, {});
        if (!actor)
            return actor.error();
        batch.actor = actor.value();
    }
    protocol::ReviewEvent event;
    event.kind = QStringLiteral("review");
    event.at = now;
    event.by = *batch.actor;
    event.cycleId = record.cycle;
    event.schoolCode = record.schoolCode;
    event.formId = record.formId;
    event.state = QStringLiteral("submitted");
    event.late = late;
    auto eventSeq = EventLog(m_db).append(county, event);
    if (!eventSeq)
        return eventSeq.error();
    if (Status saved = saveSubmission(m_db, county, event, eventSeq.value()); !saved)
        return saved.error();
    return late;
}

Result<QJsonObject> ReviewService::decide(const Caller &caller, const QJsonObject &body)
{
    if (caller.role == QLatin1String("school"))
        return makeError(
            "scope.forbidden",
            QStringLiteral("学校的设备不能审核：审核由乡镇（街道）教育办或县教育局的设备进行。"));
    for (const char *key : {"cycle", "school_code", "form_id", "decision", "reviewer"}) {
        if (!body.value(QLatin1String(key)).isString() ||
            body.value(QLatin1String(key)).toString().trimmed().isEmpty())
            return invalid(QStringLiteral("审核请求缺少 %1（文字）。").arg(QLatin1String(key)));
    }
    const QString cycleId = body.value("cycle").toString();
    const QString schoolCode = body.value("school_code").toString();
    const QString formId = body.value("form_id").toString();
    const QString decision = body.value("decision").toString();
    const QString reviewer = body.value("reviewer").toString().trimmed();
    if (decision != QLatin1String("approve") && decision != QLatin1String("return"))
        return invalid(QStringLiteral("decision 应是 approve（通过）或 return（退回），收到的是“%1”。")
                           .arg(decision.left(20)));
    if (reviewer.size() > 50)
        return invalid(QStringLiteral("审核人姓名（reviewer）最多 50 个字。"));
    const QJsonValue seen = body.value("submitted_seq");
    if (!seen.isUndefined() && !seen.isDouble())
        return invalid(QStringLiteral("submitted_seq 应是数字（审核时看到的那次提交的编号）。"));
    const FormDefinition *form = m_catalog.find(formId);
    if (!form)
        return invalid(QStringLiteral("服务器没有表单“%1”。").arg(formId.left(20)));
    auto school = CountyDirectory(m_db, caller.countyCode).school(schoolCode);
    if (!school)
        return school.error();
    if (!school.value())
        return makeError("scope.forbidden",
                         QStringLiteral("学校代码 %1 不在本县的学校名单中。").arg(schoolCode.left(40)));
    if (!caller.covers(*school.value()))
        return makeError("scope.forbidden",
                         QStringLiteral("本设备只能审核%1，学校 %2（%3）不在其中。")
                             .arg(caller.describeScope(), school.value()->code, school.value()->name));
    const QString county = school.value()->countyCode;

    const QJsonValue commentsValue = body.value("comments");
    if (!commentsValue.isUndefined() && !commentsValue.isArray())
        return invalid(QStringLiteral("comments 应是数组：[{\"record_uuid\", \"field\", \"text\"}, …]。"));
    const QJsonArray commentArray = commentsValue.toArray();
    if (commentArray.size() > protocol::MaxCommentsPerDecision)
        return invalid(QStringLiteral("一次最多 %1 条意见，本次有 %2 条。")
                           .arg(protocol::MaxCommentsPerDecision)
                           .arg(commentArray.size()));
    QList<protocol::ReviewComment> comments;
    for (qsizetype i = 0; i < commentArray.size(); ++i) {
        const QString where = QStringLiteral("第 %1 条意见").arg(i + 1);
        if (!commentArray.at(i).isObject())
            return invalid(QStringLiteral("%1不是 JSON 对象。").arg(where));
        const protocol::ReviewComment comment =
            protocol::ReviewComment::fromJson(commentArray.at(i).toObject());
        const QString text = comment.text.trimmed();
        if (text.isEmpty() || text.size() > protocol::MaxCommentChars)
            return invalid(QStringLiteral("%1的内容（text）不能为空，最多 %2 个字。")
                               .arg(where)
                               .arg(protocol::MaxCommentChars));
        if (!comment.field.isEmpty() && !form->field(comment.field))
            return invalid(
                QStringLiteral("%1：表单 %2 没有字段“%3”。").arg(where, form->id, comment.field.left(40)));
        if (!comment.recordUuid.isEmpty()) {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM records WHERE county_code = ? AND uuid = ?"
                                         " AND school_code = ? AND form_id = ? AND cycle = ?"));
            for (const QString &value : {county, comment.recordUuid, schoolCode, formId, cycleId})
                query.addBindValue(value);
            if (!query.exec() || !query.next())
                return storageError(QStringLiteral("查找意见所指的记录"), query.lastError().text());
            if (query.value(0).toInt() == 0)
                return invalid(
                    QStringLiteral("%1：记录 %2 不是学校 %3 在周期 %4 的“%5”。")
                        .arg(where, comment.recordUuid.left(40), schoolCode, cycleId, form->title.zh));
        }
        comments.append(protocol::ReviewComment{comment.recordUuid, comment.field, text});
    }
    const bool approve = decision == QLatin1String("approve");
    if (!approve && comments.isEmpty())
        return invalid(QStringLiteral("退回时请至少写一条意见，说明要学校改什么。"));

    SqlTransaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto current = submission(m_db, county, cycleId, schoolCode, formId);
    if (!current)
        return current.error();
    const QString what =
        QStringLiteral("%1（%2）的“%3”").arg(school.value()->name, schoolCode, form->title.zh);
    if (!current.value())
        return makeError("review.state",
                         QStringLiteral("%1在周期 %2 还没有提交，无法审核。").arg(what, cycleId));
    const SubmissionRow row = *current.value();
    if (row.state == QLatin1String("returned"))
        return makeError("review.state", QStringLiteral("%1已退回，正等学校改正后重新提交。").arg(what));
    if (approve && row.state == QLatin1String("approved"))
        return makeError("review.state", QStringLiteral("%1已经审核通过了。").arg(what));
    if (seen.isDouble() && qint64(seen.toDouble()) < row.submittedSeq)
        return makeError(
            "review.stale",
            QStringLiteral("%1在您审核期间重新提交过。请先同步，看过新提交的内容再审核。").arg(what));

    auto actor = EventLog(m_db).actor(caller, reviewer);
    if (!actor)
        return actor.error();
    protocol::ReviewEvent event;
    event.kind = QStringLiteral("review");
    event.at = QDateTime::currentDateTimeUtc();
    event.by = actor.value();
    event.cycleId = cycleId;
    event.schoolCode = schoolCode;
    event.formId = formId;
    event.state = approve ? QStringLiteral("approved") : QStringLiteral("returned");
    event.late = row.late;
    event.comments = comments;
    auto seq = EventLog(m_db).append(county, event);
    if (!seq)
        return seq.error();
    event.seq = seq.value();
    if (Status saved = saveSubmission(m_db, county, event, row.submittedSeq); !saved)
        return saved.error();
    if (Status audited = AuditLog(m_db).write(
            county, caller.actor(), QStringLiteral("review.") + decision,
            QStringLiteral("%1/%2/%3").arg(cycleId, schoolCode, formId),
            QStringLiteral("%1 seq=%2 comments=%3").arg(reviewer).arg(seq.value()).arg(comments.size()));
        !audited)
        return audited.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    const QJsonObject state{{"cycle", cycleId},
                            {"school_code", schoolCode},
                            {"form_id", formId},
                            {"state", event.state},
                            {"late", row.late},
                            {"submitted_seq", row.submittedSeq},
                            {"updated_at", protocol::isoTime(event.at)}};
    return QJsonObject{{"submission", state}, {"event", event.toJson()}};
}

Result<QJsonObject> ReviewService::schools(const Caller &caller) const
{
    CountyDirectory directory(m_db, caller.countyCode);
    auto towns = directory.towns();
    if (!towns)
        return towns.error();
    QHash<QString, QString> townNames;
    for (const TownInfo &town : towns.value())
        townNames.insert(town.code, town.name);
    auto schools = directory.schools();
    if (!schools)
        return schools.error();
    QJsonArray list;
    for (const SchoolInfo &school : schools.value()) {
        if (caller.covers(school))
            list.append(protocol::SchoolEntry{school.code, school.name, school.townCode,
                                              townNames.value(school.townCode), school.type, school.students}
                            .toJson());
    }
    return QJsonObject{{"schools", list}};
}

Result<QJsonObject> ReviewService::completeness(const Caller &caller, const QString &cycleId) const
{
    QString id = cycleId;
    if (id.isEmpty()) {
        auto county = CountyDirectory(m_db, caller.countyCode).county();
        if (!county)
            return county.error();
        if (!county.value())
            return makeError("cycle.unknown", QStringLiteral("服务器上还没有县和周期。"));
        id = county.value()->cycleId;
    }
    auto cycle = CycleService(m_db, m_catalog).find(caller.countyCode, id);
    if (!cycle)
        return cycle.error();
    if (!cycle.value() ||
        (cycle.value()->state == QLatin1String("draft") && caller.role != QLatin1String("county")))
        return makeError("cycle.unknown", QStringLiteral("本县没有编号为“%1”的周期。").arg(id.left(40)));
    QStringList forms;
    for (const FormDefinition &form : m_catalog.forms()) {
        if (isSchoolForm(form.id) &&
            (cycle.value()->formVersions.isEmpty() || cycle.value()->formVersions.contains(form.id)))
            forms.append(form.id);
    }
    QHash<QString, QJsonObject> states; // school|form -> state
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT school_code, form_id, state, late, submitted_seq, updated_at FROM submissions"
                       " WHERE county_code = ? AND cycle_id = ?"));
    query.addBindValue(caller.countyCode);
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QStringLiteral("读取提交状态"), query.lastError().text());
    while (query.next())
        states.insert(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString(),
                      QJsonObject{{"state", query.value(2).toString()},
                                  {"late", query.value(3).toInt() != 0},
                                  {"submitted_seq", query.value(4).toLongLong()},
                                  {"updated_at", query.value(5).toString()}});
    auto directory = schools(caller);
    if (!directory)
        return directory.error();
    QJsonArray list;
    for (const QJsonValue &value : directory->value("schools").toArray()) {
        QJsonObject school = value.toObject();
        QJsonObject formStates;
        for (const QString &form : forms)
            formStates.insert(form, states.value(school.value("code").toString() + QLatin1Char('|') + form,
                                                 QJsonObject{{"state", "not_started"}, {"late", false}}));
        school.insert("forms", formStates);
        list.append(school);
    }
    const QDateTime deadline = cycle.value()->deadline();
    return QJsonObject{{"cycle", cycle.value()->toJson()},
                       {"deadline", deadline.isValid() ? protocol::isoTime(deadline) : QString()},
                       {"forms", QJsonArray::fromStringList(forms)},
                       {"schools", list}};
}

} // namespace junheng::server
