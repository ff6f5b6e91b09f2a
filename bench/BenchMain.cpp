// The main() of every benchmark: a Qt core application (Qt SQL and the event loop need one), then Google
// Benchmark with the JSON-line reporter of DESIGN.md §7. JUNHENG_BENCH_GUI: a QGuiApplication on the
// offscreen platform, for the benchmarks that paint (the PDF report).
#include "JsonLineReporter.h"

#if defined(JUNHENG_BENCH_GUI)
#include <QGuiApplication>
using BenchApplication = QGuiApplication;
#else
#include <QCoreApplication>
using BenchApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#if defined(JUNHENG_BENCH_GUI)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    BenchApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    JsonLineReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    return 0;
}
