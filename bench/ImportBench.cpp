// How long importing and validating the 3,000-row national fitness file takes (target: ≤ 1 s), from CSV
// and from XLSX, and how long exporting it takes.
#include "Exporter.h"
#include "FormCatalog.h"
#include "Importer.h"
#include "JsonLineReporter.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace junheng;

namespace {

const QString fitnessCsv = QStringLiteral(JUNHENG_TEST_DATA "/fitness_3000.csv");

const FormDefinition &s6()
{
    static const FormCatalog forms = FormCatalog::load(FormCatalog::builtInDirectory).value();
    return *forms.find("S6");
}

void report(benchmark::State &state, int rows)
{
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.iterations()) * rows, benchmark::Counter::kIsRate);
    state.counters["rows"] = rows;
}

// Read, decode, find the header, normalise and validate every row, check duplicate ids.
void import_fitness_3000_csv(benchmark::State &state)
{
    const Importer importer(s6(), *Layout::forForm("S6"));
    int rows = 0;
    for (auto _ : state) {
        auto preview = importer.previewFile(fitnessCsv);
        rows = int(preview->rows.size());
        if (preview->hardCount() != 0)
            state.SkipWithError("the clean file has problems");
    }
    report(state, rows);
}

void import_fitness_3000_xlsx(benchmark::State &state)
{
    const Importer importer(s6(), *Layout::forForm("S6"));
    QTemporaryDir dir;
    const QString xlsx = dir.filePath("fitness_3000.xlsx");
    (void)Exporter::writeFile(xlsx, *Layout::forForm("S6"), s6(),
                              importer.previewFile(fitnessCsv)->payloads());
    int rows = 0;
    for (auto _ : state) {
        auto preview = importer.previewFile(xlsx);
        rows = int(preview->rows.size());
    }
    report(state, rows);
}

void export_fitness_3000_xlsx(benchmark::State &state)
{
    const QList<QJsonObject> payloads =
        Importer(s6(), *Layout::forForm("S6")).previewFile(fitnessCsv)->payloads();
    QTemporaryDir dir;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            Exporter::writeFile(dir.filePath("out.xlsx"), *Layout::forForm("S6"), s6(), payloads));
    report(state, int(payloads.size()));
}

} // namespace

BENCHMARK(import_fitness_3000_csv)->Iterations(10)->UseRealTime();
BENCHMARK(import_fitness_3000_xlsx)->Iterations(10)->UseRealTime();
BENCHMARK(export_fitness_3000_xlsx)->Iterations(5)->UseRealTime();
