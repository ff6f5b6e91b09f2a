// Enrolment from the county home against the real junheng-server over TLS (a child process): the county
// device (enrolled and synced with junheng-cli) issues a code for a school through CountyHomeController
// and EnrolClient; the link it gets enrols a new tablet with junheng-cli enrol --link, pinning the server's
// certificate, once — a second tablet with the same link is refused. The device list shows the new
// tablet. The county opens, publishes and closes a cycle from the same controller; with the server gone
// it says so and nothing changes.
#include "CountyHomeController.h"
#include "EnrolLink.h"
#include "LocalStore.h"
#include "ServerProcess.h"
#include "TestPin.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

constexpr char NewSchool[] = "3703990201"; // 云溪县第二实验小学, 东城街道

class CountyEnrolTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid() && m_countyDir.isValid() && m_tabletDir.isValid());
        ASSERT_EQ(runProgram(JUNHENG_SERVER_BIN, {"init-demo", "--data-dir", m_serverDir.path()}).exitCode,
                  0);
        // The self-signed certificate, made as serve would make it.
        const ProcessResult first =
            runProgram(JUNHENG_SERVER_BIN, {"issue-code", "--data-dir", m_serverDir.path(), "--county",
                                            "--qr", m_serverDir.filePath("first.png")});
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
        const QString certificate = QDir(m_serverDir.path()).filePath("tls/server.crt");
        const auto certificates = QSslCertificate::fromPath(certificate);
        ASSERT_EQ(certificates.size(), 1);
        m_fingerprint = QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex());
        m_server = std::make_unique<ServerProcess>(
            m_serverDir.path(), QStringList{"--tls-cert", certificate, "--tls-key",
                                            QDir(m_serverDir.path()).filePath("tls/server.key")});
        QString why;
        ASSERT_TRUE(m_server->start(0, &why)) << why.toStdString();

        // The county's device: a code from the server machine, enrolled and synced with the CLI.
        const ProcessResult issued = runProgram(
            JUNHENG_SERVER_BIN, {"issue-code", "--data-dir", m_serverDir.path(), "--county", "--url",
                                 m_server->url().toString(), "--qr", m_serverDir.filePath("c.png")});
        ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
        static const QRegularExpression linkPattern(QStringLiteral("junheng://enrol\\?\\S+"));
        const QString link = linkPattern.match(issued.err).captured(0);
        ASSERT_FALSE(link.isEmpty()) << issued.err.toStdString();
        const ProcessResult enrolled =
            cli(m_countyDir.path(), {"enrol", "--link", link, "--name", "县局电脑"});
        ASSERT_EQ(enrolled.exitCode, 0) << enrolled.out.toStdString() << enrolled.err.toStdString();
        const ProcessResult synced = cli(m_countyDir.path(), {"sync"});
        ASSERT_EQ(synced.exitCode, 0) << synced.out.toStdString() << synced.err.toStdString();

        auto store = LocalStore::open(QDir(m_countyDir.path()).filePath("junheng.db"));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store).value();
        ASSERT_TRUE(junheng::testing::unlockForTests(*m_store).ok());
        m_controller.setStorePath(QDir(m_countyDir.path()).filePath("junheng.db"));
    }

    ProcessResult cli(const QString &dir, const QStringList &arguments)
    {
        return runProgram(JUNHENG_CLI_BIN, QStringList{"--data-dir", dir, "--json"} + arguments);
    }

    // Runs one intent and waits for its result.
    bool finish(const std::function<void()> &intent)
    {
        QSignalSpy done(&m_controller, &CountyHomeController::done);
        intent();
        EXPECT_TRUE(done.size() == 1 || done.wait(20000)) << "no answer";
        return !done.isEmpty() && done.last().at(0).toBool();
    }

    int placeOf(const QString &code) const
    {
        const QVariantList places = m_controller.places();
        for (qsizetype i = 0; i < places.size(); ++i)
            if (places.at(i).toMap().value("code").toString() == code)
                return int(i);
        return -1;
    }

    QTemporaryDir m_serverDir, m_countyDir, m_tabletDir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_fingerprint;
    std::unique_ptr<LocalStore> m_store;
    CountyHomeController m_controller;
};

} // namespace

TEST_F(CountyEnrolTest, ACodeIssuedFromTheCountyHomeEnrolsANewTabletOnce)
{
    const int school = placeOf(NewSchool);
    ASSERT_GE(school, 0) << "the directory pulled by the county device";
    ASSERT_TRUE(finish([&] { m_controller.issueCode(school, QStringLiteral("二小新平板")); }))
        << m_controller.message().toStdString();
    EXPECT_EQ(m_controller.issuedFor(), "东城街道 云溪县第二实验小学");
    EXPECT_TRUE(m_controller.message().contains(m_controller.issuedCode()))
        << m_controller.message().toStdString();
    auto link = protocol::EnrolLink::parse(m_controller.issuedLink());
    ASSERT_TRUE(link.ok()) << link.error().message.toStdString();
    EXPECT_EQ(link->code, m_controller.issuedCode());
    EXPECT_EQ(link->server.port(), m_server->port());
    EXPECT_EQ(link->server.scheme(), "https");
    EXPECT_EQ(link->fingerprint, m_fingerprint);

    const ProcessResult tablet =
        cli(m_tabletDir.path(), {"enrol", "--link", m_controller.issuedLink(), "--name", "二小平板1"});
    ASSERT_EQ(tablet.exitCode, 0) << tablet.out.toStdString() << tablet.err.toStdString();
    EXPECT_EQ(tablet.json().value("code").toString(), NewSchool);
    EXPECT_EQ(tablet.json().value("certificate_sha256").toString(), m_fingerprint);

    const ProcessResult again = cli(m_tabletDir.filePath("second"),
                                    {"enrol", "--link", m_controller.issuedLink(), "--name", "二小平板2"});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(QString(again.out + again.err).contains("只能用一次")) << again.err.toStdString();

    ASSERT_TRUE(finish([&] { m_controller.refreshDevices(); })) << m_controller.message().toStdString();
    bool found = false;
    for (const QVariant &device : m_controller.devices()) {
        const QVariantMap map = device.toMap();
        if (map.value("name").toString() == "二小平板1") {
            found = true;
            EXPECT_EQ(map.value("scopeName").toString(), "云溪县第二实验小学");
            EXPECT_EQ(map.value("roleLabel").toString(), "学校");
            EXPECT_EQ(map.value("lastPushAt").toString(), "还没有上传过");
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(m_controller.devices().size(), 2) << "the county's own device and the new tablet";
}

TEST_F(CountyEnrolTest, TheCountyOpensPublishesAndClosesACycleAndOfflineNothingChanges)
{
    ASSERT_TRUE(finish([&] {
        m_controller.createCycle("2026", "2026年度优质均衡监测", "2026-03-01", "2026-05-31", "national");
    })) << m_controller.message().toStdString();
    EXPECT_TRUE(m_controller.message().contains("已新建评估周期“2026年度优质均衡监测”"))
        << m_controller.message().toStdString();
    auto stateOf = [&](const QString &id) {
        for (const QVariant &cycle : m_controller.cycles())
            if (cycle.toMap().value("id").toString() == id)
                return cycle.toMap().value("state").toString();
        return QString();
    };
    // The list follows from the server, drafts included.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_controller.busy(); }, 20000));
    EXPECT_TRUE(m_controller.cyclesFromServer());
    EXPECT_EQ(stateOf("2026"), "draft");

    ASSERT_TRUE(finish([&] { m_controller.publishCycle("2026"); })) << m_controller.message().toStdString();
    EXPECT_TRUE(m_controller.message().contains("已发布")) << m_controller.message().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_controller.busy(); }, 20000));
    EXPECT_EQ(stateOf("2026"), "open");

    ASSERT_TRUE(finish([&] { m_controller.closeCycle("2026"); })) << m_controller.message().toStdString();
    EXPECT_TRUE(m_controller.message().contains("已结束")) << m_controller.message().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_controller.busy(); }, 20000));
    EXPECT_EQ(stateOf("2026"), "closed");

    // Closing it twice is refused by the server with its reason, not hidden.
    EXPECT_FALSE(finish([&] { m_controller.publishCycle("2026"); }));
    EXPECT_TRUE(m_controller.messageIsError());
    EXPECT_TRUE(m_controller.message().contains("没有完成")) << m_controller.message().toStdString();

    m_server->stop();
    EXPECT_FALSE(finish(
        [&] { m_controller.createCycle("2027", "2027年度", "2027-03-01", "2027-05-31", "national"); }));
    EXPECT_TRUE(m_controller.message().contains("什么也没有改变")) << m_controller.message().toStdString();
    EXPECT_FALSE(finish([&] { m_controller.refreshCycles(); }));
    EXPECT_FALSE(m_controller.cyclesFromServer());
    EXPECT_TRUE(m_controller.message().contains("本机上次同步")) << m_controller.message().toStdString();
}
