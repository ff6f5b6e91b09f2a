#pragma once

#include "DifferenceCoefficient.h"
#include "FitnessRates.h"
#include "FitnessStandard.h"
#include "MyopiaScreening.h"

#include <QHash>

namespace junheng {

// One stored record as the engine needs it (the store's LocalRecord without the store).
struct FormRecord
{
    QString formId, schoolCode, cycle;
    QJsonObject payload;
};

// Whose report: the device's enrolment.
struct ReportScope
{
    QString cycle;            // only records of this cycle count; S5 of the latest earlier one is "previous"
    bool schoolDevice = true; // a school's device: its own school only, no county items or coefficients
    QString schoolCode, schoolName, townName, countyName;
    // The county's schools by code (name and town), from the directory a town or county device pulls (or
    // the server's): without it other schools are named by their codes and no town is known.
    struct SchoolLabel
    {
        QString name, town;
    };
    QHash<QString, SchoolLabel> schools;
};

// Everything the engine computes for a county (or a single school: a county of one), in one pass.
struct ReportInputs
{
    CountyData county;
    QList<StudentFitness> fitness;
    QList<StudentScreening> screening;
    QList<MyopiaGroup> previousMyopia; // the previous cycle's groups, for the year-on-year change
    bool countyLevel = true;           // false: a school's own report (no county items, no town tables)
    QString previousCycle;             // where previousMyopia came from, empty if none

    // Groups a device's records by school and form (S1–S6, C1) into the engine's inputs.
    static ReportInputs fromRecords(const QList<FormRecord> &records, const ReportScope &scope,
                                    const ThresholdProfile &profile);
};

struct AssessmentReport
{
    QString profileId, profileName;
    QStringList profileChain;
    QString fitnessStandard;
    QList<UnitAssessment> units;
    QStringList excluded;                                     // "school (code): why"
    QList<AreaAssessment> countyAreas;                        // one per stage
    QList<AreaAssessment> townAreas;                          // per town and stage
    QList<WhatIf> whatIfs;                                    // per failing unit with a plan
    QList<std::pair<QString, QList<ItemResult>>> schoolItems; // school code -> items
    QHash<QString, QString> schoolNames;                      // school code -> name
    QList<ItemResult> countyItems;
    QList<FitnessResult> fitness;
    QList<FitnessGroup> fitnessGroups;
    QList<MyopiaResult> myopia;
    QList<MyopiaGroup> myopiaGroups;

    static AssessmentReport compute(const ReportInputs &inputs, const ThresholdProfile &profile,
                                    const FitnessStandard &standard);
    // withStudents: include every student's scores (large); otherwise only those not scored or invalid.
    QJsonObject toJson(bool withStudents = false) const;
    QString toText() const; // the same in plain Chinese, for a terminal
};

} // namespace junheng
