#pragma once

// A county with fixed pseudo-random figures (the same every run for the same size and seed), for the
// benchmarks and the report tests: schools of three kinds spread over towns, each with S1, S4, classes,
// teachers, and a fitness test and a myopia screening for every student.
#include "AssessmentReport.h"

namespace junheng {

struct SyntheticCountySize
{
    int schools = 60;
    int towns = 10;
    int students = 40000;
    int teachers = 3000;
    unsigned seed = 20251123;
};

ReportInputs syntheticCounty(const SyntheticCountySize &size = {});

} // namespace junheng
