// The county report of issue 7: a county of 60 schools (40,000 students, 3,000 teachers) computed by the
// engine and written as the XLSX and the PDF an official hands up, in ≤ 2 s together.
#include "JsonLineReporter.h"
#include "ReportBuilder.h"
#include "ReportPdf.h"
#include "ReportXlsx.h"
#include "SyntheticCounty.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace junheng;

namespace {

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

ReportMeta meta()
{
    ReportMeta m;
    m.countyName = QStringLiteral("云溪县");
    m.cycle = QStringLiteral("2025年度优质均衡监测");
    return m;
}

// Everything from the engine's inputs to both files on disk.
void report_county_xlsx_pdf(benchmark::State &state)
{
    const ReportInputs inputs = syntheticCounty();
    QTemporaryDir dir;
    qint64 bytes = 0;
    for (auto _ : state) {
        const AssessmentReport report = AssessmentReport::compute(inputs, profile(), standard());
        const ReportBook book = ReportBuilder::build(report, meta());
        if (!ReportXlsx::write(book, dir.filePath("county.xlsx")) ||
            !ReportPdf::write(book, dir.filePath("county.pdf")))
            state.SkipWithError("writing the report failed");
        bytes = QFileInfo(dir.filePath("county.xlsx")).size() + QFileInfo(dir.filePath("county.pdf")).size();
    }
    state.counters["schools"] = 60;
    state.counters["bytes_written"] = double(bytes);
}

// The writing alone, from a computed report.
void report_county_write_only(benchmark::State &state)
{
    const AssessmentReport report = AssessmentReport::compute(syntheticCounty(), profile(), standard());
    QTemporaryDir dir;
    for (auto _ : state) {
        const ReportBook book = ReportBuilder::build(report, meta());
        if (!ReportXlsx::write(book, dir.filePath("county.xlsx")) ||
            !ReportPdf::write(book, dir.filePath("county.pdf")))
            state.SkipWithError("writing the report failed");
    }
}

} // namespace

BENCHMARK(report_county_xlsx_pdf)->UseRealTime();
BENCHMARK(report_county_write_only)->UseRealTime();
