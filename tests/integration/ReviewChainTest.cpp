// The whole chain with real processes: junheng-server and one junheng-cli per device. The county opens a
// cycle; three schools of two towns fill in S4 and submit; a town returns one with a comment on a field;
// the school sees the comment, corrects and submits again; the town approves; the county pulls everything,
// sees who did what when, and exports the county's report as XLSX and PDF, which are opened and read.
#include "ServerProcess.h"
#include "XlsxReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace {

constexpr char SchoolA[] = "3703990101"; // 城关街道 370399001
constexpr char SchoolB[] = "3703990102"; // 城关街道
constexpr char SchoolC[] = "3703990201"; // 东城街道 370399002
constexpr char TownA[] = "370399001";

const QJsonObject s4Payload{{"teaching_area", 8200.5},         {"sports_area_outdoor", 12600},
                            {"sports_area_indoor", 0},         {"equipment_value", 3900000},
                            {"multimedia_rooms", 36},          {"music_rooms", 2},
                            {"music_room_areas", "96、102.5"}, {"art_rooms", 2},
                            {"art_room_areas", "90, 96"},      {"classes", 36}};

// The school profile: the enrolment the per-student indicators divide by (1,802 students).
const QJsonObject s1Payload{{"school_type", QStringLiteral("小学")},
                            {"school_system", "6_3"},
                            {"location", "urban"},
                            {"ownership", "public"},
                            {"boarding", false},
                            {"founded_year", 1958},
                            {"has_charter", true},
                            {"digitised", true},
                            {"students_g1", 312},
                            {"students_g2", 305},
                            {"students_g3", 298},
                            {"students_g4", 301},
                            {"students_g5", 296},
                            {"students_g6", 290},
                            {"disabled_in_class", 6},
                            {"disabled_home", 1},
                            {"disabled_special_class", 0},
                            {"migrant_total", 140},
                            {"migrant_public", 140},
                            {"new_entrants", 312},
                            {"new_entrants_zoned", 312},
                            {"public_funds_budget", "1,250,000"},
                            {"training_spend", 62500}};
constexpr double Students = 1802;

// The rows of an XLSX sheet below its header row (the row whose first cell is `firstHeader`).
QList<QStringList> sheetBody(const QString &path, const QString &sheet, const QString &firstHeader)
{
    const auto data = junheng::XlsxReader::readFile(path, sheet);
    EXPECT_TRUE(data.ok()) << sheet.toStdString();
    QList<QStringList> rows;
    bool below = false;
    for (const junheng::SheetRow &row : data.ok() ? data.value().rows : QList<junheng::SheetRow>{}) {
        if (below)
            rows << row.cells;
        else
            below = !row.cells.isEmpty() && row.cells.first() == firstHeader;
    }
    return rows;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ReviewChainTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid());
        const ProcessResult demo =
            runProgram(JUNHENG_SERVER_BIN, {"init-demo", "--data-dir", m_serverDir.path()});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        m_server = std::make_unique<ServerProcess>(m_serverDir.path());
        QString why;
        ASSERT_TRUE(m_server->start(0, &why)) << why.toStdString();
    }

    // One device: its own data directory, enrolled with a fresh code for `scope` (--school CODE, …).
    QString device(const QString &name, const QStringList &scope)
    {
        auto dir = std::make_shared<QTemporaryDir>();
        m_devices.insert(name, dir);
        const ProcessResult issued = runProgram(
            JUNHENG_SERVER_BIN, QStringList{"issue-code", "--data-dir", m_serverDir.path()} + scope);
        EXPECT_EQ(issued.exitCode, 0) << issued.err.toStdString();
        const ProcessResult enrolled = cli(name, {"enrol", "--server", m_server->url().toString(), "--code",
                                                  issued.out.trimmed(), "--name", name});
        EXPECT_EQ(enrolled.exitCode, 0) << enrolled.out.toStdString() << enrolled.err.toStdString();
        return dir->path();
    }

    ProcessResult cli(const QString &device, const QStringList &arguments)
    {
        return runProgram(JUNHENG_CLI_BIN,
                          QStringList{"--data-dir", m_devices.value(device)->path(), "--json"} + arguments);
    }

    QJsonObject ok(const QString &device, const QStringList &arguments)
    {
        const ProcessResult result = cli(device, arguments);
        EXPECT_EQ(result.exitCode, 0)
            << device.toStdString() << " " << arguments.join(' ').toStdString() << "\n"
            << result.out.toStdString() << result.err.toStdString();
        return result.json();
    }

    QString fillFile(const QString &device, const QJsonObject &payload, const QString &name = "s4.json")
    {
        QFile file(m_devices.value(device)->filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(payload).toJson());
        return file.fileName();
    }

    // The state of `form` of `school` in a device's completeness (from `status`).
    static QString stateIn(const QJsonObject &status, const QString &school, const QString &form = "S4")
    {
        for (const QJsonValue &row : status.value("completeness").toObject().value("schools").toArray()) {
            if (row.toObject().value("code").toString() == school)
                return row.toObject()
                    .value("forms")
                    .toObject()
                    .value(form)
                    .toObject()
                    .value("state")
                    .toString();
        }
        return QStringLiteral("(absent)");
    }

    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    QHash<QString, std::shared_ptr<QTemporaryDir>> m_devices;
};

} // namespace

TEST_F(ReviewChainTest, CountyOpensSchoolsSubmitTownReturnsSchoolCorrectsTownApprovesCountyExports)
{
    // The county opens the cycle.
    device("county", {"--county"});
    const QJsonObject opened =
        ok("county", {"cycle", "open", "2026", "--name", "2026年度优质均衡监测", "--opens", "2026-01-01",
                      "--closes", "2099-12-31", "--reviewer", "李科长"});
    EXPECT_EQ(opened.value("cycle").toObject().value("state").toString(), "open");
    const QJsonArray cycles = ok("county", {"cycle", "list"}).value("cycles").toArray();
    ASSERT_EQ(cycles.size(), 2);

    // Three schools of two towns fill in S1 and S4 and submit, each from its own device.
    for (const char *school : {SchoolA, SchoolB, SchoolC}) {
        const QString name = QLatin1String(school);
        device(name, {"--school", name});
        ok(name, {"sync"}); // learns the cycle
        EXPECT_EQ(ok(name, {"status"}).value("cycle").toString(), "2026");
        ok(name, {"fill", "S1", fillFile(name, s1Payload, "s1.json"), "--finalise"});
        const QJsonObject filled = ok(name, {"fill", "S4", fillFile(name, s4Payload), "--finalise"});
        EXPECT_EQ(filled.value("cycle").toString(), "2026");
        ok(name, {"sync"});
        EXPECT_EQ(stateIn(ok(name, {"status"}), name), "submitted");
    }

    // The town sees its two schools submitted (not the other town's), and returns A with a comment.
    device("town", {"--town", TownA});
    ok("town", {"sync"});
    const QJsonObject townStatus = ok("town", {"status"});
    EXPECT_EQ(stateIn(townStatus, SchoolA), "submitted");
    EXPECT_EQ(stateIn(townStatus, SchoolB), "submitted");
    EXPECT_EQ(stateIn(townStatus, SchoolC), "(absent)");
    const ProcessResult otherTown = cli("town", {"review", "approve", SchoolC, "S4", "--reviewer", "王老师"});
    EXPECT_NE(otherTown.exitCode, 0) << "another town's school";
    const QJsonObject returned =
        ok("town", {"review", "return", SchoolA, "S4", "--reviewer", "王老师", "--comment",
                    QStringLiteral("sports_area_outdoor=室外运动场面积比上年多了一倍，请核实。")});
    EXPECT_EQ(returned.value("submission").toObject().value("state").toString(), "returned");
    EXPECT_EQ(stateIn(ok("town", {"status"}), SchoolA), "returned") << "applied at once on the town's device";

    // School A sees the comment on the field and its record as returned.
    ok(SchoolA, {"sync"});
    const QJsonObject shown = ok(SchoolA, {"review", "show", "S4"});
    EXPECT_EQ(shown.value("state").toString(), "returned");
    ASSERT_EQ(shown.value("comments").toArray().size(), 1);
    const QJsonObject comment = shown.value("comments").toArray().at(0).toObject();
    EXPECT_EQ(comment.value("field").toString(), "sports_area_outdoor");
    EXPECT_FALSE(comment.value("record_uuid").toString().isEmpty()) << "the CLI names the record";
    EXPECT_TRUE(comment.value("text").toString().contains(QStringLiteral("请核实")));
    const QJsonArray listed = ok(SchoolA, {"list", "--form", "S4"}).value("records").toArray();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0).toObject().value("status").toString(), "returned");
    EXPECT_EQ(stateIn(ok(SchoolB, {"status"}), SchoolB), "submitted") << "B untouched";

    // A corrects and submits again.
    QJsonObject corrected = s4Payload;
    corrected.insert("sports_area_outdoor", 6300);
    ok(SchoolA, {"fill", "S4", fillFile(SchoolA, corrected), "--finalise"});
    ok(SchoolA, {"sync"});
    EXPECT_EQ(ok(SchoolA, {"review", "show", "S4"}).value("state").toString(), "submitted");
    EXPECT_TRUE(ok(SchoolA, {"review", "show", "S4"}).value("comments").toArray().isEmpty());

    // The town approves A (after pulling the correction) and B.
    ok("town", {"sync"});
    ok("town", {"review", "approve", SchoolA, "S4", "--reviewer", "王老师"});
    ok("town", {"review", "approve", SchoolB, "S4", "--reviewer", "王老师"});
    ok(SchoolA, {"sync"});
    EXPECT_EQ(ok(SchoolA, {"list", "--form", "S4"})
                  .value("records")
                  .toArray()
                  .at(0)
                  .toObject()
                  .value("status")
                  .toString(),
              "accepted");

    // The county pulls everything: completeness, the history with who and when, and the report.
    ok("county", {"sync"});
    const QJsonObject countyStatus = ok("county", {"status"});
    EXPECT_EQ(stateIn(countyStatus, SchoolA), "approved");
    EXPECT_EQ(stateIn(countyStatus, SchoolB), "approved");
    EXPECT_EQ(stateIn(countyStatus, SchoolC), "submitted");
    EXPECT_EQ(stateIn(countyStatus, "3703990202"), "not_started");
    const QJsonArray history = ok("county", {"review", "show", SchoolA, "S4"}).value("history").toArray();
    ASSERT_EQ(history.size(), 4);
    const QStringList states{"submitted", "returned", "submitted", "approved"};
    const QStringList who{SchoolA, "王老师", SchoolA, "王老师"};
    QString previous;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject note = history.at(i).toObject();
        EXPECT_EQ(note.value("state").toString(), states.at(i));
        EXPECT_EQ(note.value("by").toString(), who.at(i));
        EXPECT_FALSE(note.value("device").toString().isEmpty());
        const QString at = note.value("at").toString();
        EXPECT_FALSE(at.isEmpty());
        EXPECT_GE(at, previous);
        previous = at;
    }
    EXPECT_EQ(history.at(1).toObject().value("role").toString(), "town");

    const QJsonObject report = ok("county", {"report"});
    EXPECT_EQ(report.value("cycle").toString(), "2026");
    const QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Compact);
    for (const char *school : {SchoolA, SchoolB, SchoolC})
        EXPECT_TRUE(text.contains(school)) << school;
    // The corrected value is the one the county has.
    const QJsonArray records = ok("county", {"list", "--form", "S4"}).value("records").toArray();
    ASSERT_EQ(records.size(), 3);
    int checked = 0;
    for (const QJsonValue &record : records) {
        if (record.toObject().value("school_code").toString() != QLatin1String(SchoolA))
            continue;
        const QJsonObject shownA = ok("county", {"show", record.toObject().value("uuid").toString()});
        EXPECT_EQ(shownA.value("payload").toObject().value("sports_area_outdoor").toInt(), 6300);
        EXPECT_EQ(shownA.value("status").toString(), "accepted");
        ++checked;
    }
    EXPECT_EQ(checked, 1);

    // The county exports its report; both files are opened and read back.
    const QString xlsx = m_devices.value("county")->filePath("县报告.xlsx");
    const QString pdf = m_devices.value("county")->filePath("县报告.pdf");
    const QJsonObject exported = ok("county", {"report", "--xlsx", xlsx, "--pdf", pdf});
    EXPECT_EQ(exported.value("xlsx").toString(), xlsx);
    EXPECT_EQ(exported.value("pdf").toString(), pdf);

    // 资源配置: one row per school with its R4–R7 from its S1 and S4 (A's corrected S4), named from the
    // directory the county pulled.
    const QList<QStringList> units = sheetBody(xlsx, QStringLiteral("资源配置"), QStringLiteral("学校代码"));
    QHash<QString, QStringList> byCode;
    for (const QStringList &row : units)
        byCode.insert(row.value(0), row);
    for (const char *school : {SchoolA, SchoolB, SchoolC}) {
        const QStringList row = byCode.value(QLatin1String(school));
        ASSERT_FALSE(row.isEmpty()) << school;
        EXPECT_FALSE(row.value(1).isEmpty()) << "named";
        EXPECT_NEAR(row.value(8).toDouble(), 8200.5 / Students, 1e-9) << "R4 " << school;
        const double outdoor = QLatin1String(school) == QLatin1String(SchoolA) ? 6300 : 12600;
        EXPECT_NEAR(row.value(9).toDouble(), outdoor / Students, 1e-9) << "R5 " << school;
        EXPECT_NEAR(row.value(10).toDouble(), 3900000 / Students, 1e-9) << "R6 " << school;
        EXPECT_NEAR(row.value(11).toDouble(), 36 / Students * 100, 1e-9) << "R7 " << school;
    }
    const QString nameA = byCode.value(QLatin1String(SchoolA)).value(1);

    // 问题台账: A's sports ground (3.50 ㎡ per student after the correction, under 7.5) is a failing item
    // with the area it lacks.
    const QList<QStringList> ledger = sheetBody(xlsx, QStringLiteral("问题台账"), QStringLiteral("序号"));
    const auto sportsA = std::find_if(ledger.cbegin(), ledger.cend(), [&](const QStringList &row) {
        return row.value(1).startsWith(nameA) && row.value(2).contains(QStringLiteral("体育运动场馆"));
    });
    ASSERT_NE(sportsA, ledger.cend()) << "A's R5 in the ledger";
    EXPECT_FALSE(sportsA->value(5).isEmpty()) << "with its gap";

    // The PDF: its pages carry the county's title, the ledger and the schools.
    const QString pages = pdfText(pdf);
    EXPECT_TRUE(pages.contains(QStringLiteral("云溪县"))) << pages.left(400).toStdString();
    EXPECT_TRUE(pages.contains(QStringLiteral("问题台账")));
    EXPECT_TRUE(pages.contains(nameA)) << nameA.toStdString();
}
