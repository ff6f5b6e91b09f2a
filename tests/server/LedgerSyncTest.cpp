// The issue ledger (C2, filled by the county) through the ordinary push and pull: a county device's rows
// are accepted (about a school, or the county's own under the county code), a town or school device's are
// refused, another county device pulls them, the school's town sees its schools' rows, and the county
// report the server hands out carries the owner.
#include "EnrolmentService.h"
#include "TestServer.h"
#include "XlsxReader.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::server;
using namespace junheng::server::test;

namespace {

const QString County = QStringLiteral("370399");
const QString SchoolA = QStringLiteral("3703990101"); // 城关街道 (370399001)
const QString SchoolC = QStringLiteral("3703990301"); // 西湖镇

QJsonObject ledgerRow(const QString &school, const QString &item, const QString &owner)
{
    QJsonObject payload{{"item_code", item},
                        {"item_title", QStringLiteral("生均教学及辅助用房面积")},
                        {"owner", owner},
                        {"due_date", "2027-03-31"},
                        {"status", "in_progress"},
                        {"note", QStringLiteral("新建教学楼一栋")},
                        {"updated_at", "2026-11-23T08:00:00.000Z"}};
    if (!school.isEmpty())
        payload.insert("school_code", school);
    return payload;
}

class LedgerSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        m_county = m_server.enrol(County);
        ASSERT_FALSE(m_county.isEmpty());
        for (const QString &school : {SchoolA, SchoolC}) {
            const HttpReply reply = push({wireRecord(newUuid(), school, "S1", validS1Payload(), 1, 0),
                                          wireRecord(newUuid(), school, "S4", validS4Payload(), 1, 0)},
                                         m_county);
            ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        }
    }

    HttpReply push(const QList<QJsonObject> &records, const QString &token)
    {
        return m_server.postJson("/api/v1/records/push", pushBody(records), token);
    }

    // The demo's county code is used by SetUp; a second device gets a code of its own, as
    // `junheng-server issue-code county 370399` gives one.
    QString enrolAnotherCountyDevice()
    {
        auto code = EnrolmentService(m_server.database().connection()).issueCode("county", County);
        EXPECT_TRUE(code.ok()) << (code.ok() ? std::string() : code.error().message.toStdString());
        if (!code.ok())
            return {};
        const HttpReply reply = m_server.postJson("/api/v1/enrol", QJsonObject{{"code", code.value()}});
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json.value("token").toString();
    }

    static QJsonObject result(const HttpReply &reply, int index)
    {
        return reply.json.value("results").toArray().at(index).toObject();
    }

    QList<protocol::WireRecord> pulledC2(const QString &token)
    {
        const HttpReply reply = m_server.get("/api/v1/changes?since=0", token);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        auto parsed = protocol::PullReply::fromJson(reply.json);
        EXPECT_TRUE(parsed.ok()) << reply.body.toStdString();
        QList<protocol::WireRecord> rows;
        for (const protocol::Change &change : parsed.ok() ? parsed->changes : QList<protocol::Change>{})
            if (change.record.formId == QLatin1String("C2"))
                rows << change.record;
        return rows;
    }

    TestServer m_server;
    QString m_county;
};

} // namespace

TEST_F(LedgerSyncTest, CountyRowsAreAcceptedAndAnotherCountyDevicePullsThem)
{
    const QString schoolRow = newUuid(), countyRow = newUuid();
    const HttpReply reply = push(
        {wireRecord(schoolRow, SchoolA, "C2", ledgerRow(SchoolA, "R4.primary", QStringLiteral("王校长"))),
         wireRecord(countyRow, County, "C2", ledgerRow({}, "G_teacher_pay", QStringLiteral("县财政局")))},
        m_county);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(result(reply, 0).value("outcome").toString(), "applied") << reply.body.toStdString();
    EXPECT_EQ(result(reply, 1).value("outcome").toString(), "applied") << reply.body.toStdString();

    // A second county device gets both; the town of 城关街道 gets its school's row, not the county's own.
    const QString otherCounty = enrolAnotherCountyDevice();
    ASSERT_FALSE(otherCounty.isEmpty());
    ASSERT_NE(otherCounty, m_county);
    QStringList uuids;
    for (const protocol::WireRecord &row : pulledC2(otherCounty)) {
        uuids << row.uuid;
        if (row.uuid == schoolRow) {
            EXPECT_EQ(row.payload.value("owner").toString(), QStringLiteral("王校长"));
        }
    }
    uuids.sort();
    QStringList expected{schoolRow, countyRow};
    expected.sort();
    EXPECT_EQ(uuids, expected);
    const QString town = m_server.enrol("370399001");
    ASSERT_FALSE(town.isEmpty());
    const QList<protocol::WireRecord> townRows = pulledC2(town);
    ASSERT_EQ(townRows.size(), 1);
    EXPECT_EQ(townRows.first().uuid, schoolRow);

    // Not a submission for review: the town's queue does not list the county's ledger.
    const HttpReply events = m_server.get("/api/v1/events?since=0", town);
    ASSERT_EQ(events.status, 200) << events.body.left(300).toStdString();
    EXPECT_FALSE(events.body.contains("\"C2\"")) << events.body.left(400).toStdString();
}

TEST_F(LedgerSyncTest, ATownOrSchoolDeviceCannotWriteTheLedgerNorACountyAnotherSchoolsForm)
{
    const QString town = m_server.enrol("370399001");
    ASSERT_FALSE(town.isEmpty());
    const HttpReply fromTown = push(
        {wireRecord(newUuid(), SchoolA, "C2", ledgerRow(SchoolA, "R4.primary", QStringLiteral("镇里填的")))},
        town);
    ASSERT_EQ(fromTown.status, 200) << fromTown.body.toStdString();
    EXPECT_EQ(result(fromTown, 0).value("outcome").toString(), "rejected");
    const QJsonObject error = result(fromTown, 0).value("error").toObject();
    EXPECT_EQ(error.value("code").toString(), "scope.forbidden");
    EXPECT_TRUE(error.value("message").toString().contains(QStringLiteral("由县教育局填写")))
        << error.value("message").toString().toStdString();

    const QString school = m_server.enrol(SchoolA);
    const HttpReply fromSchool = push(
        {wireRecord(newUuid(), SchoolA, "C2", ledgerRow(SchoolA, "R4.primary", QStringLiteral("自己填的")))},
        school);
    EXPECT_EQ(result(fromSchool, 0).value("outcome").toString(), "rejected");
    // Nor a county under another county's code, nor a school's form under the county's code.
    const HttpReply wrongCode =
        push({wireRecord(newUuid(), "370398", "C2", ledgerRow({}, "G_teacher_pay", QStringLiteral("外县")))},
             m_county);
    EXPECT_EQ(result(wrongCode, 0).value("outcome").toString(), "rejected");
    const HttpReply schoolForm = push({wireRecord(newUuid(), County, "S4", validS4Payload())}, m_county);
    EXPECT_EQ(result(schoolForm, 0).value("outcome").toString(), "rejected");
    EXPECT_TRUE(result(schoolForm, 0)
                    .value("error")
                    .toObject()
                    .value("message")
                    .toString()
                    .contains(QStringLiteral("由学校填写")));
    EXPECT_TRUE(pulledC2(m_county).isEmpty());
}

TEST_F(LedgerSyncTest, TheServersCountyReportShowsTheOwnerPushedFromACountyDevice)
{
    // Whichever of R1–R7 the school fails, its entry shows: failing, or listed as no longer failing.
    const HttpReply pushed = push(
        {wireRecord(newUuid(), SchoolC, "C2", ledgerRow(SchoolC, "R4.primary", QStringLiteral("欧阳校长")))},
        m_county);
    ASSERT_EQ(result(pushed, 0).value("outcome").toString(), "applied") << pushed.body.toStdString();

    const HttpReply xlsx = m_server.get("/api/v1/reports/county?cycle=2025&format=xlsx", m_county);
    ASSERT_EQ(xlsx.status, 200) << xlsx.body.left(300).toStdString();
    QTemporaryDir dir;
    QFile file(dir.filePath("county.xlsx"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(xlsx.body);
    file.close();
    const auto sheet = XlsxReader::readFile(file.fileName(), "问题台账");
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    bool found = false;
    for (const SheetRow &row : sheet.value().rows) {
        if (row.cells.value(6) != QStringLiteral("欧阳校长"))
            continue;
        found = true;
        EXPECT_TRUE(row.cells.value(1).startsWith(QStringLiteral("西湖镇中心小学")))
            << row.cells.join('|').toStdString();
        EXPECT_EQ(row.cells.value(7), "2027-03-31");
        EXPECT_TRUE(row.cells.value(8).contains(QStringLiteral("整改中")));
        EXPECT_EQ(row.cells.value(9), QStringLiteral("新建教学楼一栋"));
    }
    EXPECT_TRUE(found) << "the owner pushed by the county device is in the server's report";

    // The same ledger in the town's report, for the town that school belongs to.
    const HttpReply town =
        m_server.get("/api/v1/reports/county?cycle=2025&format=pdf", m_server.enrol("370399003"));
    ASSERT_EQ(town.status, 200) << town.body.left(300).toStdString();
}
