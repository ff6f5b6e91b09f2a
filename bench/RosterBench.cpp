// Rosters: saving a school's 3,000 S6 rows, opening the roster grid's model on them (time to the first
// page, as the page does when it opens), and the memory of a process holding a store of 50,000 S6 rows
// with the roster model open (VmRSS from /proc/self/status).
#include "FormCatalog.h"
#include "JsonLineReporter.h"
#include "LocalStore.h"
#include "RosterModel.h"
#include "TestPin.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <malloc.h>

using namespace junheng;

namespace {

// S6 is encrypted at rest: the store is unlocked once (as the app does at start) before what is measured.
std::unique_ptr<junheng::LocalStore> openUnlocked(const QString &path)
{
    auto store = junheng::LocalStore::open(path).value();
    (void)junheng::testing::unlockForTests(*store);
    return store;
}

const QString school = QStringLiteral("3703990101");
const QString cycle = QStringLiteral("2025");

const FormDefinition &s6()
{
    static const FormCatalog forms = FormCatalog::load(FormCatalog::builtInDirectory).value();
    return *forms.find("S6");
}

// A junior-school row as an import reads it (text), normalised as the importer does: grades 21-23,
// ten classes of 50 per grade and school.
QJsonObject s6Row(int i)
{
    static const char16_t *const surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    static const char16_t *const given = u"明华强丽静伟芳军洋勇艳杰娟涛超霞平刚桂英";
    const bool boy = i % 2 == 0;
    const int grade = 21 + (i / 500) % 3;
    const int cls = (i / 50) % 10 + 1;
    QString name;
    name += QChar(surnames[i % 20]);
    name += QChar(given[(i / 20) % 20]);
    QJsonObject row{{"grade_code", QString::number(grade)},
                    {"class_code", QStringLiteral("%1%2").arg(grade).arg(cls, 2, 10, QChar('0'))},
                    {"class_name", QStringLiteral("初%1(%2)班").arg(grade - 20).arg(cls)},
                    {"student_id", QStringLiteral("G3703032011%1").arg(i, 8, 10, QChar('0'))},
                    {"ethnicity", "01"},
                    {"name", name},
                    {"sex", boy ? "1" : "2"},
                    {"birth_date", "2011-03-04"},
                    {"height", QString::number(150 + i % 30)},
                    {"weight", QString::number(40 + i % 25)},
                    {"lung", "2600"},
                    {"run50", QStringLiteral("8.%1").arg(i % 10)},
                    {"sit_reach", "8.5"},
                    {"long_jump", "190"},
                    {"ua_left", "4.9"},
                    {"ua_right", "5.0"}};
    if (boy) {
        row.insert("pullups", "6");
        row.insert("run1000", QStringLiteral("4′10″"));
    } else {
        row.insert("situps", "38");
        row.insert("run800", QStringLiteral("3′50″"));
    }
    return Validator::normalise(s6(), row);
}

QList<QJsonObject> s6Rows(int count, int first = 0)
{
    QList<QJsonObject> rows;
    rows.reserve(count);
    for (int i = first; i < first + count; ++i)
        rows.append(s6Row(i));
    return rows;
}

double vmRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// One school's whole S6 roster (3,000 rows) into an empty store: one transaction.
void roster_upsert_3000(benchmark::State &state)
{
    const QList<QJsonObject> rows = s6Rows(3000);
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = openUnlocked(dir.filePath(QStringLiteral("bench%1.db").arg(run++)));
        state.ResumeTiming();
        auto result = store->upsertRosterRows(s6(), school, cycle, rows);
        if (!result || result->added != 3000)
            state.SkipWithError("upsert failed");
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.iterations()) * 3000, benchmark::Counter::kIsRate);
}

// The same 3,000 rows again with 30 changed: matched by key, 2,970 left alone.
void roster_reimport_3000(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.filePath(QStringLiteral("bench.db")));
    QList<QJsonObject> rows = s6Rows(3000);
    (void)store->upsertRosterRows(s6(), school, cycle, rows);
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        ++round;
        for (int i = 0; i < 30; ++i)
            rows[i * 100]["weight"] = 40 + (round + i) % 25;
        state.ResumeTiming();
        benchmark::DoNotOptimize(store->upsertRosterRows(s6(), school, cycle, rows));
    }
}

// Opening the roster page's model on 3,000 rows: counts, filter options and the first page of rows
// (validated for the cell marks), which is what the page shows first.
void roster_open_first_page_3000(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.filePath(QStringLiteral("bench.db")));
    (void)store->upsertRosterRows(s6(), school, cycle, s6Rows(3000));
    for (auto _ : state) {
        RosterModel model(store.get());
        model.open(&s6(), school, cycle);
        benchmark::DoNotOptimize(model.data(model.index(0, 1), Qt::DisplayRole));
        if (model.rowCount() != 3000)
            state.SkipWithError("wrong row count");
    }
}

// Sorting the open 3,000-row roster by name (a click on the header) up to the new first page.
void roster_sort_by_name_3000(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.filePath(QStringLiteral("bench.db")));
    (void)store->upsertRosterRows(s6(), school, cycle, s6Rows(3000));
    RosterModel model(store.get());
    model.open(&s6(), school, cycle);
    int nameColumn = 1;
    while (model.fieldAt(nameColumn) && model.fieldAt(nameColumn)->id != QLatin1String("name"))
        ++nameColumn;
    for (auto _ : state) {
        model.sortBy(nameColumn);
        benchmark::DoNotOptimize(model.data(model.index(0, 1), Qt::DisplayRole));
    }
}

// Memory: a store of 50,000 S6 rows (one roster, the worst case for the grid) with the model open and
// scrolled through ten pages. Rows are written in batches and the heap trimmed, so the figure is what
// holding the store and the model costs, not what generating the rows cost.
void roster_rss_50000(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.filePath(QStringLiteral("bench.db")));
    for (int first = 0; first < 50000; first += 2500)
        (void)store->upsertRosterRows(s6(), school, cycle, s6Rows(2500, first));
    malloc_trim(0);
    double rss = 0;
    for (auto _ : state) {
        RosterModel model(store.get());
        model.open(&s6(), school, cycle);
        for (int page = 0; page < 10; ++page)
            benchmark::DoNotOptimize(model.data(model.index(page * 4000, 1), Qt::DisplayRole));
        if (model.rowCount() != 50000)
            state.SkipWithError("wrong row count");
        rss = vmRssMb();
    }
    state.counters["vm_rss_mb"] = rss;
}

} // namespace

BENCHMARK(roster_upsert_3000)->Iterations(5)->UseRealTime();
BENCHMARK(roster_reimport_3000)->Iterations(5)->UseRealTime();
BENCHMARK(roster_open_first_page_3000)->Iterations(20)->UseRealTime();
BENCHMARK(roster_sort_by_name_3000)->Iterations(20)->UseRealTime();
BENCHMARK(roster_rss_50000)->Iterations(1)->UseRealTime();
