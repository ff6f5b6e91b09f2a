#pragma once

#include <benchmark/benchmark.h>
#include <cstdio>

// Prints one JSON object per line per figure, as DESIGN.md §7 asks:
// {"bench": "store_save_finalise", "metric": "records_per_s", "value": 2350, "n": 1000}
class JsonLineReporter : public benchmark::BenchmarkReporter
{
public:
    bool ReportContext(const Context &) override { return true; }
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            const std::string name = run.benchmark_name();
            for (const auto &[metric, counter] : run.counters) {
                std::printf("{\"bench\": \"%s\", \"metric\": \"%s\", \"value\": %.1f, \"n\": %lld}\n",
                            name.c_str(), metric.c_str(), double(counter),
                            static_cast<long long>(run.iterations));
            }
            std::printf(
                "{\"bench\": \"%s\", \"metric\": \"us_per_iteration\", \"value\": %.2f, \"n\": %lld}\n",
                name.c_str(), run.GetAdjustedRealTime() / 1e3, static_cast<long long>(run.iterations));
        }
        std::fflush(stdout);
    }
};
