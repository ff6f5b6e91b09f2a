#pragma once
// A county device's store with 500 schools in 10 towns, each school form with the review history a real
// cycle leaves (submitted, returned, approved): what the completeness view and the county home read.
#include "LocalStore.h"

#include <QDateTime>
#include <QMap>

namespace junheng::bench {

inline constexpr int CountySchools = 500;
inline const QStringList CountyForms{"S1", "S2", "S3", "S4", "S5", "S6"};

inline void seedCounty(LocalStore &store)
{
    (void)store.saveEnrolment(Enrolment{
        "http://127.0.0.1:1", "t", "d", "county", "370399", "云溪县", {}, "云溪县", "2026", "2026年度", {}});
    QList<DirectorySchool> schools;
    for (int i = 0; i < CountySchools; ++i)
        schools.append(DirectorySchool{QString::number(3703990000LL + i), QStringLiteral("第%1小学").arg(i),
                                       QString::number(370399000 + i / 50),
                                       QStringLiteral("镇%1").arg(i / 50), "primary", 800});
    (void)store.saveDirectory(schools);
    QMap<QString, int> versions;
    for (const QString &form : CountyForms)
        versions.insert(form, 1);
    QList<ReviewNote> notes;
    qint64 seq = 1;
    const QStringList states{"submitted", "returned", "submitted", "approved"};
    for (int i = 0; i < CountySchools; ++i) {
        for (int f = 0; f < CountyForms.size(); ++f) {
            for (int s = 0; s < (i + f) % 5; ++s)
                notes.append(ReviewNote{++seq,
                                        "2026",
                                        schools.at(i).code,
                                        CountyForms.at(f),
                                        states.at(s % 4),
                                        false,
                                        QDateTime::currentDateTimeUtc(),
                                        "dev",
                                        "王老师",
                                        "town",
                                        {}});
        }
    }
    (void)store.applyReviewFeed(
        {CycleInfo{"2026", "2026年度", "2026-03-01", "2026-05-31", "open", "national", versions, {}, 1}},
        notes, seq);
}

} // namespace junheng::bench
