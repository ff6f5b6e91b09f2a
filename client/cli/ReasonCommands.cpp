// junheng-cli reason and show --warnings: the reasons a person gives for keeping a value with a soft warning
// (payload "_reasons", docs/form-fields.md), from a terminal. Imported files cannot carry them, and a roster
// with a warning nobody explained cannot be finalised.
#include "CliContext.h"

#include "CsvReader.h"
#include "RosterIndex.h"

#include <QFileInfo>
#include <QJsonArray>

namespace junheng {

namespace {

const QString reasonsKey = QStringLiteral("_reasons");

// A stored row (or the single record) with its warnings that still need a reason.
struct Target
{
    LocalRecord record;
    QString key; // the row key as typed on the command line (composite keys joined by "/")
    int number = 0;
};

QString rowKeyText(const FormDefinition &form, const QJsonObject &payload)
{
    return RosterIndex::keyOf(form, payload).replace(QChar(0x1f), QLatin1Char('/'));
}

QList<ValidationIssue> unexplained(const FormDefinition &form, const QJsonObject &payload)
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &issue : Validator::validate(form, payload).issues) {
        if (issue.severity == Severity::Soft && issue.reason.trimmed().isEmpty())
            out.append(issue);
    }
    return out;
}

Result<Enrolment> needEnrolment(CliContext &ctx, const FormDefinition &form)
{
    const auto enrolment = ctx.store->enrolment();
    if (!enrolment)
        return makeError("enrol.required",
                         QStringLiteral("本机还没有登记，不知道是哪所学校的 %1。请先运行 junheng-cli "
                                        "enrol --server URL --code 登记码。")
                             .arg(form.id));
    return *enrolment;
}

// Every row of the school's roster (or its one record of a single form), in the roster's order.
Result<QList<Target>> targets(CliContext &ctx, const FormDefinition &form, const Enrolment &enrolment)
{
    QList<Target> out;
    if (form.kind != FormKind::Roster) {
        if (auto record = ctx.store->singleRecord(form.id, enrolment.scopeCode, enrolment.cycleId))
            out.append(Target{*record, {}, 1});
        return out;
    }
    RosterQuery query;
    query.schoolCode = enrolment.scopeCode;
    query.cycle = enrolment.cycleId;
    query.limit = 1000;
    for (;;) {
        auto page = ctx.store->rosterPage(form, query);
        if (!page)
            return page.error();
        for (const RosterRow &row : page.value())
            out.append(Target{row.record, rowKeyText(form, row.record.payload), int(out.size()) + 1});
        if (page->size() < query.limit)
            return out;
        query.offset += query.limit;
    }
}

// A field named by id, by its Chinese label, or a rule id (reasons are kept under either).
QString resolveField(const FormDefinition &form, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (form.field(trimmed))
        return trimmed;
    for (const FormField &field : form.fields) {
        if (field.label.zh == trimmed)
            return field.id;
    }
    for (const FormRule &rule : form.rules) {
        if (rule.id == trimmed)
            return rule.id;
    }
    return {};
}

QString fieldLabel(const FormDefinition &form, const QString &id)
{
    const FormField *field = form.field(id);
    return field ? QStringLiteral("「%1」").arg(field->label.zh) : QStringLiteral("规则 %1").arg(id);
}

// One reason to give: which row (its key), which field, the text, and where it came from (CSV line).
struct ReasonLine
{
    QString rowKey;
    QString field;
    QString text;
    QString origin; // "第 3 行：" for a CSV line, empty on the command line
};

Result<QList<ReasonLine>> readReasonsFile(const FormDefinition &form, const QString &path)
{
    auto sheet = CsvReader::readFile(path);
    if (!sheet)
        return sheet.error();
    QList<ReasonLine> lines;
    for (int i = 0; i < sheet->rows.size(); ++i) {
        const SheetRow &row = sheet->rows.at(i);
        const QStringList &cells = row.cells;
        const auto cell = [&](int c) {
            return c < cells.size() ? cells.at(c).trimmed() : QString();
        };
        // A header line (学籍号,字段,原因) is recognised by its field cell naming no field of the form.
        if (i == 0 && resolveField(form, cell(1)).isEmpty())
            continue;
        if (cells.size() < 3 || cell(0).isEmpty() || cell(1).isEmpty())
            return makeError("reason.file",
                             QStringLiteral("%1第 %2 行看不懂：每行应是 行的编号（如学籍号）,字段,原因 三列，"
                                            "现在是“%3”。没有保存任何原因。")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(row.number)
                                 .arg(cells.join(QLatin1Char(','))));
        lines.append(ReasonLine{cell(0), cell(1), cell(2), QStringLiteral("第 %1 行：").arg(row.number)});
    }
    if (lines.isEmpty())
        return makeError("reason.file",
                         QStringLiteral("%1 里没有原因。每行写 行的编号（如学籍号）,字段,原因。")
                             .arg(QFileInfo(path).fileName()));
    return lines;
}

} // namespace

int runShowWarnings(CliContext &ctx, const QString &formId)
{
    const FormDefinition *form = ctx.forms.find(formId.toUpper());
    if (!form)
        return ctx.fail(makeError("form.unknown", QStringLiteral("没有表单“%1”。").arg(formId)), ExitUsage);
    auto enrolment = needEnrolment(ctx, *form);
    if (!enrolment)
        return ctx.fail(enrolment.error());
    auto rows = targets(ctx, *form, enrolment.value());
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray list;
    QStringList lines;
    for (const Target &target : rows.value()) {
        const QString name = target.record.payload.value(QStringLiteral("name")).toString();
        for (const ValidationIssue &issue : unexplained(*form, target.record.payload)) {
            const QString field = issue.fieldId.isEmpty() ? issue.ruleId : issue.fieldId;
            list.append(QJsonObject{{"row", target.number},
                                    {"row_key", target.key},
                                    {"name", name},
                                    {"field", field},
                                    {"rule", issue.ruleId},
                                    {"value", target.record.payload.value(field)},
                                    {"message", issue.message}});
            const QString where =
                form->kind == FormKind::Roster
                    ? QStringLiteral("第 %1 行（%2%3）")
                          .arg(target.number)
                          .arg(target.key, name.isEmpty() ? QString() : QLatin1Char(' ') + name)
                    : QString();
            lines << QStringLiteral("  %1%2\n    写原因：junheng-cli reason %3%4 --field %5 --text \"原因\"")
                         .arg(where.isEmpty() ? QString() : where + QStringLiteral("："), issue.message,
                              form->id,
                              form->kind == FormKind::Roster ? QStringLiteral(" --row ") + target.key
                                                             : QString(),
                              field);
        }
    }
    ctx.emitResult(QJsonObject{{"form", form->id}, {"count", int(list.size())}, {"warnings", list}}, [&] {
        if (lines.isEmpty()) {
            ctx.out << QStringLiteral("%1 %2：没有需要写明原因的提醒。\n").arg(form->id, form->title.zh);
            return;
        }
        ctx.out << QStringLiteral("%1 %2：%3 处提醒还没有写明原因（定稿前要逐一核对：数据有误请改正，"
                                  "确实如此请写明原因）。\n")
                       .arg(form->id, form->title.zh)
                       .arg(lines.size());
        for (const QString &line : lines)
            ctx.out << line << '\n';
        ctx.out << QStringLiteral("很多条时可以写成 CSV（行的编号,字段,原因），用 junheng-cli reason %1 "
                                  "--reasons 原因.csv 一次保存。\n")
                       .arg(form->id);
    });
    return ExitOk;
}

int runReason(CliContext &ctx, const ReasonCommand &command)
{
    const FormDefinition *form = ctx.forms.find(command.formId.toUpper());
    if (!form)
        return ctx.fail(makeError("form.unknown", QStringLiteral("没有表单“%1”。").arg(command.formId)),
                        ExitUsage);
    auto enrolment = needEnrolment(ctx, *form);
    if (!enrolment)
        return ctx.fail(enrolment.error());

    QList<ReasonLine> wanted;
    if (!command.reasonsFile.isEmpty()) {
        auto read = readReasonsFile(*form, command.reasonsFile);
        if (!read)
            return ctx.fail(read.error());
        wanted = read.value();
    } else {
        if (form->kind == FormKind::Roster && command.rowKey.trimmed().isEmpty())
            return ctx.fail(
                makeError("reason.row", QStringLiteral("%1 是名单表：请用 --row 指明哪一行（如学籍号）。"
                                                       "junheng-cli show %1 --warnings 列出要写原因的行。")
                                            .arg(form->id)),
                ExitUsage);
        wanted.append(ReasonLine{command.rowKey.trimmed(), command.fieldId, command.text, {}});
    }

    auto rows = targets(ctx, *form, enrolment.value());
    if (!rows)
        return ctx.fail(rows.error());
    QHash<QString, int> byKey; // row key -> index into rows
    for (int i = 0; i < rows->size(); ++i)
        byKey.insert(rows->at(i).key, i);

    // Every line is checked before anything is saved: all reasons are kept, or none.
    QStringList problems;
    QHash<int, QJsonObject> changed; // index into rows -> payload with its new reasons
    for (const ReasonLine &line : wanted) {
        int index = 0;
        if (form->kind == FormKind::Roster) {
            const auto found = byKey.constFind(line.rowKey);
            if (found == byKey.constEnd()) {
                problems << line.origin +
                                QStringLiteral("%1 的名单里没有编号为“%2”的行。").arg(form->id, line.rowKey);
                continue;
            }
            index = found.value();
        } else if (rows->isEmpty()) {
            problems << QStringLiteral("本校还没有填写 %1。").arg(form->id);
            break;
        }
        const QString field = resolveField(*form, line.field);
        if (field.isEmpty()) {
            problems << line.origin + QStringLiteral("表 %1 没有字段“%2”。").arg(form->id, line.field);
            continue;
        }
        if (line.text.trimmed().isEmpty()) {
            problems << line.origin + QStringLiteral("%1的原因是空的：请写明为什么保留这个值。")
                                          .arg(fieldLabel(*form, field));
            continue;
        }
        QJsonObject payload = changed.value(index, rows->at(index).record.payload);
        bool warned = false;
        for (const ValidationIssue &issue : Validator::validate(*form, payload).issues)
            warned = warned ||
                     (issue.severity == Severity::Soft && (issue.fieldId == field || issue.ruleId == field));
        if (!warned) {
            problems << line.origin +
                            QStringLiteral("%1%2没有需要写明原因的提醒（只有超出常见范围的值才要写原因）。")
                                .arg(form->kind == FormKind::Roster
                                         ? QStringLiteral("编号为“%1”的行的").arg(line.rowKey)
                                         : QString(),
                                     fieldLabel(*form, field));
            continue;
        }
        QJsonObject reasons = payload.value(reasonsKey).toObject();
        reasons.insert(field, line.text.trimmed());
        payload.insert(reasonsKey, reasons);
        changed.insert(index, payload);
    }
    if (!problems.isEmpty())
        return ctx.fail(makeError("reason.invalid", QStringLiteral("有 %1 处不能保存，没有保存任何原因：\n%2")
                                                        .arg(problems.size())
                                                        .arg(problems.join(QLatin1Char('\n')))));

    if (form->kind == FormKind::Roster) {
        QList<QJsonObject> payloads;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            payloads.append(it.value());
        // One transaction: upserting by key keeps everything else of each row as it is.
        auto saved = ctx.store->upsertRosterRows(*form, enrolment->scopeCode, enrolment->cycleId, payloads);
        if (!saved)
            return ctx.fail(saved.error());
    } else {
        auto saved = ctx.store->saveDraft(rows->first().record, changed.value(0));
        if (!saved)
            return ctx.fail(saved.error());
    }
    int left = 0;
    if (auto after = targets(ctx, *form, enrolment.value())) {
        for (const Target &target : after.value())
            left += int(unexplained(*form, target.record.payload).size());
    }
    ctx.emitResult(
        QJsonObject{{"form", form->id},
                    {"saved", int(wanted.size())},
                    {"rows", int(changed.size())},
                    {"remaining", left}},
        [&] {
            ctx.out << QStringLiteral("已保存 %1 条原因（%2 行）。%3\n")
                           .arg(wanted.size())
                           .arg(changed.size())
                           .arg(left == 0 ? QStringLiteral(
                                                "没有再需要写原因的提醒了，可以定稿：junheng-cli finalise %1")
                                                .arg(form->id)
                                          : QStringLiteral("还有 %1 处提醒没有写原因："
                                                           "junheng-cli show %2 --warnings 查看。")
                                                .arg(left)
                                                .arg(form->id));
        });
    return ExitOk;
}

} // namespace junheng
