// junheng-cli report: everything the assessment engine computes from this device's records.
#include "AssessmentReport.h"
#include "CliContext.h"

#include <QCoreApplication>

namespace junheng {

int runReport(CliContext &ctx, const QString &profileId, bool withStudents)
{
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
    const ReportInputs inputs = ReportInputs::fromRecords(records, scope, profile.value());

    const AssessmentReport report = AssessmentReport::compute(inputs, profile.value(), standard.value());
    QJsonObject object = report.toJson(withStudents);
    object.insert("cycle", cycle);
    if (!inputs.previousCycle.isEmpty())
        object.insert("previous_cycle", inputs.previousCycle);
    ctx.emitResult(object, [&] {
        ctx.out << QCoreApplication::translate("ReportCommand", "%1 %2 评估报告\n")
                       .arg(enrolment->scopeName, enrolment->cycleName);
        ctx.out << report.toText();
    });
    return ExitOk;
}

} // namespace junheng
