// ReportInputs::fromRecords: a device's records (CLI and app alike) to the engine's typed inputs.
#include "AssessmentReport.h"
#include "FormAdapter.h"

#include <QCoreApplication>
#include <QMap>

namespace junheng {

namespace {

struct SchoolRecords
{
    std::optional<QJsonObject> s1, s4;
    std::optional<QList<QJsonObject>> s2, s3;
    QList<QJsonObject> s5, s6;
};

} // namespace

ReportInputs ReportInputs::fromRecords(const QList<FormRecord> &records, const ReportScope &scope,
                                       const ThresholdProfile &profile)
{
    QMap<QString, SchoolRecords> schools;
    std::optional<QJsonObject> c1;
    QList<const FormRecord *> previousS5;
    ReportInputs inputs;
    for (const FormRecord &record : records) {
        // A roster row deleted after it was sent stays as a {"_deleted": true} revision: not a row.
        if (record.payload.value(QLatin1String("_deleted")).toBool())
            continue;
        if (scope.schoolDevice && record.schoolCode != scope.schoolCode &&
            record.formId != QLatin1String("C1"))
            continue;
        if (record.formId == QLatin1String("S5") && record.cycle < scope.cycle) {
            if (record.cycle > inputs.previousCycle) {
                inputs.previousCycle = record.cycle;
                previousS5.clear();
            }
            if (record.cycle == inputs.previousCycle)
                previousS5 << &record;
            continue;
        }
        if (record.cycle != scope.cycle)
            continue;
        if (record.formId == QLatin1String("C1")) {
            c1 = record.payload;
            continue;
        }
        if (!record.formId.startsWith(QLatin1Char('S'))) // the county's other forms (C2 问题台账)
            continue;
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
    if (scope.schoolDevice && !schools.contains(scope.schoolCode))
        schools.insert(scope.schoolCode, SchoolRecords{}); // nothing filled in yet: say what is missing

    inputs.countyLevel = !scope.schoolDevice;
    inputs.county.name = scope.countyName;
    if (c1 && !scope.schoolDevice)
        inputs.county.form = FormAdapter::county(*c1);
    for (auto it = schools.cbegin(); it != schools.cend(); ++it) {
        const SchoolRecords &r = it.value();
        const bool own = scope.schoolDevice && it.key() == scope.schoolCode;
        const ReportScope::SchoolLabel label = scope.schools.value(it.key());
        const QString name = own ? scope.schoolName : label.name.isEmpty() ? it.key() : label.name;
        const QString town = own ? scope.townName : label.town;
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
        for (const FormRecord *record : previousS5) {
            StudentScreening student = FormAdapter::screening(record->payload);
            student.schoolCode = record->schoolCode;
            student.town = record->schoolCode == scope.schoolCode ? scope.townName
                                                                  : scope.schools.value(record->schoolCode).town;
            before << MyopiaScreening::classify(student, profile);
        }
        inputs.previousMyopia =
            MyopiaRates::all(before,
                             scope.countyName.isEmpty() ? QCoreApplication::translate("ReportInputs", "全县")
                                                        : scope.countyName,
                             profile);
    }
    return inputs;
}

} // namespace junheng
