// The completeness view of a county with 500 schools (target: opens in ≤ 300 ms): the table of every
// school × school form with its review state, built from what the device pulled.
#include "Completeness.h"
#include "JsonLineReporter.h"
#include "LocalStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace junheng;

namespace {

constexpr int Schools = 500;
const QStringList Forms{"S1", "S2", "S3", "S4", "S5", "S6"};

struct County
{
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
};

County &county()
{
    static County c = [] {
        County made;
        made.store = LocalStore::open(made.dir.filePath("junheng.db")).value();
        (void)made.store->saveEnrolment(Enrolment{"http://127.0.0.1:1",
                                                  "t",
                                                  "d",
                                                  "county",
                                                  "370399",
                                                  "云溪县",
                                                  {},
                                                  "云溪县",
                                                  "2026",
                                                  "2026年度",
                                                  {}});
        QList<DirectorySchool> schools;
        for (int i = 0; i < Schools; ++i)
            schools.append(DirectorySchool{
                QString::number(3703990000LL + i), QStringLiteral("第%1小学").arg(i),
                QString::number(370399000 + i / 50), QStringLiteral("镇%1").arg(i / 50), "primary", 800});
        (void)made.store->saveDirectory(schools);
        QMap<QString, int> versions;
        for (const QString &form : Forms)
            versions.insert(form, 1);
        QList<ReviewNote> notes;
        qint64 seq = 1;
        const QStringList states{"submitted", "returned", "submitted", "approved"};
        for (int i = 0; i < Schools; ++i) {
            for (int f = 0; f < Forms.size(); ++f) {
                // Most forms pass through several states: the history a real cycle leaves.
                for (int s = 0; s < (i + f) % 5; ++s)
                    notes.append(ReviewNote{++seq,
                                            "2026",
                                            schools.at(i).code,
                                            Forms.at(f),
                                            states.at(s % 4),
                                            false,
                                            QDateTime::currentDateTimeUtc(),
                                            "dev",
                                            "王老师",
                                            "town",
                                            {}});
            }
        }
        (void)made.store->applyReviewFeed(
            {CycleInfo{"2026", "2026年度", "2026-03-01", "2026-05-31", "open", "national", versions, {}, 1}},
            notes, seq);
        return made;
    }();
    return c;
}

void review_completeness_500(benchmark::State &state)
{
    County &c = county();
    qint64 cells = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        const CompletenessTable table = CompletenessTable::build(*c.store, "2026");
        cells = table.rows.size() * table.forms.size();
        benchmark::DoNotOptimize(table.rows.data());
    }
    state.counters["ms_per_open"] = double(timer.nsecsElapsed()) / 1e6 / double(state.iterations());
    state.counters["cells"] = double(cells);
}

} // namespace

BENCHMARK(review_completeness_500)->Iterations(20)->UseRealTime();
