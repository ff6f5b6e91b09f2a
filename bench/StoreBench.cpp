// How fast the device store saves, finalises and hands records to sync, and how fast validation runs.
#include "FormCatalog.h"
#include "JsonLineReporter.h"
#include "LocalStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace junheng;

namespace {

const FormCatalog &catalog()
{
    static const FormCatalog forms = FormCatalog::load(FormCatalog::builtInDirectory).value();
    return forms;
}

QJsonObject s4Payload(int i)
{
    return QJsonObject{{"teaching_area", 8200.5 + i},
                       {"sports_area_outdoor", 12000},
                       {"sports_area_indoor", 0},
                       {"equipment_value", 3600000},
                       {"multimedia_rooms", 36},
                       {"music_rooms", 1},
                       {"music_room_areas", QJsonArray{96}},
                       {"art_rooms", 0},
                       {"classes", 36}};
}

LocalRecord newRecord(int i)
{
    LocalRecord record;
    record.formId = "S4";
    record.formVersion = 1;
    record.schoolCode = QString::number(3703990000LL + i);
    record.cycle = "2025";
    return record;
}

void store_validate_s4(benchmark::State &state)
{
    const FormDefinition &form = *catalog().find("S4");
    const QJsonObject payload = s4Payload(1);
    for (auto _ : state)
        benchmark::DoNotOptimize(Validator::validate(form, payload));
    state.counters["validations_per_s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

// One save + one finalise: two transactions with fsync (synchronous=FULL), as a person's edit costs.
void store_save_finalise(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath("bench.db")).value();
    const FormDefinition &form = *catalog().find("S4");
    int i = 0;
    for (auto _ : state) {
        auto saved = store->saveDraft(newRecord(i), s4Payload(i));
        benchmark::DoNotOptimize(store->finalise(saved->uuid, form));
        ++i;
    }
    state.counters["records_per_s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

// Reading a full push batch (200 records) out of an outbox of 2000.
void store_outbox_batch(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath("bench.db")).value();
    const FormDefinition &form = *catalog().find("S4");
    for (int i = 0; i < 2000; ++i) {
        auto saved = store->saveDraft(newRecord(i), s4Payload(i));
        (void)store->finalise(saved->uuid, form);
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(store->outboxBatch(200));
    state.counters["records_per_s"] =
        benchmark::Counter(double(state.iterations()) * 200, benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(store_validate_s4)->UseRealTime();
BENCHMARK(store_save_finalise)->Iterations(300)->UseRealTime();
BENCHMARK(store_outbox_batch)->Iterations(50)->UseRealTime();
