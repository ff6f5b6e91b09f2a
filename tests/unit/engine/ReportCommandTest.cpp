// junheng-cli report on a real store: records saved as the app saves them, the real CLI process, its JSON.
#include "LocalStore.h"
#include "TestPin.h"
#include "XlsxReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

void save(LocalStore &store, const char *formId, const QString &cycle, const QJsonObject &payload)
{
    LocalRecord record;
    record.formId = QLatin1String(formId);
    record.formVersion = 1;
    record.schoolCode = QStringLiteral("3703990101");
    record.cycle = cycle;
    ASSERT_TRUE(store.saveDraft(record, payload).ok());
}

QJsonObject findCode(const QJsonArray &items, const char *code)
{
    for (const QJsonValue &v : items)
        if (v.toObject().value("code").toString() == QLatin1String(code))
            return v.toObject();
    return {};
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};

CliRun cli(const QString &dataDir, const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(JUNHENG_CLI_BIN), QStringList{"--data-dir", dataDir} + args);
    EXPECT_TRUE(process.waitForFinished(60000));
    return CliRun{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

class ReportCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto store = LocalStore::open(m_dir.filePath("junheng.db"));
        ASSERT_TRUE(store.ok());
        Enrolment enrolment;
        enrolment.serverUrl = QStringLiteral("http://127.0.0.1:1");
        enrolment.token = QStringLiteral("t");
        enrolment.deviceId = QStringLiteral("d");
        enrolment.role = QStringLiteral("school");
        enrolment.scopeCode = QStringLiteral("3703990101");
        enrolment.scopeName = QStringLiteral("云溪县实验小学");
        enrolment.townName = QStringLiteral("城关镇");
        enrolment.countyName = QStringLiteral("云溪县");
        enrolment.cycleId = QStringLiteral("2025");
        enrolment.cycleName = QStringLiteral("2025年度优质均衡监测");
        ASSERT_TRUE(store.value()->saveEnrolment(enrolment).ok());
        ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
        m_store = std::move(store).value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
};

} // namespace

TEST_F(ReportCommand, MissingFormsAreNamedNotZero)
{
    save(*m_store, "S1", "2025",
         QJsonObject{{"school_type", "primary"},
                     {"school_system", "6_3"},
                     {"location", "urban"},
                     {"ownership", "public"},
                     {"students_g1", 150},
                     {"students_g2", 150},
                     {"students_g3", 150},
                     {"students_g4", 150},
                     {"students_g5", 200},
                     {"students_g6", 200}});
    m_store.reset();
    const CliRun run = cli(m_dir.path(), {"report", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const QJsonObject unit = report["resource_units"].toArray().at(0).toObject();
    EXPECT_EQ(unit["students"].toInt(), 1000);
    const QJsonObject r4 = findCode(unit["indicators"].toArray(), "R4");
    EXPECT_EQ(r4["state"].toString(), QStringLiteral("not_computed"));
    EXPECT_EQ(r4["missing"].toArray().at(0).toString(), QStringLiteral("S4"));
    EXPECT_FALSE(r4.contains("value"));
    EXPECT_EQ(report["profile"].toObject()["id"].toString(), QStringLiteral("national"));
}

TEST_F(ReportCommand, ComputesIndicatorsFitnessAndMyopiaWithTheChosenProfile)
{
    save(*m_store, "S1", "2025",
         QJsonObject{{"school_type", "primary"},
                     {"school_system", "6_3"},
                     {"location", "urban"},
                     {"ownership", "public"},
                     {"students_g1", 150},
                     {"students_g2", 150},
                     {"students_g3", 150},
                     {"students_g4", 150},
                     {"students_g5", 200},
                     {"students_g6", 200}});
    save(*m_store, "S4", "2025",
         QJsonObject{{"teaching_area", 4000},
                     {"sports_area_outdoor", 7500},
                     {"equipment_value", 2000000},
                     {"multimedia_rooms", 23},
                     {"classes", 24},
                     {"music_rooms", 2},
                     {"music_room_areas", QJsonArray{96, 96}},
                     {"art_rooms", 2},
                     {"art_room_areas", QJsonArray{90, 90}}});
    for (int i = 0; i < 42; ++i)
        save(*m_store, "S3", "2025",
             QJsonObject{{"staff_no", QString::number(i)},
                         {"full_time", true},
                         {"degree", "bachelor"},
                         {"subject", i < 9 ? "pe" : "math"},
                         {"backbone", i < 10 ? "county" : "none"},
                         {"certificate", true},
                         {"training_hours", 400}});
    save(*m_store, "S6", "2025",
         QJsonObject{{"student_id", "G1"},
                     {"grade_code", 11},
                     {"sex", "1"},
                     {"class_name", "1班"},
                     {"height", 120},
                     {"weight", 22},
                     {"lung", 1700},
                     {"run50", 10.2},
                     {"sit_reach", 16.1},
                     {"rope", 109}});
    save(*m_store, "S5", "2025",
         QJsonObject{{"student_id", "G1"},
                     {"sex", "1"},
                     {"grade", 1},
                     {"birth_date", "2018-03-01"},
                     {"screening_date", "2025-09-10"},
                     {"glasses", "none"},
                     {"ua_right", 4.8},
                     {"sph_right", -1.0},
                     {"ua_left", 5.0},
                     {"sph_left", 0}});
    save(*m_store, "S5", "2025",
         QJsonObject{{"student_id", "G2"},
                     {"sex", "2"},
                     {"grade", 1},
                     {"birth_date", "2018-03-01"},
                     {"screening_date", "2025-09-10"},
                     {"ua_right", 5.0}});
    m_store.reset();

    const CliRun run = cli(m_dir.path(), {"report", "--json", "--profile", "shandong"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(report["profile"].toObject()["id"].toString(), QStringLiteral("shandong"));
    const QJsonObject unit = report["resource_units"].toArray().at(0).toObject();
    const QJsonObject r4 = findCode(unit["indicators"].toArray(), "R4");
    EXPECT_DOUBLE_EQ(r4["value"].toDouble(), 4.0);
    EXPECT_EQ(r4["state"].toString(), QStringLiteral("fail"));
    EXPECT_EQ(unit["rule"].toObject()["state"].toString(), QStringLiteral("pass")); // 6 of 7, R4 ≥ 85%
    EXPECT_EQ(unit["gaps"].toArray().at(0).toObject()["text"].toString(),
              QStringLiteral("增加 500 ㎡ 教学及辅助用房"));

    const QJsonArray fitnessGroups = report["fitness"].toObject()["groups"].toArray();
    const QJsonObject county = fitnessGroups.last().toObject();
    EXPECT_EQ(county["level"].toString(), QStringLiteral("county"));
    EXPECT_EQ(county["tested"].toInt(), 1);

    const QJsonObject myopia = report["myopia"].toObject();
    const QJsonObject myopiaCounty = myopia["groups"].toArray().at(0).toObject();
    EXPECT_EQ(myopiaCounty["level"].toString(), QStringLiteral("county"));
    EXPECT_EQ(myopiaCounty["screened"].toInt(), 1);
    EXPECT_EQ(myopiaCounty["myopic"].toInt(), 1);
    EXPECT_EQ(myopiaCounty["invalid"].toInt(), 1);
    EXPECT_TRUE(
        myopia["invalid"].toArray().at(0).toObject()["reason"].toString().contains(QStringLiteral("左眼")));

    const CliRun text = cli(m_dir.path(), {"report", "--profile", "shandong"});
    ASSERT_EQ(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    EXPECT_TRUE(out.contains(QStringLiteral("生均教学及辅助用房面积【未达标】"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("山东省")));
}

TEST_F(ReportCommand, UnknownProfileListsTheKnownOnes)
{
    m_store.reset();
    const CliRun run = cli(m_dir.path(), {"report", "--profile", "atlantis"});
    EXPECT_EQ(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(QStringLiteral("atlantis")));
    EXPECT_TRUE(err.contains(QStringLiteral("huantai")));
}

// The issue ledger's owners come from the C2 rows in the store (LedgerRecords::owners), as in the app.
TEST_F(ReportCommand, TheXlsxLedgerCarriesTheOwnerRecordedInC2)
{
    save(*m_store, "S1", "2025",
         QJsonObject{{"school_type", "primary"},
                     {"school_system", "6_3"},
                     {"location", "urban"},
                     {"ownership", "public"},
                     {"students_g1", 150},
                     {"students_g2", 150},
                     {"students_g3", 150},
                     {"students_g4", 150},
                     {"students_g5", 200},
                     {"students_g6", 200}});
    save(*m_store, "S4", "2025", QJsonObject{{"teaching_area", 4000}, {"classes", 24}}); // R4 4.0 ㎡ < 4.5
    for (const char *cycle : {"2025", "2024"}) // only the report's cycle counts
        save(*m_store, "C2", QLatin1String(cycle),
             QJsonObject{{"school_code", "3703990101"},
                         {"item_code", "R4.primary"},
                         {"owner", cycle == QLatin1String("2025") ? QStringLiteral("王校长")
                                                                  : QStringLiteral("旧周期")},
                         {"due_date", "2027-03-31"},
                         {"status", "in_progress"},
                         {"note", QStringLiteral("新建教学楼一栋")},
                         {"updated_at", "2026-11-23T08:00:00Z"}});
    m_store.reset();

    const QString xlsx = m_dir.filePath("report.xlsx");
    const CliRun run = cli(m_dir.path(), {"report", "--profile", "shandong", "--xlsx", xlsx});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto sheet = XlsxReader::readFile(xlsx, QStringLiteral("问题台账"));
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    bool found = false;
    for (const SheetRow &row : sheet.value().rows) {
        if (row.cells.value(2) != QStringLiteral("生均教学及辅助用房面积"))
            continue;
        found = true;
        EXPECT_EQ(row.cells.mid(6),
                  (QStringList{QStringLiteral("王校长"), "2027-03-31", QStringLiteral("整改中"),
                               QStringLiteral("新建教学楼一栋")}));
    }
    EXPECT_TRUE(found) << "R4 fails and is in the ledger";
}
