// junheng-cli reason and show --warnings: the 3,000-row national fitness file has 28 values outside their
// usual range; finalise refuses until each has a reason, given one at a time or from a CSV.
#include "ExchangeTestData.h"
#include "LocalStore.h"
#include "TestPin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using junheng::test::dataFile;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class ReasonCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath("junheng.db"));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        Enrolment enrolment;
        enrolment.serverUrl = "http://127.0.0.1:9";
        enrolment.token = "test-token";
        enrolment.deviceId = "device-1";
        enrolment.role = "school";
        enrolment.scopeCode = "3703210001";
        enrolment.scopeName = QStringLiteral("桓台县实验学校");
        enrolment.cycleId = "2025";
        ASSERT_TRUE(store.value()->saveEnrolment(enrolment).ok());
        ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
    }

    CliRun run(QStringList args)
    {
        QProcess process;
        args.prepend(m_dir.path());
        args.prepend("--data-dir");
        process.start(QStringLiteral(JUNHENG_CLI_BIN), args);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonArray warnings()
    {
        const CliRun listed = run({"show", "S6", "--warnings", "--json"});
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        return listed.json().value("warnings").toArray();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ReasonCli, TheWarningsOfTheImportedFileAreListedThenExplainedOneByOneAndFromACsv)
{
    ASSERT_EQ(run({"import", dataFile("fitness_3000.csv"), "--form", "S6"}).exitCode, 0);
    const QJsonArray listed = warnings();
    ASSERT_EQ(listed.size(), 28);
    const QJsonObject first = listed.first().toObject();
    EXPECT_FALSE(first.value("row_key").toString().isEmpty());
    EXPECT_FALSE(first.value("field").toString().isEmpty());
    EXPECT_FALSE(first.value("message").toString().isEmpty());

    // In words, with the command that explains each.
    const CliRun human = run({"show", "S6", "--warnings"});
    EXPECT_TRUE(human.out.contains(QStringLiteral("28 处提醒还没有写明原因"))) << human.out.toStdString();
    EXPECT_TRUE(human.out.contains(QStringLiteral("junheng-cli reason S6 --row ") +
                                   first.value("row_key").toString()))
        << human.out.toStdString();

    const CliRun refused = run({"finalise", "S6"});
    EXPECT_EQ(refused.exitCode, 1);

    // One on the command line.
    const CliRun one =
        run({"reason", "S6", "--row", first.value("row_key").toString(), "--field",
             first.value("field").toString(), "--text", QStringLiteral("该生为校田径队队员，复测无误")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_TRUE(one.out.contains(QStringLiteral("还有 27 处提醒"))) << one.out.toStdString();
    EXPECT_EQ(warnings().size(), 27);

    // Mistakes refuse the whole file, naming the line; nothing is saved.
    const QString bad = m_dir.filePath("bad.csv");
    {
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("学籍号,字段,原因\nNOBODY,run50,x\n%1,height,身材高大\n")
                       .arg(listed.at(1).toObject().value("row_key").toString())
                       .toUtf8());
    }
    const CliRun badRun = run({"reason", "S6", "--reasons", bad});
    EXPECT_EQ(badRun.exitCode, 1);
    EXPECT_TRUE(badRun.err.contains(QStringLiteral("第 2 行：S6 的名单里没有编号为“NOBODY”的行")))
        << badRun.err.toStdString();
    EXPECT_TRUE(badRun.err.contains(QStringLiteral("没有保存任何原因"))) << badRun.err.toStdString();
    EXPECT_EQ(warnings().size(), 27);

    // The rest from a CSV (UTF-8 with BOM, as Excel saves it), in one go.
    const QString csv = m_dir.filePath("reasons.csv");
    {
        QString text = QStringLiteral("学籍号,字段,原因\r\n");
        for (int i = 1; i < listed.size(); ++i) {
            const QJsonObject w = listed.at(i).toObject();
            text += QStringLiteral("%1,%2,复测确认\r\n")
                        .arg(w.value("row_key").toString(), w.value("field").toString());
        }
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF" + text.toUtf8()); // as Excel saves "CSV UTF-8"
    }
    const CliRun many = run({"reason", "S6", "--reasons", csv, "--json"});
    ASSERT_EQ(many.exitCode, 0) << many.err.toStdString() << many.out.toStdString();
    EXPECT_EQ(many.json().value("saved").toInt(), 27);
    EXPECT_EQ(many.json().value("remaining").toInt(), 0);
    EXPECT_EQ(warnings().size(), 0);

    const CliRun finalised = run({"finalise", "S6", "--json"});
    ASSERT_EQ(finalised.exitCode, 0) << finalised.err.toStdString();
    EXPECT_EQ(finalised.json().value("finalised").toInt(), 3000);
}

TEST_F(ReasonCli, AFieldWithoutAWarningOrAnEmptyReasonIsRefused)
{
    ASSERT_EQ(run({"import", dataFile("fitness_3000.csv"), "--form", "S6"}).exitCode, 0);
    const QJsonObject first = warnings().first().toObject();
    const QString key = first.value("row_key").toString();
    const CliRun noWarning = run({"reason", "S6", "--row", key, "--field", "name", "--text", "x"});
    EXPECT_EQ(noWarning.exitCode, 1);
    EXPECT_TRUE(noWarning.err.contains(QStringLiteral("没有需要写明原因的提醒")))
        << noWarning.err.toStdString();
    const CliRun empty =
        run({"reason", "S6", "--row", key, "--field", first.value("field").toString(), "--text", " "});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("原因是空的"))) << empty.err.toStdString();
    const CliRun noRow = run({"reason", "S6", "--field", "run50", "--text", "x"});
    EXPECT_EQ(noRow.exitCode, 2);
    EXPECT_TRUE(noRow.err.contains(QStringLiteral("--row"))) << noRow.err.toStdString();
    EXPECT_EQ(warnings().size(), 28);
}
