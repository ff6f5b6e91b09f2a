// The dashboard page: opened from the home page, it shows each indicator with its state and, for a
// school whose S1 lacks most grades, says which fields are missing instead of showing zeros; with a
// school's S1–S6 it draws the fitness, myopia and indicator charts; on a county's device it shows the
// schools × R1–R7 table and the difference coefficients against their limits.
#include "AppRenderFixture.h"
#include "DashboardModel.h"
#include "TestPin.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace junheng;
using namespace junheng::test;

namespace {

const QString PreviousCycle = QStringLiteral("2024-yzjh");

void save(LocalStore &store, const QString &formId, const QString &school, const QString &cycle,
          const QJsonObject &payload)
{
    LocalRecord record;
    record.formId = formId;
    record.formVersion = 1;
    record.schoolCode = school;
    record.cycle = cycle;
    auto saved = store.saveDraft(record, payload);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message);
}

// A primary school (6+3) of 300 pupils: S1, its teachers (S3), its buildings (S4) scaled by `rich`.
void seedSchoolResources(LocalStore &store, const QString &school, double rich)
{
    QJsonObject s1{{"school_type", "primary"}, {"school_system", "6_3"}, {"location", "town"},
                   {"ownership", "public"},    {"founded_year", 1990},   {"has_charter", true}};
    for (int grade = 1; grade <= 6; ++grade)
        s1.insert(QStringLiteral("students_g%1").arg(grade), 50);
    save(store, "S1", school, CycleId, s1);
    save(store, "S4", school, CycleId,
         QJsonObject{{"teaching_area", 1500 * rich},
                     {"sports_area_outdoor", 2400 * rich},
                     {"sports_area_indoor", 0},
                     {"equipment_value", 700000 * rich},
                     {"multimedia_rooms", int(12 * rich)},
                     {"music_rooms", 1},
                     {"art_rooms", 1},
                     {"classes", 6}});
    const QStringList subjects{"chinese", "math", "english", "pe", "music", "art", "science", "chinese"};
    const int teachers = int(18 * rich);
    for (int i = 0; i < teachers; ++i)
        save(store, "S3", school, CycleId,
             QJsonObject{{"name", QStringLiteral("教师%1").arg(i)},
                         {"staff_no", QStringLiteral("%1-T%2").arg(school).arg(i)},
                         {"sex", i % 2 ? "2" : "1"},
                         {"birth_year", 1980 + i % 15},
                         {"full_time", true},
                         {"stage", "primary"},
                         {"subject", subjects.at(i % subjects.size())},
                         {"degree", i % 5 == 0 ? "junior_college" : "bachelor"},
                         {"certificate", true},
                         {"backbone", i % 4 == 0 ? "county" : "none"},
                         {"establishment", "staffed"}});
}

// Five pupils a grade screened; `myopic` of them are myopic in grade g (more in higher grades).
void seedScreening(LocalStore &store, const QString &school, const QString &cycle, int extra)
{
    for (int grade = 1; grade <= 6; ++grade)
        for (int i = 0; i < 5; ++i) {
            const bool myopic = i < (grade + extra) / 2;
            save(store, "S5", school, cycle,
                 QJsonObject{{"student_id", QStringLiteral("G%1%2").arg(grade).arg(i)},
                             {"name", QStringLiteral("学生%1%2").arg(grade).arg(i)},
                             {"sex", i % 2 ? "2" : "1"},
                             {"birth_date", QStringLiteral("%1-03-01").arg(2019 - grade)},
                             {"grade", grade},
                             {"class_name", "1班"},
                             {"screening_date", "2025-09-10"},
                             {"glasses", "none"},
                             {"ua_right", myopic ? 4.7 : 5.0},
                             {"ua_left", 5.0},
                             {"sph_right", myopic ? -1.5 : 0.25},
                             {"cyl_right", 0},
                             {"sph_left", 0.25},
                             {"cyl_left", 0}});
        }
}

// Twelve first-graders from weak to strong, so all four fitness grades appear.
void seedFitness(LocalStore &store, const QString &school)
{
    for (int i = 0; i < 12; ++i) {
        const double q = i / 11.0;
        save(store, "S6", school, CycleId,
             QJsonObject{{"grade_code", 11},
                         {"class_code", "01"},
                         {"class_name", "1班"},
                         {"student_id", QStringLiteral("F%1").arg(i)},
                         {"ethnicity", "01"},
                         {"name", QStringLiteral("学生F%1").arg(i)},
                         {"sex", i % 2 ? "2" : "1"},
                         {"birth_date", "2018-05-01"},
                         {"height", 120},
                         {"weight", 22},
                         {"lung", int(500 + q * 1500)},
                         {"run50", 14.0 - q * 4.5},
                         {"sit_reach", -2 + q * 18},
                         {"rope", int(10 + q * 120)}});
    }
}

Enrolment enrolment(const QString &role, const QString &code, const QString &name)
{
    Enrolment e;
    e.serverUrl = QStringLiteral("http://127.0.0.1:8765");
    e.token = QStringLiteral("test-token");
    e.deviceId = QStringLiteral("tablet-1");
    e.role = role;
    e.scopeCode = code;
    e.scopeName = name;
    e.townName = QStringLiteral("城关街道");
    e.countyName = QStringLiteral("云溪县");
    e.cycleId = CycleId;
    e.cycleName = QStringLiteral("2025年度优质均衡监测");
    return e;
}

} // namespace

class DashboardRenderTest : public AppRenderTest
{
protected:
    void openDashboard(QSize size)
    {
        startApp(size);
        QObject *button = nullptr;
        for (QObject *object : m_window->findChildren<QObject *>())
            if (object->objectName() == QLatin1String("dashboardButton"))
                button = object;
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(QMetaObject::invokeMethod(button, "clicked"));
        QObject *pages = stack();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return pages->property("depth").toInt() == 2 && !pages->property("busy").toBool(); },
            5000));
        ASSERT_TRUE(waitForFrame(m_window));
    }

    int visibleNamed(const QString &name) const
    {
        // Through the visual tree: items made by Loaders and Repeaters are not QObject children.
        int count = 0;
        QList<QQuickItem *> pending{m_window->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeLast();
            if (item->objectName() == name && item->isVisible() && item->width() > 0 && item->height() > 0)
                ++count;
            pending << item->childItems();
        }
        return count;
    }
};

TEST_F(DashboardRenderTest, ShowsIndicatorsAndWhatIsMissing)
{
    seedEnrolledSchool();
    openDashboard({1280, 800});

    const QImage image = grab(QStringLiteral("dashboard.png"));
    EXPECT_GT(distinctColours(image), 20);
    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("评估指标"), QStringLiteral("资源配置 · 小学部"),
                                  QStringLiteral("生均教学及辅助用房面积"), QStringLiteral("未计算")})
        expectReadable(image, shown, needle);
    // S1 has only grade 1: the missing grades are named instead of a value computed with zeros.
    EXPECT_NE(findText(shown, QStringLiteral("S1.students_g2")), nullptr) << qPrintable(describe(shown));
    // No S5/S6 yet: the chart panel says what to enter instead of drawing empty charts.
    expectReadable(image, shown, QStringLiteral("还没有已评分的体质健康测试记录"));
    EXPECT_EQ(visibleNamed(QStringLiteral("fitnessChart")), 0);
    // Nothing of R1–R7 can be computed: no chart of empty bars, but what to do.
    EXPECT_EQ(visibleNamed(QStringLiteral("indicatorChart")), 0);
    expectReadable(image, shown, QStringLiteral("7 项指标都还缺数据"));
}

TEST_F(DashboardRenderTest, SchoolChartsShowFitnessMyopiaAndIndicators)
{
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
        ASSERT_TRUE(store.value()->saveEnrolment(enrolment("school", SchoolCode, "云溪县实验小学")).ok());
        ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
        seedSchoolResources(*store.value(), SchoolCode, 1.0);
        seedScreening(*store.value(), SchoolCode, CycleId, 1);
        seedScreening(*store.value(), SchoolCode, PreviousCycle, 0);
        seedFitness(*store.value(), SchoolCode);
    }
    openDashboard({1280, 1500});

    const QImage image = grab(QStringLiteral("dashboard-school-charts.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("体质健康"), QStringLiteral("已测 12 人"), QStringLiteral("有效筛查 30 人"),
          QStringLiteral("上一轮"), QStringLiteral("资源配置指标 · 小学部")})
        expectReadable(image, shown, needle);
    EXPECT_EQ(visibleNamed(QStringLiteral("fitnessChart")), 1);
    EXPECT_EQ(visibleNamed(QStringLiteral("myopiaChart")), 1);
    EXPECT_EQ(visibleNamed(QStringLiteral("indicatorChart")), 1);
    // The charts are drawn: the panel has far more colours than flat cards with text.
    EXPECT_GT(distinctColours(image), 60);

    // What the charts were given: 3 优秀, 2 良好, 5 及格, 2 不及格; 40% myopic now, 30% last cycle, and per
    // grade (1 + 1) / 2 … (6 + 1) / 2 of five pupils now against grade / 2 of five then.
    const auto *model = m_window->findChild<DashboardModel *>();
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->fitness().value("counts").toList(), (QVariantList{3, 2, 5, 2}));
    EXPECT_DOUBLE_EQ(model->myopia().value("rate").toDouble(), 0.4);
    EXPECT_DOUBLE_EQ(model->myopia().value("previousRate").toDouble(), 0.3);
    const QVariantList grades = model->myopia().value("grades").toList();
    ASSERT_EQ(grades.size(), 6);
    EXPECT_EQ(grades[2].toMap().value("label").toString(), QStringLiteral("三年级"));
    EXPECT_DOUBLE_EQ(grades[2].toMap().value("rate").toDouble(), 0.4);
    EXPECT_DOUBLE_EQ(grades[2].toMap().value("previousRate").toDouble(), 0.2);
    ASSERT_EQ(model->indicatorChart().size(), 1);
    // R4: 1500 ㎡ for 300 pupils = 5.00 against 4.50.
    EXPECT_NEAR(model->indicatorChart()[0].toMap().value("percents").toList()[3].toDouble(), 5.0 / 4.5 * 100,
                1e-9);
    EXPECT_FALSE(model->areaView());

    // Narrow: the charts move above the list.
    resize({600, 1500});
    // The list goes back to its top once the charts above it have their final height (a frame later).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const ShownText *text = findText(texts(), QStringLiteral("已测 12 人"));
            return text && isOnScreen(*text, m_window);
        },
        3000));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage narrow = grab(QStringLiteral("dashboard-school-charts-narrow.png"));
    expectReadable(narrow, texts(), QStringLiteral("已测 12 人"));
    EXPECT_EQ(visibleNamed(QStringLiteral("myopiaChart")), 1);
}

TEST_F(DashboardRenderTest, CountyDeviceShowsSchoolsTableAndCoefficients)
{
    const QStringList schools{"3703990101", "3703990102", "3703990103"};
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
        ASSERT_TRUE(store.value()->saveEnrolment(enrolment("county", "370399", "云溪县")).ok());
        ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
        seedSchoolResources(*store.value(), schools[0], 1.0);
        seedSchoolResources(*store.value(), schools[1], 0.6);
        seedSchoolResources(*store.value(), schools[2], 1.6);
    }
    openDashboard({1280, 900});

    const QImage image = grab(QStringLiteral("dashboard-county.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("各校资源配置指标"), QStringLiteral("差异系数（校际均衡）"),
                                  QStringLiteral("县 · 云溪县（3 校）"), QStringLiteral("≤ 0.50"), schools[1],
                                  QStringLiteral("导出体测上报文件")})
        expectReadable(image, shown, needle);
    EXPECT_NE(findText(shown, QStringLiteral("未达标")), nullptr) << qPrintable(describe(shown));

    // The weak school fails the 6-of-7 rule (R1, R4, R5, R6 below), the others pass; one county row.
    const auto *model = m_window->findChild<DashboardModel *>();
    ASSERT_NE(model, nullptr);
    EXPECT_TRUE(model->areaView());
    const QVariantList table = model->schoolTable();
    ASSERT_EQ(table.size(), 3);
    QStringList rules;
    for (const QVariant &row : table)
        rules << row.toMap().value("rule").toMap().value("state").toString();
    EXPECT_EQ(rules, (QStringList{"pass", "fail", "pass"}));
    ASSERT_EQ(model->coefficients().size(), 1);
    const QVariantList cells = model->coefficients()[0].toMap().value("cells").toList();
    ASSERT_EQ(cells.size(), 7);
    for (const QVariant &cell : cells) {
        EXPECT_DOUBLE_EQ(cell.toMap().value("threshold").toDouble(), 0.5);
        EXPECT_EQ(cell.toMap().value("state").toString(), QStringLiteral("pass"));
    }
}

TEST_F(DashboardRenderTest, CountyDeviceExportsTheReportAsXlsxAndPdf)
{
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
        ASSERT_TRUE(store.value()->saveEnrolment(enrolment("county", "370399", "云溪县")).ok());
        ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
        seedSchoolResources(*store.value(), QStringLiteral("3703990101"), 1.0);
        seedSchoolResources(*store.value(), QStringLiteral("3703990102"), 0.6);
    }
    openDashboard({1280, 900});
    QObject *button = nullptr;
    for (QObject *object : m_window->findChildren<QObject *>())
        if (object->objectName() == QLatin1String("dashboardExport"))
            button = object;
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->property("visible").toBool()) << "a county device can export its report";

    auto *model = m_window->findChild<DashboardModel *>();
    ASSERT_NE(model, nullptr);
    QTemporaryDir out;
    const QString message = model->exportReport(QUrl::fromLocalFile(out.path()));
    EXPECT_TRUE(message.startsWith(QStringLiteral("已保存"))) << qPrintable(message);
    EXPECT_GT(QFileInfo(out.filePath(QStringLiteral("云溪县监测报告.xlsx"))).size(), 1000);
    QFile pdf(out.filePath(QStringLiteral("云溪县监测报告.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));

    const QString missing = model->exportReport(QUrl::fromLocalFile(out.filePath(QStringLiteral("nowhere"))));
    EXPECT_TRUE(missing.contains(QStringLiteral("不存在"))) << qPrintable(missing);
}
