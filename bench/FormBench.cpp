// How fast the form engine judges a fitness roster: normalising typed rows (durations, numbers),
// validating rows, and the cross-row rules over a whole school's 3,000 or a county's 50,000 rows.
#include "CrossRecordRules.h"
#include "FormCatalog.h"
#include "JsonLineReporter.h"
#include "Validator.h"

#include <QCoreApplication>

using namespace junheng;

namespace {

const FormDefinition &s6()
{
    static const FormCatalog forms = FormCatalog::load(FormCatalog::builtInDirectory).value();
    return *forms.find("S6");
}

// A junior row as an import reads it: every value still text.
QJsonObject typedRow(int i)
{
    const bool boy = i % 2 == 0;
    QJsonObject row{
        {"grade_code", "22"},      {"class_code", "2203"},
        {"class_name", "初二3班"}, {"student_id", QStringLiteral("G3703032011%1").arg(i, 8, 10, QChar('0'))},
        {"ethnicity", "1"},        {"name", "学生"},
        {"sex", boy ? "1" : "2"},  {"birth_date", "2011/3/4"},
        {"height", "158.2"},       {"weight", "48.5"},
        {"lung", "2600"},          {"run50", "8.4"},
        {"sit_reach", "8.5"},      {"long_jump", "190"},
        {"ua_left", "4.9"},        {"ua_right", "5.0"}};
    if (boy) {
        row.insert("pullups", "6");
        row.insert("run1000", QStringLiteral("4′10″"));
    } else {
        row.insert("situps", "38");
        row.insert("run800", QStringLiteral("3'50\""));
    }
    return row;
}

QList<QJsonObject> normalisedRows(int count)
{
    QList<QJsonObject> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i)
        rows.append(Validator::normalise(s6(), typedRow(i)));
    return rows;
}

void form_normalise_s6_row(benchmark::State &state)
{
    const QJsonObject row = typedRow(1);
    for (auto _ : state)
        benchmark::DoNotOptimize(Validator::normalise(s6(), row));
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

void form_validate_s6_row(benchmark::State &state)
{
    const QJsonObject row = Validator::normalise(s6(), typedRow(1));
    for (auto _ : state)
        benchmark::DoNotOptimize(Validator::validate(s6(), row));
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

// A whole roster: every row validated, then the cross-row rules once.
void form_check_s6_roster(benchmark::State &state)
{
    const QList<QJsonObject> rows = normalisedRows(int(state.range(0)));
    for (auto _ : state) {
        int blocking = 0;
        for (const QJsonObject &row : rows)
            blocking += Validator::validate(s6(), row).blockingCount();
        benchmark::DoNotOptimize(blocking);
        benchmark::DoNotOptimize(CrossRecordRules::check(s6(), rows));
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.iterations()) * double(rows.size()), benchmark::Counter::kIsRate);
}

void form_cross_rows_s6(benchmark::State &state)
{
    const QList<QJsonObject> rows = normalisedRows(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(CrossRecordRules::check(s6(), rows));
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.iterations()) * double(rows.size()), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(form_normalise_s6_row)->UseRealTime();
BENCHMARK(form_validate_s6_row)->UseRealTime();
BENCHMARK(form_check_s6_roster)
    ->Arg(3000)
    ->Arg(50000)
    ->Iterations(3)

    ->UseRealTime();
BENCHMARK(form_cross_rows_s6)->Arg(3000)->Arg(50000)->UseRealTime();
