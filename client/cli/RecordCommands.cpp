// junheng-cli list, show, fill, finalise.
#include "CliContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace junheng {

namespace {

QString severityLabel(Severity severity)
{
    return severity == Severity::Hard ? QCoreApplication::translate("RecordCommands", "必须改正")
                                      : QCoreApplication::translate("RecordCommands", "请核对");
}

QJsonArray issuesJson(const ValidationReport &report)
{
    QJsonArray list;
    for (const ValidationIssue &issue : report.issues)
        list.append(QJsonObject{{"field", issue.fieldId},
                                {"rule", issue.ruleId},
                                {"severity", issue.severity == Severity::Hard ? "hard" : "soft"},
                                {"message", issue.message}});
    return list;
}

void printIssues(QTextStream &out, const ValidationReport &report)
{
    if (report.issues.isEmpty()) {
        out << QCoreApplication::translate("RecordCommands", "校验通过。\n");
        return;
    }
    out << QCoreApplication::translate("RecordCommands", "校验：%1 处必须改正，%2 处请核对。\n")
               .arg(report.hardCount())
               .arg(report.softCount());
    for (const ValidationIssue &issue : report.issues)
        out << QStringLiteral("  [%1] %2\n").arg(severityLabel(issue.severity), issue.message);
}

// A record named by uuid, or by form id (this school's record of that form in the current cycle).
Result<LocalRecord> resolve(CliContext &ctx, const QString &which)
{
    if (auto byUuid = ctx.store->record(which))
        return *byUuid;
    const auto enrolment = ctx.store->enrolment();
    if (ctx.forms.find(which.toUpper()) && !enrolment)
        return makeError("enrol.required",
                         QCoreApplication::translate(
                             "RecordCommands", "本机还没有登记，不知道是哪所学校的 %1。请先运行 junheng-cli "
                                               "enrol --server URL --code 登记码。")
                             .arg(which.toUpper()));
    if (const FormDefinition *form = ctx.forms.find(which.toUpper()); form && form->kind == FormKind::Roster)
        return makeError("record.roster",
                         QCoreApplication::translate(
                             "RecordCommands",
                             "%1 %2 是名单表，每行一条记录：用 junheng-cli list --form %1 查看各行，"
                             "再用记录编号（uuid）查看或定稿某一行；整张名单定稿用 junheng-cli finalise %1。")
                             .arg(form->id, form->title.text()));
    if (ctx.forms.find(which.toUpper())) {
        if (auto single = ctx.store->singleRecord(which.toUpper(), enrolment->scopeCode, enrolment->cycleId))
            return *single;
        return makeError("record.missing",
                         QCoreApplication::translate(
                             "RecordCommands", "本校还没有填写 %1。用 junheng-cli fill %1 文件.json 填写。")
                             .arg(which.toUpper()));
    }
    return makeError(
        "record.missing",
        QCoreApplication::translate("RecordCommands", "找不到记录“%1”（既不是记录编号，也不是表单代码）。")
            .arg(which));
}

} // namespace

int runList(CliContext &ctx, const QString &formId)
{
    const QList<LocalRecord> records = ctx.store->records(formId.toUpper());
    QJsonArray list;
    for (const LocalRecord &record : records)
        list.append(recordJson(record, false));
    ctx.emitResult(QJsonObject{{"records", list}}, [&] {
        if (records.isEmpty())
            ctx.out << QCoreApplication::translate("RecordCommands", "本机还没有记录。\n");
        for (const LocalRecord &record : records) {
            const FormDefinition *form = ctx.forms.find(record.formId);
            ctx.out << QCoreApplication::translate("RecordCommands", "%1  %2 %3  %4  第 %5 版  %6%7\n")
                           .arg(record.uuid, record.formId, form ? form->title.text() : QString(),
                                statusLabel(record.status))
                           .arg(record.revision)
                           .arg(record.updatedAt.toLocalTime().toString("yyyy-MM-dd HH:mm"),
                                record.syncError.isEmpty() ? QString()
                                                           : QStringLiteral("  ⚠ ") + record.syncError);
        }
    });
    return ExitOk;
}

int runShow(CliContext &ctx, const QString &which)
{
    auto record = resolve(ctx, which);
    if (!record)
        return ctx.fail(record.error());
    const FormDefinition *form = ctx.forms.find(record->formId);
    const ValidationReport report = form ? Validator::validate(*form, record->payload) : ValidationReport{};
    QJsonObject object = recordJson(record.value(), true);
    object.insert("issues", issuesJson(report));
    ctx.emitResult(object, [&] {
        ctx.out << QCoreApplication::translate("RecordCommands", "%1 %2（%3，第 %4 版）\n")
                       .arg(record->formId, form ? form->title.text() : QString(),
                            statusLabel(record->status))
                       .arg(record->revision);
        ctx.out << QCoreApplication::translate("RecordCommands", "编号：%1\n").arg(record->uuid);
        if (form) {
            for (const FormField &field : form->fields) {
                if (!Validator::isRelevant(field, record->payload))
                    continue;
                const QJsonValue value = record->payload.value(field.id);
                const bool empty = value.isUndefined() || value.isNull();
                const QString text = empty ? QCoreApplication::translate("RecordCommands", "（未填）")
                                     : field.type == FieldType::Choice ? field.choiceText(value.toString())
                                                                       : Validator::displayText(field, value);
                ctx.out << QCoreApplication::translate("RecordCommands", "  %1：%2%3\n")
                               .arg(field.label.text(), text,
                                    empty || field.unit.isEmpty() ? QString()
                                                                  : QLatin1Char(' ') + field.unit);
            }
        }
        if (!record->syncError.isEmpty())
            ctx.out << QCoreApplication::translate("RecordCommands", "同步：%1\n").arg(record->syncError);
        printIssues(ctx.out, report);
    });
    return ExitOk;
}

int runFill(CliContext &ctx, const QString &formId, const QString &file, bool finalise)
{
    const FormDefinition *form = ctx.forms.find(formId.toUpper());
    if (!form)
        return ctx.fail(makeError(
            "form.unknown",
            QCoreApplication::translate("RecordCommands", "没有表单“%1”。可用的表单：%2。").arg(formId, [&] {
                QStringList ids;
                for (const FormDefinition &f : ctx.forms.forms())
                    ids << f.id;
                return ids.join(QCoreApplication::translate("RecordCommands", "、"));
            }())));
    const auto enrolment = ctx.store->enrolment();
    if (!enrolment || enrolment->role != QLatin1String("school"))
        return ctx.fail(makeError(
            "enrol.required",
            QCoreApplication::translate("RecordCommands",
                                        "本机还没有以学校身份登记，不知道为哪所学校填写。"
                                        "请先运行 junheng-cli enrol --server URL --code 登记码。")));
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return ctx.fail(
            makeError("file.read", QCoreApplication::translate("RecordCommands", "读不出文件 %1：%2")
                                       .arg(file, input.errorString())));
    const QByteArray bytes = input.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull() || !document.isObject()) {
        const QByteArray before = bytes.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const QString what = document.isNull()
                                 ? parseError.errorString()
                                 : QCoreApplication::translate("RecordCommands", "最外层应是 { … } 对象");
        return ctx.fail(
            makeError("file.json",
                      QCoreApplication::translate(
                          "RecordCommands", "文件 %1 不是有效的 JSON（第 %2 行附近：%3）。没有保存任何内容。")
                          .arg(file)
                          .arg(line)
                          .arg(what)));
    }
    QJsonObject payload = document.object();
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (!form->field(it.key()))
            return ctx.fail(makeError(
                "file.field", QCoreApplication::translate(
                                  "RecordCommands", "文件 %1 中的“%2”不是表 %3 的字段。没有保存任何内容。")
                                  .arg(file, it.key(), form->id)));
    }
    payload = Validator::normalise(*form, payload);

    LocalRecord record;
    if (auto existing = ctx.store->singleRecord(form->id, enrolment->scopeCode, enrolment->cycleId)) {
        record = *existing;
    } else {
        record.formId = form->id;
        record.formVersion = form->version;
        record.schoolCode = enrolment->scopeCode;
        record.cycle = enrolment->cycleId;
    }
    auto saved = ctx.store->saveDraft(record, payload);
    if (!saved)
        return ctx.fail(saved.error());
    const ValidationReport report = Validator::validate(*form, saved->payload);
    if (finalise && !report.hasHardErrors()) {
        auto finalised = ctx.store->finalise(saved->uuid, *form);
        if (!finalised)
            return ctx.fail(finalised.error());
        saved = finalised;
    }
    QJsonObject object = recordJson(saved.value(), false);
    object.insert("issues", issuesJson(report));
    ctx.emitResult(object, [&] {
        ctx.out << QCoreApplication::translate("RecordCommands", "已保存 %1 %2（%3），编号 %4。\n")
                       .arg(form->id, form->title.text(), statusLabel(saved->status), saved->uuid);
        printIssues(ctx.out, report);
        if (finalise && report.hasHardErrors())
            ctx.out << QCoreApplication::translate(
                           "RecordCommands",
                           "有必须改正的问题，所以没有定稿；改正后再运行 junheng-cli finalise %1。\n")
                           .arg(form->id);
    });
    return finalise && report.hasHardErrors() ? ExitError : ExitOk;
}

// A roster form's code finalises every row of the school's roster at once (all or none).
int finaliseRoster(CliContext &ctx, const FormDefinition &form)
{
    const auto enrolment = ctx.store->enrolment();
    if (!enrolment)
        return ctx.fail(makeError(
            "enrol.required",
            QCoreApplication::translate("RecordCommands",
                                        "本机还没有登记，不知道是哪所学校的 %1。请先运行 junheng-cli "
                                        "enrol --server URL --code 登记码。")
                .arg(form.id)));
    auto finalised = ctx.store->finaliseRoster(form, enrolment->scopeCode, enrolment->cycleId);
    if (!finalised)
        return ctx.fail(finalised.error());
    ctx.emitResult(QJsonObject{{"form", form.id}, {"finalised", finalised.value()}}, [&] {
        ctx.out << QCoreApplication::translate("RecordCommands", "%1 %2：%3 行已定稿，等待发送。\n")
                       .arg(form.id, form.title.text())
                       .arg(finalised.value());
    });
    return ExitOk;
}

int runFinalise(CliContext &ctx, const QString &which)
{
    if (const FormDefinition *form = ctx.forms.find(which.toUpper()); form && form->kind == FormKind::Roster)
        return finaliseRoster(ctx, *form);
    auto record = resolve(ctx, which);
    if (!record)
        return ctx.fail(record.error());
    const FormDefinition *form = ctx.forms.find(record->formId);
    if (!form)
        return ctx.fail(makeError("form.unknown", QCoreApplication::translate(
                                                      "RecordCommands", "本机没有表单 %1 的定义，无法校验。")
                                                      .arg(record->formId)));
    auto finalised = ctx.store->finalise(record->uuid, *form);
    if (!finalised)
        return ctx.fail(finalised.error());
    ctx.emitResult(recordJson(finalised.value(), false), [&] {
        ctx.out << QCoreApplication::translate("RecordCommands", "%1 %2 已定稿，等待发送（第 %3 版）。\n")
                       .arg(form->id, form->title.text())
                       .arg(finalised->revision);
    });
    return ExitOk;
}

} // namespace junheng
