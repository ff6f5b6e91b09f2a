// GET /api/v1/reports/county: the report computed on the server from its records, as JSON, XLSX and
// PDF, limited to the caller's scope (county: the county or one town; town: its own; school: none).
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

const QString SchoolA = QStringLiteral("3703990101"); // 城关街道
const QString SchoolC = QStringLiteral("3703990301"); // 西湖镇

class ServerReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        m_county = m_server.enrol("370399");
        ASSERT_FALSE(m_county.isEmpty());
        for (const QString &school : {SchoolA, SchoolC}) {
            const HttpReply reply =
                m_server.postJson("/api/v1/records/push",
                                  pushBody({wireRecord(newUuid(), school, "S1", validS1Payload(), 1, 0),
                                            wireRecord(newUuid(), school, "S4", validS4Payload(), 1, 0)}),
                                  m_county);
            ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        }
    }

    TestServer m_server;
    QString m_county;
};

QJsonObject fitnessRow(const QString &id, const QString &name, const QString &sex)
{
    return QJsonObject{
        {"grade_code", 11},  {"class_code", "01"}, {"class_name", "1班"}, {"student_id", id},
        {"ethnicity", "01"}, {"name", name},       {"sex", sex},          {"birth_date", "2018-05-01"},
        {"height", 121.5},   {"weight", 23},       {"lung", 1200},        {"run50", 11.2},
        {"sit_reach", 8},    {"rope", 95}};
}

QStringList unitSchools(const QJsonObject &report)
{
    QStringList codes;
    for (const QJsonValue &unit : report.value("resource_units").toArray())
        codes << unit.toObject().value("school_code").toString();
    return codes;
}

} // namespace

TEST_F(ServerReportTest, CountyGetsEveryTownsSchoolsWithNamesAndTowns)
{
    const HttpReply reply = m_server.get("/api/v1/reports/county?cycle=2025", m_county);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QStringList codes = unitSchools(reply.json);
    EXPECT_TRUE(codes.contains(SchoolA)) << reply.body.left(400).toStdString();
    EXPECT_TRUE(codes.contains(SchoolC));
    for (const QJsonValue &unit : reply.json.value("resource_units").toArray()) {
        if (unit.toObject().value("school_code").toString() == SchoolC) {
            EXPECT_EQ(unit.toObject().value("school_name").toString(), "西湖镇中心小学");
            EXPECT_EQ(unit.toObject().value("town").toString(), "西湖镇");
        }
    }
    bool townArea = false;
    for (const QJsonValue &area : reply.json.value("town_difference_coefficients").toArray())
        townArea = townArea || area.toObject().value("area").toString() == "西湖镇";
    EXPECT_TRUE(townArea) << "town coefficients need each school's town from the directory";
}

TEST_F(ServerReportTest, XlsxAndPdfAreRealFilesOfTheReport)
{
    HttpReply xlsx = m_server.get("/api/v1/reports/county?cycle=2025&format=xlsx", m_county);
    ASSERT_EQ(xlsx.status, 200) << xlsx.body.left(300).toStdString();
    EXPECT_EQ(xlsx.contentType, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_TRUE(xlsx.header("Content-Disposition").contains("filename*=UTF-8''"));
    QTemporaryDir dir;
    QFile file(dir.filePath("county.xlsx"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(xlsx.body);
    file.close();
    const auto sheet = XlsxReader::readFile(file.fileName(), "资源配置");
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    bool found = false;
    for (const SheetRow &row : sheet.value().rows)
        found = found || (row.cells.value(0) == SchoolC && row.cells.value(2) == "西湖镇");
    EXPECT_TRUE(found);

    const HttpReply pdf = m_server.get("/api/v1/reports/county?cycle=2025&format=pdf", m_county);
    ASSERT_EQ(pdf.status, 200) << pdf.body.left(300).toStdString();
    EXPECT_EQ(pdf.contentType, "application/pdf");
    EXPECT_TRUE(pdf.body.startsWith("%PDF-"));
}

TEST_F(ServerReportTest, TownDeviceGetsItsOwnTownOnly)
{
    const QString town = m_server.enrol("370399003"); // 西湖镇
    ASSERT_FALSE(town.isEmpty());
    const HttpReply own = m_server.get("/api/v1/reports/county?cycle=2025", town);
    ASSERT_EQ(own.status, 200) << own.body.toStdString();
    EXPECT_EQ(own.json.value("town").toString(), "西湖镇");
    EXPECT_EQ(unitSchools(own.json), QStringList{SchoolC}); // the town's listing holds only its schools

    const HttpReply other = m_server.get("/api/v1/reports/county?town=370399001", town);
    EXPECT_EQ(other.status, 403);
    EXPECT_EQ(other.json.value("error").toObject().value("code").toString(), "scope.forbidden");
}

TEST_F(ServerReportTest, SchoolDeviceAndBadParametersAreRefused)
{
    const QString school = m_server.enrol(SchoolA);
    ASSERT_FALSE(school.isEmpty());
    const HttpReply forbidden = m_server.get("/api/v1/reports/county", school);
    EXPECT_EQ(forbidden.status, 403);
    EXPECT_TRUE(forbidden.json.value("error").toObject().value("message").toString().contains("学校设备"));

    EXPECT_EQ(m_server.get("/api/v1/reports/county?format=doc", m_county).status, 400);
    EXPECT_EQ(m_server.get("/api/v1/reports/county?town=没有这个镇", m_county).status, 400);
    EXPECT_EQ(m_server.get("/api/v1/reports/county?profile=nowhere", m_county).status, 400);
    EXPECT_EQ(m_server.get("/api/v1/reports/county").status, 401);
}

// The national fitness upload file: every school's S6 rows of the cycle in the national layout, deleted
// rows left out; a town gets its own schools; a school device none.
TEST_F(ServerReportTest, UploadFileHoldsEverySchoolsFitnessRows)
{
    const QString deleted = newUuid();
    HttpReply pushed = m_server.postJson(
        "/api/v1/records/push",
        pushBody({wireRecord(newUuid(), SchoolA, "S6", fitnessRow("A001", "王小明", "1"), 1, 0),
                  wireRecord(deleted, SchoolA, "S6", fitnessRow("A002", "李删除", "2"), 1, 0),
                  wireRecord(newUuid(), SchoolC, "S6", fitnessRow("C001", "赵小红", "2"), 1, 0),
                  wireRecord(newUuid(), SchoolC, "S6", fitnessRow("C009", "旧周期", "1"), 1, 0, "2024")}),
        m_county);
    ASSERT_EQ(pushed.status, 200) << pushed.body.toStdString();
    pushed = m_server.postJson(
        "/api/v1/records/push",
        pushBody({wireRecord(deleted, SchoolA, "S6", QJsonObject{{"_deleted", true}}, 2, 1)}), m_county);
    ASSERT_EQ(pushed.status, 200) << pushed.body.toStdString();

    const HttpReply reply = m_server.get("/api/v1/reports/county?cycle=2025&format=upload", m_county);
    ASSERT_EQ(reply.status, 200) << reply.body.left(300).toStdString();
    EXPECT_EQ(reply.contentType, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_TRUE(reply.header("Content-Disposition")
                    .contains(QUrl::toPercentEncoding(QStringLiteral("国家学生体质健康标准上报.xlsx"))))
        << reply.header("Content-Disposition").toStdString();
    QTemporaryDir dir;
    QFile file(dir.filePath("upload.xlsx"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(reply.body);
    file.close();
    const auto sheet = XlsxReader::readFile(file.fileName());
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    ASSERT_FALSE(sheet.value().rows.isEmpty());
    const QStringList header = sheet.value().rows.at(0).cells;
    const QList<SheetRow> rows = sheet.value().rows.mid(1);
    ASSERT_GE(header.size(), 12);
    EXPECT_EQ(header.at(0), "年级编号");
    EXPECT_EQ(header.at(3), "学籍号");
    EXPECT_EQ(header.at(5), "姓名");
    EXPECT_EQ(header.at(6), "性别");
    QStringList ids;
    for (const SheetRow &row : rows)
        ids << row.cells.value(3);
    EXPECT_EQ(ids, (QStringList{"A001", "C001"})); // school order; deleted and other-cycle rows left out
    ASSERT_EQ(rows.size(), 2);
    const QStringList zhao = rows.at(1).cells;
    EXPECT_EQ(zhao.value(0), "11");
    EXPECT_EQ(zhao.value(5), "赵小红");
    EXPECT_EQ(zhao.value(6), "2"); // 性别 as the national code
    EXPECT_EQ(zhao.value(header.indexOf("身高")), "121.5");

    const QString town = m_server.enrol("370399003"); // 西湖镇: only SchoolC
    const HttpReply own = m_server.get("/api/v1/reports/county?cycle=2025&format=upload", town);
    ASSERT_EQ(own.status, 200) << own.body.left(300).toStdString();
    EXPECT_TRUE(
        own.header("Content-Disposition").contains(QUrl::toPercentEncoding(QStringLiteral("西湖镇"))));
    QFile townFile(dir.filePath("town.xlsx"));
    ASSERT_TRUE(townFile.open(QIODevice::WriteOnly));
    townFile.write(own.body);
    townFile.close();
    const auto townSheet = XlsxReader::readFile(townFile.fileName());
    ASSERT_TRUE(townSheet.ok());
    ASSERT_EQ(townSheet.value().rows.size(), 2); // header and one row
    EXPECT_EQ(townSheet.value().rows.at(1).cells.value(3), "C001");

    const QString school = m_server.enrol(SchoolA);
    const HttpReply refused = m_server.get("/api/v1/reports/county?format=upload", school);
    EXPECT_EQ(refused.status, 403);
    const HttpReply bad = m_server.get("/api/v1/reports/county?format=doc", m_county);
    EXPECT_TRUE(bad.json.value("error").toObject().value("message").toString().contains("upload"));
}
