// The completeness view of a county with 500 schools (target: opens in ≤ 300 ms): the table of every
// school × school form with its review state, built from what the device pulled.
#include "Completeness.h"
#include "CountySeed.h"
#include "JsonLineReporter.h"
#include "LocalStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace junheng;

namespace {

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
        bench::seedCounty(*made.store);
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
