// The town's home: on a town device the app opens on its schools' completeness (names, not codes), each
// form's review state, the deadline and the review queue, drawn readably.
#include "AppRenderFixture.h"

using namespace junheng;
using namespace junheng::test;

namespace {

class TownHomeRenderTest : public AppRenderTest
{
protected:
    void seedTown()
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
        LocalStore &s = *store.value();
        ASSERT_TRUE(s.saveEnrolment(Enrolment{"http://127.0.0.1:8765",
                                              "t",
                                              "town-pc",
                                              "town",
                                              "370399001",
                                              "城关街道",
                                              "城关街道",
                                              "云溪县",
                                              CycleId,
                                              "2025年度",
                                              {}})
                        .ok());
        ASSERT_TRUE(s.saveDirectory({{SchoolCode, "云溪县实验小学", "370399001", "城关街道", "primary", 1800},
                                     {"3703990102", "城关第二小学", "370399001", "城关街道", "primary", 900}})
                        .ok());
        QMap<QString, int> forms{{"S1", 1}, {"S2", 1}, {"S3", 1}, {"S4", 1}};
        const QDateTime at = QDateTime::currentDateTimeUtc();
        auto note = [&](qint64 seq, const QString &school, const QString &form, const QString &state,
                        bool late) {
            return ReviewNote{seq, CycleId, school, form, state, late, at, "dev", "王老师", "town", {}};
        };
        ASSERT_TRUE(s.applyReviewFeed({CycleInfo{CycleId,
                                                 "2025年度优质均衡监测",
                                                 "2025-03-01",
                                                 "2099-05-31",
                                                 "open",
                                                 "national",
                                                 forms,
                                                 {},
                                                 1}},
                                      {note(2, SchoolCode, "S4", "submitted", false),
                                       note(3, SchoolCode, "S1", "approved", false),
                                       note(4, "3703990102", "S4", "returned", false),
                                       note(5, "3703990102", "S3", "submitted", true)},
                                      5)
                        .ok());
    }
};

} // namespace

TEST_F(TownHomeRenderTest, ShowsSchoolsByNameEachFormsStateTheDeadlineAndTheReviewQueue)
{
    seedTown();
    startApp();
    const QImage image = grab(QStringLiteral("town-home.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("城关街道 · 2025年度优质均衡监测"), QStringLiteral("待审核（2）"),
          QStringLiteral("城关第二小学"), QStringLiteral("S4 已退回"), QStringLiteral("S1 已通过"),
          QStringLiteral("S3 待审核·逾期"), QStringLiteral("逾期提交"), QStringLiteral("各校完成情况")})
        expectReadable(image, shown, needle);
    bool deadline = false;
    for (const ShownText &text : shown)
        deadline = deadline || text.text.contains(QStringLiteral("截止 2099-05-31"));
    EXPECT_TRUE(deadline);
    bool summary = false;
    for (const ShownText &text : shown)
        summary = summary || text.text.contains(
                                 QStringLiteral("2 所学校，8 份表：已通过 1，待审核 2，已退回 1，未提交 4"));
    EXPECT_TRUE(summary);
}
