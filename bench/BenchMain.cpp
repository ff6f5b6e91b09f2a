// The main() of every benchmark: a Qt core application (Qt SQL and the event loop need one), then Google
// Benchmark with the JSON-line reporter of DESIGN.md §7.
#include "JsonLineReporter.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    JsonLineReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    return 0;
}
