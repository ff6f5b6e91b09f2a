// The main() of every benchmark: a Qt core application (Qt SQL and the event loop need one), then Google
// Benchmark with the JSON-line reporter of DESIGN.md §7. JUNHENG_BENCH_GUI: a QGuiApplication on the
// offscreen platform, for the benchmarks that paint (the PDF report); JUNHENG_BENCH_WIDGETS: a
// QApplication (Qt Charts in the app's pages need one).
#include "JsonLineReporter.h"

#if defined(JUNHENG_BENCH_WIDGETS)
#include <QApplication>
using BenchApplication = QApplication;
#elif defined(JUNHENG_BENCH_GUI)
#include <QGuiApplication>
using BenchApplication = QGuiApplication;
#else
#include <QCoreApplication>
using BenchApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#if defined(JUNHENG_BENCH_GUI) || defined(JUNHENG_BENCH_WIDGETS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
#if defined(JUNHENG_BENCH_WIDGETS)
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software"); // the offscreen platform has no GPU
#endif
    BenchApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    JsonLineReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    return 0;
}
