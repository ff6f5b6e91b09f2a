// The issue ledger's C2 rows turned into the reports' owners (LedgerRecords::owners): keyed as the report
// keys its lines, only the cycle's, deleted rows left out, and the later edit winning when two county
// devices made a row for the same item.
#include "LedgerRecords.h"
#include "ReportBuilder.h"

#include <gtest/gtest.h>

using namespace junheng;

namespace {

FormRecord c2(const QString &school, const QString &item, const QString &owner, const QString &updatedAt,
              const QString &cycle = QStringLiteral("2025"))
{
    QJsonObject payload{{"item_code", item},       {"item_title", QStringLiteral("生均教学及辅助用房面积")},
                        {"owner", owner},          {"due_date", "2027-03-31"},
                        {"status", "in_progress"}, {"note", QStringLiteral("新建教学楼")},
                        {"updated_at", updatedAt}};
    if (!school.isEmpty())
        payload.insert("school_code", school);
    return FormRecord{"C2", school.isEmpty() ? QStringLiteral("370399") : school, cycle, payload};
}

} // namespace

TEST(LedgerRecords, OwnersAreKeyedAsTheReportKeysItsLines)
{
    const QList<FormRecord> records{
        c2("3703990101", "R4.primary", QStringLiteral("王校长"), "2026-11-01T08:00:00Z"),
        c2("", "G_teacher_pay", QStringLiteral("县财政局"), "2026-11-02T08:00:00Z")};
    const QHash<QString, LedgerOwner> owners = LedgerRecords::owners(records, "2025");
    ASSERT_EQ(owners.size(), 2);
    const LedgerOwner school = owners.value(ReportBuilder::ledgerKey("3703990101", "R4.primary"));
    EXPECT_EQ(school.owner, QStringLiteral("王校长"));
    EXPECT_EQ(school.due, QDate(2027, 3, 31));
    EXPECT_EQ(school.status, "in_progress");
    EXPECT_EQ(school.note, QStringLiteral("新建教学楼"));
    EXPECT_EQ(school.itemTitle, QStringLiteral("生均教学及辅助用房面积"));
    EXPECT_EQ(school.updatedAt, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    // The county's own item: no school code, as the report keys county items.
    EXPECT_EQ(owners.value(ReportBuilder::ledgerKey(QString(), "G_teacher_pay")).owner,
              QStringLiteral("县财政局"));
}

TEST(LedgerRecords, OnlyTheCyclesLiveRowsOfC2Count)
{
    FormRecord deleted = c2("3703990102", "R1.primary", QStringLiteral("李校长"), "2026-11-01T08:00:00Z");
    deleted.payload = QJsonObject{{"_deleted", true}};
    FormRecord s4{"S4", "3703990103", "2025", QJsonObject{{"item_code", "R1"}, {"owner", "x"}}};
    const QList<FormRecord> records{
        c2("3703990101", "R4.primary", QStringLiteral("王校长"), "2026-11-01T08:00:00Z", "2024"), deleted, s4,
        c2("3703990104", "", QStringLiteral("无项目"), "2026-11-01T08:00:00Z")};
    EXPECT_TRUE(LedgerRecords::owners(records, "2025").isEmpty());
    EXPECT_EQ(LedgerRecords::owners(records, "2024").size(), 1);
}

TEST(LedgerRecords, TheLaterEditOfTwoDevicesWinsWhicheverComesFirst)
{
    const FormRecord older = c2("3703990101", "R4.primary", QStringLiteral("王校长"), "2026-11-01T08:00:00Z");
    const FormRecord newer =
        c2("3703990101", "R4.primary", QStringLiteral("张副校长"), "2026-11-03T09:30:00.250Z");
    const FormRecord undated = c2("3703990101", "R4.primary", QStringLiteral("无日期"), "");
    const QString key = ReportBuilder::ledgerKey("3703990101", "R4.primary");
    EXPECT_EQ(LedgerRecords::owners({older, newer}, "2025").value(key).owner, QStringLiteral("张副校长"));
    EXPECT_EQ(LedgerRecords::owners({newer, older}, "2025").value(key).owner, QStringLiteral("张副校长"));
    EXPECT_EQ(LedgerRecords::owners({newer, undated}, "2025").value(key).owner, QStringLiteral("张副校长"));
    EXPECT_EQ(LedgerRecords::owners({undated, older}, "2025").value(key).owner, QStringLiteral("王校长"));
}

TEST(LedgerRecords, StatusesReadInChinese)
{
    EXPECT_EQ(LedgerRecords::statuses(), (QStringList{"open", "in_progress", "done"}));
    EXPECT_EQ(LedgerRecords::statusLabel("open"), QStringLiteral("未整改"));
    EXPECT_EQ(LedgerRecords::statusLabel("in_progress"), QStringLiteral("整改中"));
    EXPECT_EQ(LedgerRecords::statusLabel("done"), QStringLiteral("已整改"));
    EXPECT_EQ(LedgerRecords::statusLabel(""), QStringLiteral("未整改"));
}
