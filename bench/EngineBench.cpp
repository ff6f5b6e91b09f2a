// The assessment engine on a county at the top of the design scale (DOMAIN §1): 60 schools, 40,000
// students (each with a fitness test and a myopia screening) and 3,000 teachers. Everything the engine
// computes — R1–R7, the 6-of-7 rule, gaps and plans, what-if, town and county coefficients, government and
// quality items, fitness scores and rates, myopia rates — must take ≤ 100 ms.
#include "AssessmentReport.h"
#include "FormAdapter.h"
#include "JsonLineReporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <ctime>
#include <random>

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

// A county with fixed pseudo-random figures (the same every run).
ReportInputs county()
{
    std::mt19937 rng(20251123);
    auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    ReportInputs inputs;
    inputs.county.name = QStringLiteral("云溪县");
    CountyForm c1;
    c1.teacherAvgPay = 98000;
    c1.civilServantAvgPay = 97000;
    c1.socialRecognitionRate = 90;
    inputs.county.form = c1;
    const QStringList degrees{"junior_college", "bachelor", "bachelor", "master", "secondary_vocational"};
    const QStringList subjects{"chinese", "math", "english", "pe", "music", "art", "science", "it"};
    const QStringList backbones{"none", "none", "none", "school", "county", "city"};
    for (int i = 0; i < kSchools; ++i) {
        SchoolData school;
        school.code = QString::number(3703990100LL + i);
        school.name = QStringLiteral("第%1学校").arg(i + 1);
        school.town = QStringLiteral("镇%1").arg(i % 10 + 1);
        SchoolProfileForm s1;
        s1.schoolType = i < 40   ? QStringLiteral("primary")
                        : i < 52 ? QStringLiteral("junior")
                                 : QStringLiteral("nine_year");
        s1.schoolSystem = QStringLiteral("6_3");
        s1.location = i % 3 == 0 ? QStringLiteral("rural") : QStringLiteral("urban");
        s1.ownership = QStringLiteral("public");
        s1.boarding = false;
        const int perSchool = kStudents / kSchools;
        const int firstGrade = s1.schoolType == QLatin1String("junior") ? 7 : 1;
        const int lastGrade = s1.schoolType == QLatin1String("primary") ? 6 : 9;
        for (int g = 1; g <= 9; ++g)
            s1.students[g - 1] =
                g >= firstGrade && g <= lastGrade ? perSchool / (lastGrade - firstGrade + 1) : 0;
        s1.publicFundsBudget = perSchool * uniform(500, 900);
        s1.trainingSpend = *s1.publicFundsBudget * uniform(0.03, 0.07);
        s1.migrantTotal = 50;
        s1.migrantPublic = 45;
        s1.newEntrants = 120;
        s1.newEntrantsZoned = 118;
        s1.hasCharter = true;
        s1.digitised = true;
        school.profile = s1;
        FacilitiesForm s4;
        s4.teachingArea = perSchool * uniform(3.5, 7);
        s4.sportsAreaOutdoor = perSchool * uniform(6, 12);
        s4.equipmentValue = perSchool * uniform(1500, 3500);
        s4.multimediaRooms = int(perSchool * uniform(0.02, 0.03));
        s4.classes = perSchool / 45 + 1;
        s4.musicRooms = 2;
        s4.musicRoomAreas = {96, 100};
        s4.artRooms = 1;
        s4.artRoomAreas = {88};
        school.facilities = s4;
        school.hasClasses = true;
        for (int c = 0; c < *s4.classes; ++c)
            school.classes << ClassRow{firstGrade + c % (lastGrade - firstGrade + 1),
                                       QStringLiteral("%1班").arg(c + 1), perSchool / *s4.classes};
        school.hasTeachers = true;
        for (int t = 0; t < kTeachers / kSchools; ++t) {
            TeacherRow row;
            row.fullTime = t % 10 != 0;
            row.degree = degrees[t % degrees.size()];
            row.subject = subjects[t % subjects.size()];
            row.backbone = backbones[t % backbones.size()];
            row.stage = t % 3 == 0 ? QStringLiteral("junior") : QStringLiteral("primary");
            row.certificate = true;
            row.trainingHours = uniform(200, 450);
            row.rotationEligible = t % 4 == 0;
            row.rotated = t % 16 == 0;
            school.teachers << row;
        }
        const int lastPrimary = 6;
        for (int k = 0; k < perSchool; ++k) {
            const int grade = firstGrade + k % (lastGrade - firstGrade + 1);
            const int sex = k % 2 + 1;
            StudentFitness f;
            f.studentId = school.code + QString::number(k);
            f.schoolCode = school.code;
            f.town = school.town;
            f.className = QStringLiteral("%1班").arg(k % 8 + 1);
            f.gradeCode = grade <= lastPrimary ? 10 + grade : 14 + grade;
            f.sex = sex;
            f.height = uniform(115, 175);
            f.weight = uniform(20, 70);
            f.lung = uniform(800, 4000);
            f.run50 = uniform(7, 13);
            f.sitReach = uniform(-5, 20);
            f.rope = uniform(20, 180);
            f.situps = uniform(10, 55);
            f.shuttle50x8 = uniform(90, 140);
            f.longJump = uniform(140, 250);
            f.pullups = uniform(0, 15);
            f.run1000 = uniform(200, 330);
            f.run800 = uniform(190, 300);
            inputs.fitness << f;

            StudentScreening s;
            s.studentId = f.studentId;
            s.schoolCode = school.code;
            s.town = school.town;
            s.sex = sex;
            s.grade = grade;
            s.birthDate = QDate(2025 - grade - 6, 3, 1);
            s.screeningDate = QDate(2025, 9, 15);
            s.glasses = QStringLiteral("none");
            s.uaRight = uniform(4.3, 5.3);
            s.uaLeft = uniform(4.3, 5.3);
            s.sphRight = uniform(-4, 1);
            s.sphLeft = uniform(-4, 1);
            s.cylRight = uniform(-1, 0);
            s.cylLeft = uniform(-1, 0);
            inputs.screening << s;
        }
        inputs.county.schools << school;
    }
    return inputs;
}

// Process CPU time: these machines are shared, so wall time alone says more about the neighbours.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

void engine_county_report(benchmark::State &state)
{
    const ReportInputs inputs = county();
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
// The resource part alone (R1–R7, rules, gaps, what-if, coefficients), without the 80,000 student rows.
void engine_resource_only(benchmark::State &state)
{
    ReportInputs inputs = county();
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
