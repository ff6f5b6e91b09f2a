// junheng-cli report: everything the assessment engine computes from this device's records.
#include "AssessmentReport.h"
#include "CliContext.h"
#include "LedgerRecords.h"
#include "ReportBuilder.h"
#include "ReportPdf.h"
#include "ReportXlsx.h"

#include <QCoreApplication>

namespace junheng {

namespace {

// The XLSX and PDF report of the county (or the device's town, or --town), when asked for.
Status writeFiles(const AssessmentReport &report, const Enrolment &enrolment, const ReportCommand &command,
                  const QList<FormRecord> &records, QJsonObject &result)
{
    if (command.xlsxPath.isEmpty() && command.pdfPath.isEmpty())
        return Ok{};
    ReportMeta meta;
    meta.countyName = enrolment.countyName;
    meta.cycle = enrolment.cycleName.isEmpty() ? enrolment.cycleId : enrolment.cycleName;
    meta.town = enrolment.role == QLatin1String("town") ? enrolment.townName : command.town;
    meta.owners = LedgerRecords::owners(records, enrolment.cycleId);
    const ReportBook book = ReportBuilder::build(report, meta);
    if (!command.xlsxPath.isEmpty()) {
        if (Status written = ReportXlsx::write(book, command.xlsxPath); !written)
            return written;
        result.insert("xlsx", command.xlsxPath);
    }
    if (!command.pdfPath.isEmpty()) {
        if (Status written = ReportPdf::write(book, command.pdfPath); !written)
            return written;
        result.insert("pdf", command.pdfPath);
    }
    return Ok{};
}

} // namespace

int runReport(CliContext &ctx, const ReportCommand &command)
{
    const QString &profileId = command.profileId;
    const auto enrolment = ctx.store->enrolment();
    if (!enrolment)
        return ctx.fail(makeError(
            "enrol.required",
            QCoreApplication::translate("ReportCommand",
                                        "本机还没有登记，不知道是哪所学校的报告。请先运行 junheng-cli "
                                        "enrol --server URL --code 登记码。")));
    auto profile = ThresholdProfile::load(profileId);
    if (!profile) {
        QStringList known = ThresholdProfile::available().keys();
        known.sort();
        return ctx.fail(
            makeError(profile.error().code,
                      profile.error().message +
                          QCoreApplication::translate("ReportCommand", " 可用的档案：%1。")
                              .arg(known.join(QCoreApplication::translate("ReportCommand", "、")))));
    }
    auto standard = FitnessStandard::load();
    if (!standard)
        return ctx.fail(standard.error());

    const QString cycle = enrolment->cycleId;
    QList<FormRecord> records;
    for (const LocalRecord &record : ctx.store->records())
        records << FormRecord{record.formId, record.schoolCode, record.cycle, record.payload};
    ReportScope scope;
    scope.cycle = cycle;
    scope.schoolDevice = enrolment->role == QLatin1String("school");
    scope.schoolCode = enrolment->scopeCode;
    scope.schoolName = enrolment->scopeName;
    scope.townName = enrolment->townName;
    scope.countyName = enrolment->countyName;
    for (const DirectorySchool &school : ctx.store->directory()) // pulled by town and county devices
        scope.schools.insert(school.code, ReportScope::SchoolLabel{school.name, school.townName});
    const ReportInputs inputs = ReportInputs::fromRecords(records, scope, profile.value());

    const AssessmentReport report = AssessmentReport::compute(inputs, profile.value(), standard.value());
    QJsonObject object = report.toJson(command.withStudents);
    object.insert("cycle", cycle);
    if (!inputs.previousCycle.isEmpty())
        object.insert("previous_cycle", inputs.previousCycle);
    QJsonObject files;
    if (Status written = writeFiles(report, *enrolment, command, records, files); !written)
        return ctx.fail(written.error());
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        object.insert(it.key(), it.value());
    ctx.emitResult(object, [&] {
        ctx.out << QCoreApplication::translate("ReportCommand", "%1 %2 评估报告\n")
                       .arg(enrolment->scopeName, enrolment->cycleName);
        ctx.out << report.toText();
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            ctx.out << QCoreApplication::translate("Cli", "报告已保存：%1\n").arg(it.value().toString());
    });
    return ExitOk;
}

} // namespace junheng
