// junheng-cli report: everything the assessment engine computes from this device's records.
#include "AssessmentReport.h"
#include "CliContext.h"
#include "FormAdapter.h"

#include <QMap>

namespace junheng {

namespace {

// The records of this device, per school, of one cycle (the enrolment's).
struct SchoolRecords
{
    std::optional<QJsonObject> s1, s4;
    std::optional<QList<QJsonObject>> s2, s3;
    QList<QJsonObject> s5, s6;
};

} // namespace

int runReport(CliContext &ctx, const QString &profileId, bool withStudents)
{
    const auto enrolment = ctx.store->enrolment();
    if (!enrolment)
        return ctx.fail(makeError(
            "enrol.required", QStringLiteral("本机还没有登记，不知道是哪所学校的报告。请先运行 junheng-cli "
                                             "enrol --server URL --code 登记码。")));
    auto profile = ThresholdProfile::load(profileId);
    if (!profile) {
        QStringList known = ThresholdProfile::available().keys();
        known.sort();
        return ctx.fail(
            makeError(profile.error().code,
                      profile.error().message +
                          QStringLiteral(" 可用的档案：%1。").arg(known.join(QStringLiteral("、")))));
    }
    auto standard = FitnessStandard::load();
    if (!standard)
        return ctx.fail(standard.error());

    const QString cycle = enrolment->cycleId;
    QMap<QString, SchoolRecords> schools;
    std::optional<QJsonObject> c1;
    QString previousCycle; // the latest earlier cycle with screening records, for the myopia change
    QList<LocalRecord> previousS5;
    for (const LocalRecord &record : ctx.store->records()) {
        if (record.formId == QLatin1String("S5") && record.cycle < cycle) {
            if (record.cycle > previousCycle) {
                previousCycle = record.cycle;
                previousS5.clear();
            }
            if (record.cycle == previousCycle)
                previousS5 << record;
            continue;
        }
        if (record.cycle != cycle)
            continue;
        if (record.formId == QLatin1String("C1")) {
            c1 = record.payload;
            continue;
        }
        SchoolRecords &school = schools[record.schoolCode];
        if (record.formId == QLatin1String("S1"))
            school.s1 = record.payload;
        else if (record.formId == QLatin1String("S4"))
            school.s4 = record.payload;
        else if (record.formId == QLatin1String("S2"))
            (school.s2 ? *school.s2 : school.s2.emplace()) << record.payload;
        else if (record.formId == QLatin1String("S3"))
            (school.s3 ? *school.s3 : school.s3.emplace()) << record.payload;
        else if (record.formId == QLatin1String("S5"))
            school.s5 << record.payload;
        else if (record.formId == QLatin1String("S6"))
            school.s6 << record.payload;
    }
    const bool isSchool = enrolment->role == QLatin1String("school");
    if (isSchool && !schools.contains(enrolment->scopeCode))
        schools.insert(enrolment->scopeCode, SchoolRecords{}); // nothing filled in yet: say what is missing

    ReportInputs inputs;
    inputs.countyLevel = !isSchool;
    inputs.county.name = enrolment->countyName;
    if (c1)
        inputs.county.form = FormAdapter::county(*c1);
    for (auto it = schools.cbegin(); it != schools.cend(); ++it) {
        const SchoolRecords &r = it.value();
        const QString name = isSchool && it.key() == enrolment->scopeCode ? enrolment->scopeName : it.key();
        const QString town = isSchool ? enrolment->townName : QString();
        inputs.county.schools << FormAdapter::school(it.key(), name, town, r.s1 ? &*r.s1 : nullptr,
                                                     r.s4 ? &*r.s4 : nullptr, r.s2 ? &*r.s2 : nullptr,
                                                     r.s3 ? &*r.s3 : nullptr);
        for (const QJsonObject &row : r.s6) {
            StudentFitness student = FormAdapter::fitness(row);
            student.schoolCode = it.key();
            student.schoolName = name;
            student.town = town;
            inputs.fitness << student;
        }
        for (const QJsonObject &row : r.s5) {
            StudentScreening student = FormAdapter::screening(row);
            student.schoolCode = it.key();
            student.schoolName = name;
            student.town = town;
            inputs.screening << student;
        }
    }
    if (!previousS5.isEmpty()) {
        QList<MyopiaResult> before;
        for (const LocalRecord &record : previousS5) {
            StudentScreening student = FormAdapter::screening(record.payload);
            student.schoolCode = record.schoolCode;
            before << MyopiaScreening::classify(student, profile.value());
        }
        inputs.previousMyopia = MyopiaRates::all(
            before, inputs.county.name.isEmpty() ? QStringLiteral("全县") : inputs.county.name,
            profile.value());
    }

    const AssessmentReport report = AssessmentReport::compute(inputs, profile.value(), standard.value());
    QJsonObject object = report.toJson(withStudents);
    object.insert("cycle", cycle);
    if (!previousCycle.isEmpty())
        object.insert("previous_cycle", previousCycle);
    ctx.emitResult(object, [&] {
        ctx.out << QStringLiteral("%1 %2 评估报告\n").arg(enrolment->scopeName, enrolment->cycleName);
        ctx.out << report.toText();
    });
    return ExitOk;
}

} // namespace junheng
