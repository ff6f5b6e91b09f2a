// The assessment engine on a county at the top of the design scale (DOMAIN §1): 60 schools, 40,000
// students (each with a fitness test and a myopia screening) and 3,000 teachers. Everything the engine
// computes — R1–R7, the 6-of-7 rule, gaps and plans, what-if, town and county coefficients, government and
// quality items, fitness scores and rates, myopia rates — must take ≤ 100 ms.
#include "AssessmentReport.h"
#include "FormAdapter.h"
#include "JsonLineReporter.h"
#include "SyntheticCounty.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <ctime>

using namespace junheng;

namespace {

constexpr int kSchools = 60;
constexpr int kStudents = 40000;
constexpr int kTeachers = 3000;

const ThresholdProfile &profile()
{
    static const ThresholdProfile p = ThresholdProfile::load("shandong").value();
    return p;
}

const FitnessStandard &standard()
{
    static const FitnessStandard s = FitnessStandard::load().value();
    return s;
}

// Process CPU time: these machines are shared, so wall time alone says more about the neighbours.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

void engine_county_report(benchmark::State &state)
{
    const ReportInputs inputs = syntheticCounty();
    const double cpuStart = cpuMs();
    for (auto _ : state)
        benchmark::DoNotOptimize(AssessmentReport::compute(inputs, profile(), standard()));
    state.counters["cpu_ms_per_report"] = (cpuMs() - cpuStart) / double(state.iterations());
    state.counters["schools"] = kSchools;
    state.counters["students"] = double(inputs.fitness.size());
    state.counters["teachers"] = kTeachers;
}

// The same county from form payloads (what the CLI and server do before computing).
void engine_adapt_payloads(benchmark::State &state)
{
    QList<QJsonObject> fitness;
    for (int k = 0; k < kStudents; ++k)
        fitness << QJsonObject{{"student_id", QString::number(k)},
                               {"grade_code", 11 + k % 6},
                               {"sex", QString::number(k % 2 + 1)},
                               {"height", 130.5},
                               {"weight", 30.2},
                               {"lung", 1500},
                               {"run50", 10.4},
                               {"sit_reach", 8.5},
                               {"rope", 90},
                               {"situps", 30},
                               {"shuttle50x8", 110}};
    for (auto _ : state) {
        QList<StudentFitness> rows;
        rows.reserve(fitness.size());
        for (const QJsonObject &payload : fitness)
            rows << FormAdapter::fitness(payload);
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.iterations()) * kStudents, benchmark::Counter::kIsRate);
}

// The resource part alone (R1–R7, rules, gaps, what-if, coefficients), without the 80,000 student rows.
void engine_resource_only(benchmark::State &state)
{
    ReportInputs inputs = syntheticCounty();
    inputs.fitness.clear();
    inputs.screening.clear();
    const double cpuStart = cpuMs();
    for (auto _ : state)
        benchmark::DoNotOptimize(AssessmentReport::compute(inputs, profile(), standard()));
    state.counters["cpu_ms_per_report"] = (cpuMs() - cpuStart) / double(state.iterations());
}

} // namespace

BENCHMARK(engine_county_report)->UseRealTime();
BENCHMARK(engine_resource_only)->UseRealTime();
BENCHMARK(engine_adapt_payloads)->Iterations(5)->UseRealTime();
