#pragma once

#include "LocalStore.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

// A town's device with a school's pulled submissions, as the review page and the school's tablet see
// them: the enrolment, the directory, an open cycle, pulled S1/S3/S4 records and review notes. Written
// into a real store the way a sync writes them (applyPulled, applyReviewFeed).
namespace junheng::testing {

inline const QString ReviewSchool = QStringLiteral("3703990101");
inline const QString ReviewSchoolName = QStringLiteral("云溪县实验小学");
inline const QString ReviewTown = QStringLiteral("370399001");

inline Enrolment reviewEnrolment(const QString &role, const QString &cycle,
                                 const QString &server = QStringLiteral("http://127.0.0.1:9"))
{
    const bool school = role == QLatin1String("school");
    return Enrolment{server,
                     "token",
                     role + "-device",
                     role,
                     school ? ReviewSchool : ReviewTown,
                     school ? ReviewSchoolName : QStringLiteral("城关街道"),
                     "城关街道",
                     "云溪县",
                     cycle,
                     "2025年度优质均衡监测",
                     {}};
}

// S4 with a usual-range warning the school explained (outdoor sports area) and one it did not (a music
// room under 96 ㎡).
inline QJsonObject reviewS4()
{
    return QJsonObject{
        {"teaching_area", 8200.5},
        {"sports_area_outdoor", 90000},
        {"sports_area_indoor", 0},
        {"equipment_value", 3900000},
        {"multimedia_rooms", 36},
        {"music_rooms", 1},
        {"music_room_areas", QJsonArray{80}},
        {"art_rooms", 1},
        {"art_room_areas", QJsonArray{96}},
        {"classes", 24},
        {"_reasons", QJsonObject{{"sports_area_outdoor", QStringLiteral("含新建的县体育场共用部分")}}}};
}

inline QJsonObject reviewS1()
{
    return QJsonObject{{"school_type", "primary"}, {"school_system", "6_3"}, {"location", "town"},
                       {"ownership", "public"},    {"boarding", false},      {"founded_year", 1956},
                       {"has_charter", true},      {"digitised", true},      {"students_g1", 180},
                       {"students_g2", 175},       {"students_g3", 170},     {"students_g4", 168},
                       {"students_g5", 160},       {"students_g6", 150}};
}

// Teacher n of S3: every 10th born 2005 (a warning), teacher 7 born 1930 (an error).
inline QJsonObject reviewTeacher(int n)
{
    return QJsonObject{{"name", QStringLiteral("教师%1").arg(n, 3, 10, QLatin1Char('0'))},
                       {"staff_no", QStringLiteral("T%1").arg(n, 4, 10, QLatin1Char('0'))},
                       {"sex", n % 2 ? "1" : "2"},
                       {"birth_year", n == 7        ? 1930
                                      : n % 10 == 0 ? 2005
                                                    : 1980 + n % 20},
                       {"full_time", true},
                       {"subject", n % 5 == 0 ? "pe" : "math"},
                       {"degree", "bachelor"},
                       {"certificate", true},
                       {"backbone", n % 8 == 0 ? "county" : "none"},
                       {"establishment", "staffed"},
                       {"training_hours", 120},
                       {"rotation_eligible", false}};
}

inline LocalRecord pulledRecord(const QString &formId, const QString &cycle, const QJsonObject &payload,
                                const QString &school = ReviewSchool)
{
    LocalRecord record;
    record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.formId = formId;
    record.formVersion = 1;
    record.schoolCode = school;
    record.cycle = cycle;
    record.status = RecordStatus::Sent;
    record.revision = 1;
    record.payload = payload;
    record.updatedAt = QDateTime::currentDateTimeUtc();
    return record;
}

inline ReviewNote reviewNote(qint64 seq, const QString &cycle, const QString &form, const QString &state,
                             QList<ReviewNoteComment> comments = {},
                             const QString &by = QStringLiteral("王老师"),
                             const QString &role = QStringLiteral("town"))
{
    return ReviewNote{seq,
                      cycle,
                      ReviewSchool,
                      form,
                      state,
                      false,
                      QDateTime(QDate(2025, 4, 2), QTime(8, 15), Qt::UTC).addSecs(seq * 60),
                      "dev",
                      by,
                      role,
                      comments};
}

inline CycleInfo reviewCycle(const QString &cycle)
{
    return CycleInfo{cycle,
                     "2025年度优质均衡监测",
                     "2025-03-01",
                     "2099-05-31",
                     "open",
                     "national",
                     {{"S1", 1}, {"S2", 1}, {"S3", 1}, {"S4", 1}, {"S5", 1}, {"S6", 1}},
                     {},
                     1};
}

inline QList<DirectorySchool> reviewDirectory()
{
    return {{ReviewSchool, ReviewSchoolName, ReviewTown, "城关街道", "primary", 1003},
            {"3703990102", "城关第二小学", ReviewTown, "城关街道", "primary", 900}};
}

} // namespace junheng::testing
