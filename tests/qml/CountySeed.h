#pragma once

// A county device's store for the county home's tests: the directory of three towns, two cycles, review
// notes, and school records (S1, S3, S4; S5 screenings; S6 fitness) whose figures the tests know.
#include "LocalStore.h"
#include "TestPin.h"

#include <QJsonObject>
#include <gtest/gtest.h>

namespace junheng::test::county {

inline const QString Cycle = QStringLiteral("2025-yzjh");
inline const QString PreviousCycle = QStringLiteral("2024-yzjh");
// 城关街道: a rich and a poor primary school; 东城街道: a rich one; 西湖镇: in the directory, no records.
inline const QString RichA = QStringLiteral("3703990101");
inline const QString PoorA = QStringLiteral("3703990102");
inline const QString RichB = QStringLiteral("3703990201");
inline const QString EmptyC = QStringLiteral("3703990301");

inline void save(LocalStore &store, const QString &formId, const QString &school, const QString &cycle,
                 const QJsonObject &payload)
{
    LocalRecord record;
    record.formId = formId;
    record.formVersion = 1;
    record.schoolCode = school;
    record.cycle = cycle;
    auto saved = store.saveDraft(record, payload);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message);
}

// A primary school (6+3) of 300 pupils: S1, its teachers (S3), its buildings (S4) scaled by `rich`.
inline void seedSchoolResources(LocalStore &store, const QString &school, double rich)
{
    QJsonObject s1{{"school_type", "primary"}, {"school_system", "6_3"}, {"location", "town"},
                   {"ownership", "public"},    {"founded_year", 1990},   {"has_charter", true}};
    for (int grade = 1; grade <= 6; ++grade)
        s1.insert(QStringLiteral("students_g%1").arg(grade), 50);
    save(store, "S1", school, Cycle, s1);
    save(store, "S4", school, Cycle,
         QJsonObject{{"teaching_area", 1500 * rich},
                     {"sports_area_outdoor", 2400 * rich},
                     {"sports_area_indoor", 0},
                     {"equipment_value", 700000 * rich},
                     {"multimedia_rooms", int(12 * rich)},
                     {"music_rooms", 1},
                     {"art_rooms", 1},
                     {"classes", 6}});
    const QStringList subjects{"chinese", "math", "english", "pe", "music", "art", "science", "chinese"};
    const int teachers = int(18 * rich);
    for (int i = 0; i < teachers; ++i)
        save(store, "S3", school, Cycle,
             QJsonObject{{"name", QStringLiteral("教师%1").arg(i)},
                         {"staff_no", QStringLiteral("%1-T%2").arg(school).arg(i)},
                         {"sex", i % 2 ? "2" : "1"},
                         {"birth_year", 1980 + i % 15},
                         {"full_time", true},
                         {"stage", "primary"},
                         {"subject", subjects.at(i % subjects.size())},
                         {"degree", i % 5 == 0 ? "junior_college" : "bachelor"},
                         {"certificate", true},
                         {"backbone", i % 4 == 0 ? "county" : "none"},
                         {"establishment", "staffed"}});
}

// Five pupils a grade screened; in grade g the first (g + extra) / 2 are myopic: 9 of 30 with extra 0,
// 15 of 30 with extra 2.
inline void seedScreening(LocalStore &store, const QString &school, const QString &cycle, int extra)
{
    for (int grade = 1; grade <= 6; ++grade)
        for (int i = 0; i < 5; ++i) {
            const bool myopic = i < (grade + extra) / 2;
            save(store, "S5", school, cycle,
                 QJsonObject{{"student_id", QStringLiteral("G%1%2").arg(grade).arg(i)},
                             {"name", QStringLiteral("学生%1%2").arg(grade).arg(i)},
                             {"sex", i % 2 ? "2" : "1"},
                             {"birth_date", QStringLiteral("%1-03-01").arg(2019 - grade)},
                             {"grade", grade},
                             {"class_name", "1班"},
                             {"screening_date", "2025-09-10"},
                             {"glasses", "none"},
                             {"ua_right", myopic ? 4.7 : 5.0},
                             {"ua_left", 5.0},
                             {"sph_right", myopic ? -1.5 : 0.25},
                             {"cyl_right", 0},
                             {"sph_left", 0.25},
                             {"cyl_left", 0}});
        }
}

// Twelve first-graders from weak to strong, so all four fitness grades appear.
inline void seedFitness(LocalStore &store, const QString &school)
{
    for (int i = 0; i < 12; ++i) {
        const double q = i / 11.0;
        save(store, "S6", school, Cycle,
             QJsonObject{{"grade_code", 11},
                         {"class_code", "01"},
                         {"class_name", "1班"},
                         {"student_id", QStringLiteral("F%1").arg(i)},
                         {"ethnicity", "01"},
                         {"name", QStringLiteral("学生F%1").arg(i)},
                         {"sex", i % 2 ? "2" : "1"},
                         {"birth_date", "2018-05-01"},
                         {"height", 120},
                         {"weight", 22},
                         {"lung", int(500 + q * 1500)},
                         {"run50", 14.0 - q * 4.5},
                         {"sit_reach", -2 + q * 18},
                         {"rope", int(10 + q * 120)}});
    }
}

inline Enrolment countyEnrolment(const QString &serverUrl = QStringLiteral("http://127.0.0.1:9"))
{
    Enrolment e;
    e.serverUrl = serverUrl;
    e.token = QStringLiteral("test-token");
    e.deviceId = QStringLiteral("county-pc");
    e.role = QStringLiteral("county");
    e.scopeCode = QStringLiteral("370399");
    e.scopeName = QStringLiteral("云溪县");
    e.countyName = QStringLiteral("云溪县");
    e.cycleId = Cycle;
    e.cycleName = QStringLiteral("2025年度优质均衡监测");
    return e;
}

// The directory, both cycles and review notes: 城关街道 (2 schools × S1–S4): S1 approved at both, S4
// submitted at RichA and returned late at PoorA; 东城街道: S4 approved, S3 submitted late; 西湖镇: nothing.
inline void seedCompleteness(LocalStore &store)
{
    ASSERT_TRUE(store
                    .saveDirectory({{RichA, "云溪县实验小学", "370399001", "城关街道", "primary", 300},
                                    {PoorA, "城关街道中心小学", "370399001", "城关街道", "primary", 300},
                                    {RichB, "云溪县第二实验小学", "370399002", "东城街道", "primary", 300},
                                    {EmptyC, "西湖镇中心小学", "370399003", "西湖镇", "primary", 300}})
                    .ok());
    const QMap<QString, int> forms{{"S1", 1}, {"S2", 1}, {"S3", 1}, {"S4", 1}};
    const QDateTime at = QDateTime::currentDateTimeUtc();
    auto note = [&](qint64 seq, const QString &school, const QString &form, const QString &state, bool late) {
        return ReviewNote{seq, Cycle, school, form, state, late, at, "dev", "王老师", "town", {}};
    };
    ASSERT_TRUE(store
                    .applyReviewFeed(
                        {CycleInfo{PreviousCycle,
                                   "2024年度优质均衡监测",
                                   "2024-03-01",
                                   "2024-05-31",
                                   "closed",
                                   "national",
                                   forms,
                                   {},
                                   1},
                         CycleInfo{Cycle,
                                   "2025年度优质均衡监测",
                                   "2025-03-01",
                                   "2099-05-31",
                                   "open",
                                   "national",
                                   forms,
                                   {},
                                   2}},
                        {note(3, RichA, "S1", "approved", false), note(4, PoorA, "S1", "approved", false),
                         note(5, RichA, "S4", "submitted", false), note(6, PoorA, "S4", "returned", true),
                         note(7, RichB, "S4", "approved", false), note(8, RichB, "S3", "submitted", true)},
                        8)
                    .ok());
}

// Everything: enrolment, PIN, completeness, records of both cycles.
inline void seedCounty(LocalStore &store, const QString &serverUrl = QStringLiteral("http://127.0.0.1:9"))
{
    ASSERT_TRUE(store.saveEnrolment(countyEnrolment(serverUrl)).ok());
    ASSERT_TRUE(junheng::testing::unlockForTests(store).ok());
    seedCompleteness(store);
    seedSchoolResources(store, RichA, 1.6);
    seedSchoolResources(store, PoorA, 0.5);
    seedSchoolResources(store, RichB, 1.6);
    seedScreening(store, RichA, Cycle, 0);
    seedScreening(store, RichB, Cycle, 2);
    seedScreening(store, RichA, PreviousCycle, 2);
    seedFitness(store, RichA);
}

} // namespace junheng::test::county
