// junheng-cli import and export: the files schools already have (national fitness upload, myopia
// screening, teacher lists) into and out of the device store, through the exchange library.
#include "CliContext.h"

#include "ErrorReport.h"
#include "Exporter.h"
#include "Importer.h"
#include "UploadFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace junheng {

namespace {

constexpr int shownProblems = 50; // on a terminal; --json and --report carry them all

std::atomic_bool interrupted = false;

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

QString severityText(Severity severity)
{
    return severity == Severity::Hard ? QCoreApplication::translate("ExchangeCommands", "必须改正")
                                      : QCoreApplication::translate("ExchangeCommands", "请核对");
}

Result<const FormDefinition *> rosterForm(CliContext &ctx, const QString &formId)
{
    const FormDefinition *form = ctx.forms.find(formId.toUpper());
    if (!form || form->kind != FormKind::Roster) {
        QStringList ids;
        for (const FormDefinition &f : ctx.forms.forms()) {
            if (f.kind == FormKind::Roster && Layout::forForm(f.id))
                ids << f.id;
        }
        return makeError(
            "form.unknown",
            QCoreApplication::translate("ExchangeCommands", "“%1”不是可以导入导出的名单表。可用：%2。")
                .arg(formId, ids.join(QCoreApplication::translate("ExchangeCommands", "、"))));
    }
    return form;
}

Result<const Layout *> layoutFor(const FormDefinition &form, const QString &layoutId)
{
    const Layout *layout = layoutId.isEmpty() ? Layout::forForm(form.id) : Layout::byId(layoutId);
    if (!layout) {
        QStringList ids;
        for (const Layout &l : Layout::all())
            ids << QCoreApplication::translate("ExchangeCommands", "%1（%2，表 %3）")
                       .arg(l.id, l.displayTitle(), l.formId);
        return makeError("import.layout",
                         QCoreApplication::translate("ExchangeCommands", "没有文件格式“%1”。可用：%2。")
                             .arg(layoutId.isEmpty() ? form.id : layoutId,
                                  ids.join(QCoreApplication::translate("ExchangeCommands", "、"))));
    }
    if (layout->formId != form.id)
        return makeError("import.layout", QCoreApplication::translate(
                                              "ExchangeCommands", "文件格式 %1 是表 %2 的，不是表 %3 的。")
                                              .arg(layout->id, layout->formId, form.id));
    return layout;
}

Result<Enrolment> schoolEnrolment(CliContext &ctx)
{
    const auto enrolment = ctx.store->enrolment();
    if (!enrolment || enrolment->role != QLatin1String("school"))
        return makeError("enrol.required",
                         QCoreApplication::translate(
                             "ExchangeCommands", "本机还没有以学校身份登记，不知道是哪所学校的名单。"
                                                 "请先运行 junheng-cli enrol --server URL --code 登记码。"));
    return *enrolment;
}

// Every row of this school's roster in the store (paged: the store never hands out a whole roster at once).
Result<QList<LocalRecord>> storedRows(CliContext &ctx, const FormDefinition &form, const Enrolment &enrolment)
{
    QList<LocalRecord> rows;
    RosterQuery query;
    query.schoolCode = enrolment.scopeCode;
    query.cycle = enrolment.cycleId;
    query.limit = 1000;
    for (;;) {
        auto page = ctx.store->rosterPage(form, query);
        if (!page)
            return page.error();
        for (const RosterRow &row : page.value())
            rows.append(row.record);
        if (page->size() < query.limit)
            return rows;
        query.offset += query.limit;
    }
}

QJsonArray problemsJson(const ImportPreview &preview)
{
    QJsonArray list;
    for (const ImportProblem &p : preview.problems)
        list.append(QJsonObject{{"row", p.row},
                                {"column", p.column},
                                {"field", p.fieldId},
                                {"value", p.value},
                                {"rule", p.rule},
                                {"severity", p.severity == Severity::Hard ? "hard" : "soft"},
                                {"message", p.message}});
    return list;
}

void printPreview(CliContext &ctx, const QString &file, const ImportPreview &preview)
{
    ctx.out << QCoreApplication::translate("ExchangeCommands", "文件：%1（%2，表头在第 %3 行）\n")
                   .arg(QFileInfo(file).fileName(), preview.encoding)
                   .arg(preview.headerRow);
    ctx.out << QCoreApplication::translate(
                   "ExchangeCommands",
                   "数据 %1 行：可以导入 %2 行，有错误 %3 行；必须改正 %4 处，请核对 %5 处。\n")
                   .arg(preview.rows.size())
                   .arg(preview.validCount())
                   .arg(preview.invalidCount())
                   .arg(preview.hardCount())
                   .arg(preview.softCount());
    for (const QString &note : preview.notes)
        ctx.out << QCoreApplication::translate("ExchangeCommands", "  说明：") << note << '\n';
    for (int i = 0; i < preview.problems.size() && i < shownProblems; ++i) {
        const ImportProblem &p = preview.problems.at(i);
        ctx.out << QStringLiteral("  [%1] %2\n").arg(severityText(p.severity), p.message);
    }
    if (preview.problems.size() > shownProblems)
        ctx.out << QCoreApplication::translate("ExchangeCommands",
                                               "  ……还有 %1 处，完整的清单请用 --report 问题.xlsx 保存。\n")
                       .arg(preview.problems.size() - shownProblems);
}

} // namespace

int runImport(CliContext &ctx, const ImportCommand &command)
{
    auto form = rosterForm(ctx, command.formId);
    if (!form)
        return ctx.fail(form.error());
    auto layout = layoutFor(*form.value(), command.layoutId);
    if (!layout)
        return ctx.fail(layout.error());
    ImportOptions options;
    if (!command.mapping.isEmpty()) {
        auto mapping = ColumnMapping::parseExplicit(command.mapping);
        if (!mapping)
            return ctx.fail(mapping.error(), ExitUsage);
        options.mapping = mapping.value();
    }
    // Before reading the file: a real import needs to know the school, and finding out afterwards wastes
    // the clerk's time.
    std::optional<Enrolment> enrolment;
    if (!command.dryRun) {
        auto school = schoolEnrolment(ctx);
        if (!school)
            return ctx.fail(school.error());
        enrolment = school.value();
    }

    // Ctrl+C stops the check; nothing has been written at that point.
    interrupted = false;
    std::signal(SIGINT, onInterrupt);
    options.cancel = &interrupted;
    const bool terminal = !ctx.json && isatty(STDERR_FILENO);
    options.progress = [&](int done, int total) {
        if (terminal && total >= 500)
            ctx.err << QCoreApplication::translate("ExchangeCommands", "\r正在检查第 %1 / %2 行…")
                           .arg(done)
                           .arg(total)
                    << Qt::flush;
    };
    const Importer importer(*form.value(), *layout.value());
    auto preview = importer.previewFile(command.file, options);
    std::signal(SIGINT, SIG_DFL);
    if (terminal)
        ctx.err << QStringLiteral("\r") << QString(40, QLatin1Char(' ')) << QStringLiteral("\r") << Qt::flush;
    if (!preview) {
        if (!command.reportPath.isEmpty())
            (void)ErrorReport::writeFileError(command.reportPath, preview.error(),
                                              QFileInfo(command.file).fileName());
        return ctx.fail(preview.error());
    }
    if (!command.reportPath.isEmpty()) {
        if (Status written = ErrorReport::writeXlsx(command.reportPath, preview.value(),
                                                    QFileInfo(command.file).fileName());
            !written)
            return ctx.fail(written.error());
    }

    QJsonObject result{{"file", command.file},
                       {"form", form.value()->id},
                       {"layout", layout.value()->id},
                       {"encoding", preview->encoding},
                       {"header_row", preview->headerRow},
                       {"rows", int(preview->rows.size())},
                       {"valid_rows", preview->validCount()},
                       {"invalid_rows", preview->invalidCount()},
                       {"notes", QJsonArray::fromStringList(preview->notes)},
                       {"problems", problemsJson(preview.value())}};
    if (!ctx.json)
        printPreview(ctx, command.file, preview.value());

    const bool someInvalid = preview->invalidCount() > 0;
    if (command.dryRun || (someInvalid && !command.validOnly) || preview->validCount() == 0) {
        QString outcome;
        if (command.dryRun)
            outcome =
                QCoreApplication::translate("ExchangeCommands", "只是预览（--dry-run），没有写入任何数据。");
        else if (preview->rows.isEmpty())
            outcome = QCoreApplication::translate("ExchangeCommands", "文件里没有数据行，没有导入。");
        else if (preview->validCount() == 0)
            outcome = QCoreApplication::translate(
                "ExchangeCommands", "没有一行可以导入，没有写入任何数据。请按上面的说明改正文件后重新导入。");
        else
            outcome = QCoreApplication::translate(
                          "ExchangeCommands",
                          "有 %1 行有错误，没有导入任何数据。请改正后重新导入，或者加 --valid-only "
                          "只导入没有错误的 %2 行（有错误的行以后改正了再导入一次即可，不会重复）。")
                          .arg(preview->invalidCount())
                          .arg(preview->validCount());
        result.insert("imported", false);
        result.insert("outcome", outcome);
        ctx.emitResult(result, [&] { ctx.out << outcome << '\n'; });
        return command.dryRun || !someInvalid ? int(ExitOk) : int(ExitError);
    }

    // A row already in the store keeps the fields this file does not carry (免测, reasons, …): the file
    // updates what it has columns for.
    auto existing = storedRows(ctx, *form.value(), *enrolment);
    if (!existing)
        return ctx.fail(existing.error());
    QList<QJsonObject> stored;
    stored.reserve(existing->size());
    for (const LocalRecord &record : existing.value())
        stored.append(record.payload);
    const QList<QJsonObject> rows = Importer::overlay(*form.value(), preview->validPayloads(), stored);
    auto upserted =
        ctx.store->upsertRosterRows(*form.value(), enrolment->scopeCode, enrolment->cycleId, rows);
    if (!upserted)
        return ctx.fail(upserted.error());
    const QString outcome =
        QCoreApplication::translate("ExchangeCommands",
                                    "已导入 %1 行：新增 %2 行，更新 %3 行，%4 行与本机已有的相同。%5")
            .arg(rows.size())
            .arg(upserted->added)
            .arg(upserted->updated)
            .arg(upserted->unchanged)
            .arg(someInvalid ? QCoreApplication::translate("ExchangeCommands", "有错误的 %1 行没有导入。")
                                   .arg(preview->invalidCount())
                             : QString());
    result.insert("imported", true);
    result.insert("added", upserted->added);
    result.insert("updated", upserted->updated);
    result.insert("unchanged", upserted->unchanged);
    result.insert("outcome", outcome);
    ctx.emitResult(result, [&] { ctx.out << outcome << '\n'; });
    return ExitOk;
}

int runExport(CliContext &ctx, const QString &formId, const QString &layoutId, const QString &path)
{
    auto form = rosterForm(ctx, formId);
    if (!form)
        return ctx.fail(form.error());
    auto layout = layoutFor(*form.value(), layoutId);
    if (!layout)
        return ctx.fail(layout.error());
    const auto device = ctx.store->enrolment();
    int rowCount = 0;
    if (device && device->role != QLatin1String("school")) {
        // A town or county device: every school's rows it holds (the county's national upload file).
        QList<UploadFile::Record> records;
        for (const LocalRecord &record : ctx.store->records(form.value()->id))
            records << UploadFile::Record{record.formId, record.schoolCode, record.cycle, record.payload};
        auto written = UploadFile::write(path, *form.value(), *layout.value(), records, device->cycleId);
        if (!written)
            return ctx.fail(written.error());
        rowCount = written.value();
    } else {
        auto enrolment = schoolEnrolment(ctx);
        if (!enrolment)
            return ctx.fail(enrolment.error());
        auto records = storedRows(ctx, *form.value(), enrolment.value());
        if (!records)
            return ctx.fail(records.error());
        QList<QJsonObject> rows;
        rows.reserve(records->size());
        for (const LocalRecord &record : records.value())
            rows.append(record.payload);
        if (Status written = Exporter::writeFile(path, *layout.value(), *form.value(), rows); !written)
            return ctx.fail(written.error());
        rowCount = int(rows.size());
    }
    ctx.emitResult(
        QJsonObject{
            {"file", path}, {"form", form.value()->id}, {"layout", layout.value()->id}, {"rows", rowCount}},
        [&] {
            ctx.out << QCoreApplication::translate("ExchangeCommands", "已把 %1 行%2导出到 %3（%4格式）。\n")
                           .arg(rowCount)
                           .arg(form.value()->title.text(), path, layout.value()->displayTitle());
        });
    return ExitOk;
}

} // namespace junheng
