// Renders the roster page with 3,000 rows offscreen (roster_3000.png, roster_errors.png,
// roster_row_editor.png, roster_portrait.png, home_roster.png) and checks what a person sees: the counts,
// the column titles, the rows, the error marks; and that keyboard entry and the row editor save rows.
#include "AppController.h"
#include "AppRenderFixture.h"
#include "RosterController.h"
#include "RosterFixture.h"

#include <QQuickItem>
#include <QTest>

using namespace junheng;
using namespace junheng::test;
using namespace junheng::testing;

namespace {

// QTest::keyClicks takes widgets only.
void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

class RosterRenderTest : public AppRenderTest
{
protected:
    // An enrolled school with 3,000 students: row 3 has an impossible height (error), row 6 a slow
    // 50 m run (warning), row 10 repeats row 1's student id (both rows flagged).
    void seedRoster()
    {
        seedEnrolledSchool();
        useFormsWithRosterFixture();
        QList<QJsonObject> rows = rosterFixtureRows(3000);
        rows[2]["height"] = 300;
        rows[5]["run50"] = 15.5;
        rows[9]["student_id"] = rows[0]["student_id"];
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok());
        // Two batches: the duplicate id in one batch would update its first row instead.
        auto first = store.value()->upsertRosterRows(m_form, SchoolCode, CycleId, rows.mid(0, 9));
        ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
        LocalRecord record;
        record.schoolCode = SchoolCode;
        record.cycle = CycleId;
        ASSERT_TRUE(store.value()->saveRosterRow(m_form, record, rows[9]).ok());
        ASSERT_TRUE(store.value()->upsertRosterRows(m_form, SchoolCode, CycleId, rows.mid(10)).ok());
    }

    RosterController *roster() const { return m_context->rosterController(); }
    QQuickItem *table() const { return m_window->findChild<QQuickItem *>(QStringLiteral("rosterTable")); }
    int column(const QString &fieldId) const
    {
        for (int c = 1; c < roster()->model()->columnCount(); ++c) {
            if (roster()->model()->fieldAt(c)->id == fieldId)
                return c;
        }
        return -1;
    }

    FormDefinition m_form = rosterFixtureForm();
};

} // namespace

TEST_F(RosterRenderTest, ThreeThousandRowsShowCountsColumnsRowsAndMarks)
{
    seedRoster();
    startApp({1280, 800});
    openForm(QStringLiteral("T6"));
    const QImage image = grab(QStringLiteral("roster_3000.png"));
    EXPECT_GT(distinctColours(image), 40);
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("体质测试（测试用）"), QStringLiteral("共 3000 行"), QStringLiteral("学籍号"),
          QStringLiteral("身高（厘米）"), QStringLiteral("添加一行"), QStringLiteral("全部年级编号"),
          QStringLiteral("G370100000000"), rosterFixtureRow(1)["name"].toString()})
        expectReadable(image, shown, needle);
    const ShownText *counts = findText(shown, QStringLiteral("共 3000 行"));
    ASSERT_NE(counts, nullptr);
    EXPECT_TRUE(counts->text.contains(QStringLiteral("3 行有错误"))) << qPrintable(counts->text);
    EXPECT_TRUE(counts->text.contains(QStringLiteral("1 行有提醒"))) << qPrintable(counts->text);
    // The impossible height is shown in its cell, in red.
    const ShownText *height = findText(shown, QStringLiteral("300"));
    ASSERT_NE(height, nullptr) << qPrintable(describe(shown));
    EXPECT_GT(redShare(image, height->sceneRect, m_window), 0.02);
    // Only the rows on screen were made: the grid does not build 3,000 rows of cells.
    int cells = 0;
    for (const ShownText &text : shown)
        cells += text.text.startsWith(QLatin1String("G3701")) ? 1 : 0;
    EXPECT_GT(cells, 10);
    EXPECT_LT(cells, 60);
}

TEST_F(RosterRenderTest, SortingAndTheErrorFilterReorderTheGrid)
{
    seedRoster();
    startApp({1280, 800});
    openForm(QStringLiteral("T6"));
    RosterModel *model = roster()->model();
    model->sortBy(column(QStringLiteral("height")));
    model->sortBy(column(QStringLiteral("height"))); // descending
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_EQ(model->cellText(0, column(QStringLiteral("height"))), QStringLiteral("300"));
    EXPECT_NE(findText(texts(), QStringLiteral("身高（厘米） ▼")), nullptr);

    model->setIssueFilter(1);
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_EQ(model->shownRows(), 3);
    const QImage image = grab(QStringLiteral("roster_errors.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("筛选后显示 3 行"));
    expectReadable(image, shown, QStringLiteral("有错误的行"));
}

TEST_F(RosterRenderTest, KeyboardEntrySavesTheCellAndMovesOn)
{
    seedRoster();
    startApp({1280, 800});
    openForm(QStringLiteral("T6"));
    const int heightColumn = column(QStringLiteral("height"));
    roster()->setCurrent(1, heightColumn);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table() && table()->hasActiveFocus(); }, 3000));
    typeText(m_window, QStringLiteral("1"));
    ASSERT_TRUE(roster()->isEditing());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return m_window->activeFocusItem() && m_window->activeFocusItem()->inherits("QQuickTextField");
        },
        3000))
        << "the input takes the keys";
    typeText(m_window, QStringLiteral("51.5"));
    QTest::keyClick(m_window, Qt::Key_Tab);
    EXPECT_FALSE(roster()->isEditing());
    EXPECT_EQ(roster()->currentColumn(), heightColumn + 1);
    EXPECT_EQ(roster()->model()->cellText(1, heightColumn), QStringLiteral("151.5"));
    auto store = m_context->store();
    EXPECT_EQ(store->record(roster()->model()->recordAt(1)->uuid)->payload["height"].toDouble(), 151.5);

    // Enter starts typing in the current cell (体重), its text selected; a value out of range is saved
    // and marked, and Enter moves down.
    QTest::keyClick(m_window, Qt::Key_Return);
    ASSERT_TRUE(roster()->isEditing());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return m_window->activeFocusItem() && m_window->activeFocusItem()->inherits("QQuickTextField");
        },
        3000))
        << "the input takes the keys";
    typeText(m_window, QStringLiteral("500"));
    QTest::keyClick(m_window, Qt::Key_Return);
    EXPECT_EQ(roster()->currentRow(), 2);
    EXPECT_EQ(roster()->model()->cellText(1, heightColumn + 1), QStringLiteral("500"));
    EXPECT_EQ(roster()->model()->errorRows(), 4);
    roster()->setCurrent(1, heightColumn + 1);
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("roster_keyboard.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("「体重」"));
}

TEST_F(RosterRenderTest, TheRowEditorShowsTheFormsFieldsAndSavesTheRow)
{
    seedRoster();
    startApp({1280, 800});
    openForm(QStringLiteral("T6"));
    QObject *rosterPage = m_window->findChild<QObject *>(QStringLiteral("rosterPage"));
    ASSERT_NE(rosterPage, nullptr);
    ASSERT_TRUE(QMetaObject::invokeMethod(rosterPage, "openRowEditor", Q_ARG(QVariant, 2)));
    QObject *dialog = nullptr;
    for (QObject *object : m_window->findChildren<QObject *>()) {
        if (object->inherits("QQuickDialog") &&
            object->property("title").toString().contains(QStringLiteral("编辑")))
            dialog = object;
    }
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 5000));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("roster_row_editor.png"));
    const QList<ShownText> shown = texts();
    // Texts of the dialog only (the grid behind it has the same column titles).
    for (const QString &needle : {QStringLiteral("编辑第 3 行（张明，G370100000002）"),
                                  QStringLiteral("允许范围 80 – 250 厘米"), QStringLiteral("删除这一行")})
        expectReadable(image, shown, needle);

    ASSERT_TRUE(roster()->saveRow(2, {{QStringLiteral("height"), QStringLiteral("150")}}));
    EXPECT_EQ(roster()->model()->errorRows(), 2);
    // A new row from the editor.
    ASSERT_TRUE(roster()->saveRow(-1, {{"student_id", "NEW1"}, {"name", QStringLiteral("新同学")}}));
    EXPECT_EQ(roster()->model()->totalRows(), 3001);
}

TEST_F(RosterRenderTest, PortraitTabletShowsTheGridAndFilters)
{
    seedRoster();
    startApp({800, 1280});
    openForm(QStringLiteral("T6"));
    const QImage image = grab(QStringLiteral("roster_portrait.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("共 3000 行"));
    expectReadable(image, shown, QStringLiteral("学籍号"));
    expectReadable(image, shown, QStringLiteral("添加一行"));
}

TEST_F(RosterRenderTest, HomePageListsTheRosterWithItsCounts)
{
    seedRoster();
    startApp({1280, 1000}); // tall enough for the test roster, the last card, under the dashboard button
    const QImage image = grab(QStringLiteral("home_roster.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("T6 体质测试（测试用）"));
    expectReadable(image, shown, QStringLiteral("名单共 3000 行"));
    const ShownText *issues = findText(shown, QStringLiteral("行有错误"));
    ASSERT_NE(issues, nullptr);
    EXPECT_TRUE(issues->text.contains(QStringLiteral("3 行有错误")));
}
