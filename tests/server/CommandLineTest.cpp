// The junheng-server command line, run as a process: the stdout lines scripts and other tests rely on.
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng::server::test;

namespace {

constexpr int ProcessTimeoutMs = 15000;

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(JUNHENG_SERVER_EXE), arguments);
    ProcessRun result;
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

class ServerCommandLineTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ServerCommandLineTest, InitDemoPrintsTheCodesFileAndIsIdempotent)
{
    const ProcessRun first = run({"init-demo", "--data-dir", m_dir.path()});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QString codesFile = m_dir.filePath("demo-enrolment-codes.txt");
    EXPECT_EQ(first.out, codesFile + "\n");
    QFile file(codesFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    file.close();
    const QList<QByteArray> lines = content.trimmed().split('\n');
    EXPECT_EQ(lines.size(), 1 + 9 + 40);
    EXPECT_TRUE(content.contains(QStringLiteral("school\t3703990101\t云溪县实验小学\t").toUtf8()));

    const ProcessRun second = run({"init-demo", "--data-dir", m_dir.path()});
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_EQ(second.out, codesFile + "\n");
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), content);
}

TEST_F(ServerCommandLineTest, IssueCodePrintsOnlyTheCode)
{
    ASSERT_EQ(run({"init-demo", "--data-dir", m_dir.path()}).exitCode, 0);
    for (const QStringList &scope : {QStringList{"--school", "3703990101"},
                                     QStringList{"--town", "370399002"}, QStringList{"--county"}}) {
        const ProcessRun issued = run(QStringList{"issue-code", "--data-dir", m_dir.path()} + scope);
        EXPECT_EQ(issued.exitCode, 0) << issued.err.toStdString();
        EXPECT_TRUE(QRegularExpression("^[A-Z2-9]{4}-[A-Z2-9]{4}\n$").match(issued.out).hasMatch())
            << issued.out.toStdString();
    }
}

TEST_F(ServerCommandLineTest, IssueCodeForAnUnknownSchoolExits1WithAMessage)
{
    ASSERT_EQ(run({"init-demo", "--data-dir", m_dir.path()}).exitCode, 0);
    const ProcessRun issued = run({"issue-code", "--data-dir", m_dir.path(), "--school", "3703990999"});
    EXPECT_EQ(issued.exitCode, 1);
    EXPECT_TRUE(issued.out.isEmpty());
    EXPECT_TRUE(issued.err.contains("3703990999")) << issued.err.toStdString();
    EXPECT_TRUE(issued.err.contains("学校")) << issued.err.toStdString();
}

TEST_F(ServerCommandLineTest, UsageErrorsExit2)
{
    EXPECT_EQ(run({"issue-code", "--data-dir", m_dir.path()}).exitCode, 2);
    EXPECT_EQ(run({"frobnicate", "--data-dir", m_dir.path()}).exitCode, 2);
    EXPECT_EQ(run({"--data-dir", m_dir.path(), "--port", "70000"}).exitCode, 2);
    const ProcessRun open =
        run({"serve", "--data-dir", m_dir.path(), "--host", "0.0.0.0", "--insecure-http"});
    EXPECT_EQ(open.exitCode, 2);
    EXPECT_TRUE(open.err.contains("--insecure-http")) << open.err.toStdString();
}

TEST_F(ServerCommandLineTest, ListSchoolsJsonHasTheCountyTownsAndSchools)
{
    ASSERT_EQ(run({"init-demo", "--data-dir", m_dir.path()}).exitCode, 0);
    const ProcessRun listed = run({"list-schools", "--data-dir", m_dir.path(), "--json"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    EXPECT_EQ(object.value("county").toObject().value("name").toString(), "云溪县");
    const QJsonArray towns = object.value("towns").toArray();
    EXPECT_EQ(towns.size(), 9);
    const QJsonObject first = towns.at(0).toObject().value("schools").toArray().at(0).toObject();
    EXPECT_EQ(first.value("code").toString(), "3703990101");
    EXPECT_EQ(first.value("students").toInt(), 1800);
}

TEST_F(ServerCommandLineTest, ServePrintsTheListeningLineAndCodesCanBeIssuedMeanwhile)
{
    QProcess server;
    server.start(QStringLiteral(JUNHENG_SERVER_EXE),
                 {"--data-dir", m_dir.path(), "--port", "0", "--demo", "--insecure-http"});
    ASSERT_TRUE(server.waitForStarted(ProcessTimeoutMs));
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(ProcessTimeoutMs))
        line += server.readAllStandardOutput();
    const QRegularExpressionMatch match =
        QRegularExpression("^junheng-server listening on http://127\\.0\\.0\\.1:(\\d+)\n$")
            .match(QString::fromUtf8(line));
    ASSERT_TRUE(match.hasMatch()) << line.toStdString() << server.readAllStandardError().toStdString();

    const ProcessRun issued = run({"issue-code", "--data-dir", m_dir.path(), "--school", "3703990303"});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();

    TestClient client(match.captured(1).toUShort());
    const HttpReply health = client.send("GET", "/api/v1/health", {});
    EXPECT_EQ(health.status, 200);
    const HttpReply enrolled = client.send(
        "POST", "/api/v1/enrol", QJsonDocument(QJsonObject{{"code", issued.out.trimmed()}}).toJson());
    ASSERT_EQ(enrolled.status, 200) << enrolled.body.toStdString();
    EXPECT_EQ(enrolled.json.value("scope").toObject().value("name").toString(), "西湖镇前湖小学");

    server.terminate();
    ASSERT_TRUE(server.waitForFinished(ProcessTimeoutMs));
    const QString log = QString::fromUtf8(server.readAllStandardError());
    EXPECT_TRUE(log.contains(R"("path":"/api/v1/enrol")") && log.contains(R"("status":200)"))
        << log.toStdString();
}

TEST_F(ServerCommandLineTest, ServesTlsByDefaultWithAGeneratedCertificateWhoseFingerprintTheEnrolReplyCarries)
{
    QProcess server;
    server.start(QStringLiteral(JUNHENG_SERVER_EXE), {"--data-dir", m_dir.path(), "--port", "0", "--demo"});
    ASSERT_TRUE(server.waitForStarted(ProcessTimeoutMs));
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(ProcessTimeoutMs))
        line += server.readAllStandardOutput();
    const auto match = QRegularExpression("^junheng-server listening on https://127\\.0\\.0\\.1:(\\d+)\n$")
                           .match(QString::fromUtf8(line));
    ASSERT_TRUE(match.hasMatch()) << line.toStdString() << server.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(m_dir.filePath("tls/server.crt")));
    EXPECT_EQ(QFile::permissions(m_dir.filePath("tls/server.key")) & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());

    const ProcessRun issued = run({"issue-code", "--data-dir", m_dir.path(), "--school", "3703990101"});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    TestClient client(match.captured(1).toUShort(), true);
    const HttpReply enrolled = client.send(
        "POST", "/api/v1/enrol", QJsonDocument(QJsonObject{{"code", issued.out.trimmed()}}).toJson());
    ASSERT_EQ(enrolled.status, 200) << enrolled.body.toStdString();
    const QString pinned = enrolled.json.value("tls_fingerprint").toString();
    ASSERT_EQ(pinned.size(), 32 * 3 - 1) << pinned.toStdString();
    EXPECT_EQ(pinned.toLower().remove(':').toLatin1(), enrolled.peerCertificateSha256);

    server.terminate();
    ASSERT_TRUE(server.waitForFinished(ProcessTimeoutMs));
    const QString log = QString::fromUtf8(server.readAllStandardError());
    EXPECT_TRUE(log.contains(pinned)) << log.toStdString();

    // The second run reuses the certificate: devices that pinned it keep working.
    const QByteArray first = [&] {
        QFile file(m_dir.filePath("tls/server.crt"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QProcess again;
    again.start(QStringLiteral(JUNHENG_SERVER_EXE), {"--data-dir", m_dir.path(), "--port", "0"});
    ASSERT_TRUE(again.waitForStarted(ProcessTimeoutMs));
    QByteArray second;
    while (!second.contains('\n') && again.waitForReadyRead(ProcessTimeoutMs))
        second += again.readAllStandardOutput();
    again.terminate();
    again.waitForFinished(ProcessTimeoutMs);
    EXPECT_TRUE(QString::fromUtf8(again.readAllStandardError()).contains(pinned));
    QFile file(m_dir.filePath("tls/server.crt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), first);
}

TEST_F(ServerCommandLineTest, RevokeDeviceNamesWhatWasWrong)
{
    ASSERT_EQ(run({"init-demo", "--data-dir", m_dir.path()}).exitCode, 0);
    const ProcessRun unknown = run({"revoke-device", "--data-dir", m_dir.path(), "no-such-device"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("no-such-device")) << unknown.err.toStdString();
    EXPECT_EQ(run({"revoke-device", "--data-dir", m_dir.path()}).exitCode, 2);
    const ProcessRun admin = run({"issue-code", "--data-dir", m_dir.path(), "--admin"});
    EXPECT_EQ(admin.exitCode, 0) << admin.err.toStdString();
}
