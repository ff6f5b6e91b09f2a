// The issue ledger of a 60-school county: the C2 rows turned into owners (LedgerRecords::owners) and the
// ledger's lines with them (ReportBuilder::ledgerRows), as the ledger page and every report do on refresh.
#include "JsonLineReporter.h"
#include "LedgerRecords.h"
#include "ReportBuilder.h"
#include "SyntheticCounty.h"

using namespace junheng;

namespace {

const AssessmentReport &county()
{
    static const AssessmentReport report = AssessmentReport::compute(
        syntheticCounty(), ThresholdProfile::load("shandong").value(), FitnessStandard::load().value());
    return report;
}

ReportMeta meta()
{
    ReportMeta m;
    m.countyName = QStringLiteral("云溪县");
    m.cycle = QStringLiteral("2025");
    return m;
}

// One C2 row per failing item (every entry recorded), each twice as two county devices would leave it.
QList<FormRecord> c2Rows()
{
    QList<FormRecord> records;
    int n = 0;
    for (const LedgerRow &row : ReportBuilder::ledgerRows(county(), meta()))
        for (int device = 0; device < 2; ++device)
            records << FormRecord{
                "C2", row.schoolCode.isEmpty() ? QStringLiteral("370399") : row.schoolCode, "2025",
                QJsonObject{{"school_code", row.schoolCode},
                            {"item_code", row.itemCode},
                            {"owner", QStringLiteral("责任人%1").arg(++n)},
                            {"due_date", "2027-03-31"},
                            {"status", "in_progress"},
                            {"updated_at", QStringLiteral("2026-11-%1T08:00:00Z").arg(10 + device)}}};
    return records;
}

void ledger_owners_and_rows(benchmark::State &state)
{
    const QList<FormRecord> records = c2Rows();
    qsizetype lines = 0;
    for (auto _ : state) {
        ReportMeta m = meta();
        m.owners = LedgerRecords::owners(records, "2025");
        lines = ReportBuilder::ledgerRows(county(), m).size();
        benchmark::DoNotOptimize(lines);
    }
    state.counters["c2_rows"] = double(records.size());
    state.counters["ledger_lines"] = double(lines);
}

} // namespace

BENCHMARK(ledger_owners_and_rows)->UseRealTime();
