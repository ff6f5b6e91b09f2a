// S2's roster page shows what no single row can: a grade whose class headcounts do not add up to S1's
// enrolment (the sum_matches rule), as a banner, in the page's counts, and as a reason 定稿全部 refuses
// (roster_sum_mismatch.png).
#include "AppController.h"
#include "AppRenderFixture.h"
#include "FormCatalog.h"
#include "FormListModel.h"
#include "RosterController.h"

#include <QTest>

using namespace junheng;
using namespace junheng::test;

namespace {

class RosterSumRenderTest : public AppRenderTest
{
protected:
    RosterController *roster() const { return m_context->rosterController(); }
};

} // namespace

TEST_F(RosterSumRenderTest, AGradeWhoseClassesDoNotAddUpToS1IsShownAndBlocksFinalising)
{
    seedEnrolledSchool(); // S1: 95 students in grade 1
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok());
        const FormCatalog catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
        const QList<QJsonObject> classes{
            {{"grade", 1}, {"class_name", QStringLiteral("1班")}, {"headcount", 45}},
            {{"grade", 1}, {"class_name", QStringLiteral("2班")}, {"headcount", 45}},
        };
        ASSERT_TRUE(store.value()->upsertRosterRows(*catalog.find("S2"), SchoolCode, CycleId, classes).ok());
    }
    startApp({1280, 800});
    openForm(QStringLiteral("S2"));
    ASSERT_EQ(roster()->rosterIssues().size(), 1);
    const QString message = roster()->rosterIssues().first();
    for (const QString &part : {QStringLiteral("为 1 的"), QStringLiteral("合计 90"), QStringLiteral("95")})
        EXPECT_TRUE(message.contains(part)) << qPrintable(message);
    EXPECT_EQ(roster()->model()->errorRows(), 0) << "no row is wrong by itself";

    const QImage image = grab(QStringLiteral("roster_sum_mismatch.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("名单整体 1 处不符"));
    expectReadable(image, shown, QStringLiteral("合计 90"));

    EXPECT_FALSE(roster()->finaliseAll());
    EXPECT_TRUE(roster()->noticeIsError());
    EXPECT_TRUE(roster()->notice().contains(QStringLiteral("合计 90"))) << qPrintable(roster()->notice());

    // The second class had 50: the grade adds up, the banner goes, and the roster can be finalised.
    const int headcount = [&] {
        for (int c = 1; c < roster()->model()->columnCount(); ++c) {
            if (roster()->model()->fieldAt(c)->id == QLatin1String("headcount"))
                return c;
        }
        return -1;
    }();
    ASSERT_GT(headcount, 0);
    EXPECT_EQ(roster()->model()->setCellText(1, headcount, QStringLiteral("50")), QString());
    EXPECT_TRUE(roster()->rosterIssues().isEmpty()) << qPrintable(roster()->rosterIssues().join("\n"));
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_EQ(findText(texts(), QStringLiteral("名单整体")), nullptr);
    EXPECT_TRUE(roster()->finaliseAll()) << qPrintable(roster()->notice());
}

// Forms carry who fills them: a school's home page lists S1–S6, not the county's C1; a county device C1.
TEST_F(RosterSumRenderTest, TheHomePageListsOnlyTheFormsOfTheDevicesRole)
{
    seedEnrolledSchool();
    startApp({1280, 1000});
    auto listed = [&] {
        QStringList ids;
        FormListModel *forms = m_context->appController()->forms();
        for (int i = 0; i < forms->rowCount(); ++i)
            ids << forms->data(forms->index(i), FormListModel::FormIdRole).toString();
        return ids;
    };
    EXPECT_EQ(listed(), (QStringList{"S1", "S2", "S3", "S4", "S5", "S6"}));
    EXPECT_EQ(findText(texts(), QStringLiteral("县级保障与质量")), nullptr);

    Enrolment county = *m_context->store()->enrolment();
    county.role = QStringLiteral("county");
    county.scopeCode = QStringLiteral("370399");
    county.scopeName = QStringLiteral("云溪县");
    ASSERT_TRUE(m_context->store()->saveEnrolment(county).ok());
    m_context->appController()->refresh();
    EXPECT_EQ(listed(), QStringList{"C1"});
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("home_county.png"));
    expectReadable(image, texts(), QStringLiteral("县级保障与质量"));
}
