#include "SyntheticCounty.h"

#include <random>

namespace junheng {

ReportInputs syntheticCounty(const SyntheticCountySize &size)
{
    std::mt19937 rng(size.seed);
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
    for (int i = 0; i < size.schools; ++i) {
        SchoolData school;
        school.code = QString::number(3703990100LL + i);
        school.name = QStringLiteral("第%1学校").arg(i + 1);
        school.town = QStringLiteral("镇%1").arg(i % size.towns + 1);
        SchoolProfileForm s1;
        s1.schoolType = i < size.schools * 2 / 3     ? QStringLiteral("primary")
                        : i < size.schools * 13 / 15 ? QStringLiteral("junior")
                                                     : QStringLiteral("nine_year");
        s1.schoolSystem = QStringLiteral("6_3");
        s1.location = i % 3 == 0 ? QStringLiteral("rural") : QStringLiteral("urban");
        s1.ownership = QStringLiteral("public");
        s1.boarding = false;
        const int perSchool = size.students / size.schools;
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
        for (int t = 0; t < size.teachers / size.schools; ++t) {
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

} // namespace junheng
