// junheng-cli cycle … / review … / the completeness part of status (docs/protocol.md "Cycles", "Review").
#include "CliContext.h"

#include "Completeness.h"
#include "ReviewClient.h"
#include "ReviewWire.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace junheng {

namespace {

struct Answer
{
    bool ok = false;
    QJsonObject reply;
    QString message;
};

template <typename Start> Answer ask(ReviewClient &client, Start start)
{
    QEventLoop loop;
    Answer answer;
    QObject::connect(&client, &ReviewClient::finished, &loop,
                     [&](bool ok, const QJsonObject &reply, const QString &message) {
                         answer = {ok, reply, message};
                         loop.quit();
                     });
    start();
    loop.exec();
    return answer;
}

QString cycleStateLabel(const QString &state)
{
    if (state == QLatin1String("draft"))
        return QCoreApplication::translate("Review", "草稿（未发布）");
    if (state == QLatin1String("open"))
        return QCoreApplication::translate("Review", "进行中");
    return QCoreApplication::translate("Review", "已结束");
}

QString cycleLine(const QJsonObject &cycle)
{
    return QCoreApplication::translate("Review", "%1  %2  %3 至 %4  %5  阈值档案 %6")
        .arg(cycle.value("id").toString(), cycle.value("name").toString(), cycle.value("opens_on").toString(),
             cycle.value("closes_on").toString(), cycleStateLabel(cycle.value("state").toString()),
             cycle.value("profile").toString());
}

// "field=text", "uuid/field=text" or "=text" (about the whole form).
Result<ReviewNoteComment> parseComment(const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals < 0)
        return makeError("usage",
                         QCoreApplication::translate("Review", "意见“%1”的格式不对，应为 字段=意见 或 "
                                                               "记录UUID/字段=意见。")
                             .arg(text));
    ReviewNoteComment comment;
    QString target = text.left(equals).trimmed();
    comment.text = text.mid(equals + 1).trimmed();
    if (const qsizetype slash = target.indexOf(QLatin1Char('/')); slash >= 0) {
        comment.recordUuid = target.left(slash).trimmed().toLower();
        target = target.mid(slash + 1).trimmed();
    }
    comment.field = target;
    return comment;
}

} // namespace

int runCycle(CliContext &ctx, const QStringList &args, const CycleOptions &options)
{
    const QString action = args.value(0);
    ReviewClient client(ctx.store.get());
    if (action == QLatin1String("list")) {
        const Answer answer = ask(client, [&] { client.listCycles(); });
        if (!answer.ok)
            return ctx.fail(makeError("cycle.failed", answer.message));
        ctx.emitResult(answer.reply, [&] {
            const QJsonArray cycles = answer.reply.value("cycles").toArray();
            if (cycles.isEmpty())
                ctx.out << QCoreApplication::translate("Review", "还没有评估周期。\n");
            for (const QJsonValue &cycle : cycles)
                ctx.out << cycleLine(cycle.toObject()) << '\n';
        });
        return ExitOk;
    }
    const QString id = args.value(1);
    if (id.isEmpty() || (action != QLatin1String("open") && action != QLatin1String("publish") &&
                         action != QLatin1String("close"))) {
        ctx.err << QCoreApplication::translate(
            "Review", "用法：junheng-cli cycle list | cycle open 编号 --name 名称 --opens "
                      "YYYY-MM-DD --closes YYYY-MM-DD [--profile 档案] [--draft] | cycle "
                      "publish 编号 | cycle close 编号\n");
        return ExitUsage;
    }
    if (action == QLatin1String("open")) {
        if (options.name.isEmpty() || options.opensOn.isEmpty() || options.closesOn.isEmpty()) {
            ctx.err << QCoreApplication::translate(
                "Review", "用法：junheng-cli cycle open 编号 --name 名称 --opens "
                          "YYYY-MM-DD --closes YYYY-MM-DD [--profile 档案] [--draft]\n");
            return ExitUsage;
        }
        const QJsonObject body{
            {"id", id},
            {"name", options.name},
            {"opens_on", options.opensOn},
            {"closes_on", options.closesOn},
            {"profile", options.profile.isEmpty() ? QStringLiteral("national") : options.profile}};
        const Answer created = ask(client, [&] { client.createCycle(body); });
        if (!created.ok)
            return ctx.fail(makeError("cycle.failed", created.message));
        if (options.draftOnly) {
            ctx.emitResult(created.reply, [&] {
                ctx.out << QCoreApplication::translate("Review", "已建立周期（未发布）：")
                        << cycleLine(created.reply.value("cycle").toObject()) << '\n';
            });
            return ExitOk;
        }
    }
    const QString change =
        action == QLatin1String("close") ? QStringLiteral("close") : QStringLiteral("publish");
    const Answer changed = ask(client, [&] { client.changeCycle(id, change, options.person); });
    if (!changed.ok)
        return ctx.fail(makeError("cycle.failed", changed.message));
    ctx.emitResult(changed.reply, [&] {
        ctx.out << (change == QLatin1String("close") ? QCoreApplication::translate("Review", "已结束周期：")
                                                     : QCoreApplication::translate("Review", "已发布周期："))
                << cycleLine(changed.reply.value("cycle").toObject()) << '\n';
    });
    return ExitOk;
}

int runReview(CliContext &ctx, const QStringList &args, const ReviewOptions &options)
{
    const auto enrolment = ctx.store->enrolment();
    if (!enrolment)
        return ctx.fail(
            makeError("enrol.none",
                      QCoreApplication::translate("Review", "本机还没有登记。请先运行 junheng-cli enrol。")));
    const QString action = args.value(0);
    if (action == QLatin1String("show")) {
        // review show FORM (a school's own) or review show SCHOOL FORM
        const bool own = args.size() == 2;
        const QString school = own ? enrolment->scopeCode : args.value(1);
        const QString formId = (own ? args.value(1) : args.value(2)).toUpper();
        if (formId.isEmpty()) {
            ctx.err << QCoreApplication::translate("Review",
                                                   "用法：junheng-cli review show [学校代码] 表单\n");
            return ExitUsage;
        }
        const SubmissionState state = ctx.store->submission(enrolment->cycleId, school, formId);
        const QList<ReviewNote> history = ctx.store->reviewHistory(enrolment->cycleId, school, formId);
        const QList<ReviewNoteComment> comments = ctx.store->openComments(enrolment->cycleId, school, formId);
        QJsonArray historyJson;
        for (const ReviewNote &note : history) {
            QJsonArray noteComments;
            for (const ReviewNoteComment &comment : note.comments)
                noteComments.append(QJsonObject{
                    {"record_uuid", comment.recordUuid}, {"field", comment.field}, {"text", comment.text}});
            historyJson.append(QJsonObject{{"seq", note.seq},
                                           {"state", note.state},
                                           {"late", note.late},
                                           {"at", note.at.toUTC().toString(Qt::ISODate)},
                                           {"by", note.byName},
                                           {"role", note.byRole},
                                           {"device", note.byDevice},
                                           {"comments", noteComments}});
        }
        QJsonArray open;
        for (const ReviewNoteComment &comment : comments)
            open.append(QJsonObject{
                {"record_uuid", comment.recordUuid}, {"field", comment.field}, {"text", comment.text}});
        const QJsonObject object{{"cycle", enrolment->cycleId},
                                 {"school_code", school},
                                 {"form_id", formId},
                                 {"state", state.state},
                                 {"late", state.late},
                                 {"history", historyJson},
                                 {"comments", open}};
        ctx.emitResult(object, [&] {
            ctx.out << QCoreApplication::translate("Review", "%1 %2：%3%4\n")
                           .arg(school, formId, protocol::submissionStateLabel(state.state),
                                state.late ? QCoreApplication::translate("Review", "（逾期）") : QString());
            for (const ReviewNote &note : history)
                ctx.out << QStringLiteral("  %1  %2  %3\n")
                               .arg(note.at.toLocalTime().toString("yyyy-MM-dd HH:mm"),
                                    protocol::submissionStateLabel(note.state), note.byName);
            for (const ReviewNoteComment &comment : comments)
                ctx.out << QCoreApplication::translate("Review", "  意见 %1%2：%3\n")
                               .arg(comment.recordUuid.isEmpty()
                                        ? QString()
                                        : comment.recordUuid.left(8) + QLatin1Char('/'),
                                    comment.field, comment.text);
        });
        return ExitOk;
    }
    if ((action != QLatin1String("approve") && action != QLatin1String("return")) || args.size() < 3) {
        ctx.err << QCoreApplication::translate(
            "Review", "用法：junheng-cli review approve|return 学校代码 表单 --reviewer 姓名 "
                      "[--comment 字段=意见 | --comment 记录UUID/字段=意见 …]\n"
                      "       junheng-cli review show [学校代码] 表单\n");
        return ExitUsage;
    }
    const QString school = args.at(1);
    const QString formId = args.at(2).toUpper();
    if (options.reviewer.trimmed().isEmpty()) {
        ctx.err << QCoreApplication::translate("Review",
                                               "请用 --reviewer 写上审核人的姓名（记入审核记录）。\n");
        return ExitUsage;
    }
    QList<ReviewNoteComment> comments;
    for (const QString &text : options.comments) {
        auto comment = parseComment(text);
        if (!comment)
            return ctx.fail(comment.error(), ExitUsage);
        // A single-record form has one record: the comment is about it.
        if (comment->recordUuid.isEmpty() && !comment->field.isEmpty()) {
            if (const FormDefinition *form = ctx.forms.find(formId); form && form->kind == FormKind::Single) {
                if (const auto record = ctx.store->singleRecord(formId, school, enrolment->cycleId))
                    comment.value().recordUuid = record->uuid;
            }
        }
        comments.append(comment.value());
    }
    ReviewClient client(ctx.store.get());
    const bool approve = action == QLatin1String("approve");
    const Answer answer =
        ask(client, [&] { client.decide(school, formId, approve, options.reviewer.trimmed(), comments); });
    if (!answer.ok)
        return ctx.fail(makeError("review.failed", answer.message));
    ctx.emitResult(answer.reply, [&] {
        ctx.out << (approve ? QCoreApplication::translate("Review", "已审核通过：%1 %2\n")
                            : QCoreApplication::translate("Review", "已退回：%1 %2（%3 条意见）\n"))
                       .arg(school, formId)
                       .arg(comments.size());
    });
    return ExitOk;
}

QJsonObject completenessJson(const CompletenessTable &table)
{
    QJsonArray schools;
    for (const CompletenessRow &row : table.rows) {
        QJsonObject forms;
        for (qsizetype i = 0; i < table.forms.size(); ++i) {
            const CompletenessCell &cell = row.cells.at(i);
            forms.insert(table.forms.at(i),
                         QJsonObject{{"state", cell.state}, {"late", cell.late}, {"by", cell.byName}});
        }
        schools.append(QJsonObject{{"code", row.school.code},
                                   {"name", row.school.name},
                                   {"town_code", row.school.townCode},
                                   {"town_name", row.school.townName},
                                   {"forms", forms}});
    }
    QJsonObject states;
    for (auto it = table.states.constBegin(); it != table.states.constEnd(); ++it)
        states.insert(it.key(), it.value());
    return QJsonObject{
        {"cycle", table.cycleId},
        {"deadline", table.deadline.isValid() ? table.deadline.toString(Qt::ISODate) : QString()},
        {"forms", QJsonArray::fromStringList(table.forms)},
        {"states", states},
        {"schools", schools}};
}

void printCompleteness(CliContext &ctx, const CompletenessTable &table)
{
    ctx.out << QCoreApplication::translate("Review", "完成情况（%1%2）：\n")
                   .arg(table.cycleName.isEmpty() ? table.cycleId : table.cycleName,
                        table.deadline.isValid()
                            ? QCoreApplication::translate("Review", "，截止 %1")
                                  .arg(table.deadline.toLocalTime().toString("yyyy-MM-dd HH:mm"))
                            : QString());
    for (const CompletenessRow &row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.forms.size(); ++i)
            cells.append(QStringLiteral("%1 %2%3").arg(
                table.forms.at(i), protocol::submissionStateLabel(row.cells.at(i).state),
                row.cells.at(i).late ? QCoreApplication::translate("Review", "（逾期）") : QString()));
        ctx.out << QStringLiteral("  %1 %2 %3：%4\n")
                       .arg(row.school.townName, row.school.code, row.school.name,
                            cells.join(QStringLiteral("，")));
    }
}

} // namespace junheng
