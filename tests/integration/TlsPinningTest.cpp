// TLS with a self-signed certificate, end to end with the real server and the real CLI: the device pins
// the certificate at enrolment (the one the county gave, or the first seen), syncs with it, and refuses a
// server that later shows another certificate without sending anything.
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString SchoolCode = QStringLiteral("3703990101");

class TlsPinningTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid() && m_clientDir.isValid());
        const ProcessResult demo =
            runProgram(JUNHENG_SERVER_BIN, {"init-demo", "--data-dir", m_serverDir.path()});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    // A self-signed certificate for 127.0.0.1 made with the openssl tool; returns its SHA-256 (hex).
    QString makeCertificate(const QString &name)
    {
        const QString cert = m_serverDir.filePath(name + ".crt");
        const QString key = m_serverDir.filePath(name + ".key");
        const ProcessResult made = runProgram(
            "openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                        "-keyout", key, "-out", cert, "-days", "30", "-subj", "/CN=127.0.0.1", "-addext",
                        "subjectAltName=IP:127.0.0.1"});
        EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
        const auto certificates = QSslCertificate::fromPath(cert);
        EXPECT_EQ(certificates.size(), 1);
        return certificates.isEmpty()
                   ? QString()
                   : QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex());
    }

    std::unique_ptr<ServerProcess> startServer(const QString &name, quint16 port)
    {
        auto server = std::make_unique<ServerProcess>(
            m_serverDir.path(), QStringList{"--tls-cert", m_serverDir.filePath(name + ".crt"), "--tls-key",
                                            m_serverDir.filePath(name + ".key")});
        QString why;
        EXPECT_TRUE(server->start(port, &why)) << why.toStdString();
        EXPECT_EQ(server->url().scheme(), "https");
        return server;
    }

    QString issueCode()
    {
        const ProcessResult issued = runProgram(
            JUNHENG_SERVER_BIN, {"issue-code", "--data-dir", m_serverDir.path(), "--school", SchoolCode});
        EXPECT_EQ(issued.exitCode, 0) << issued.err.toStdString();
        return issued.out.trimmed();
    }

    ProcessResult cli(const QString &device, const QStringList &arguments)
    {
        return runProgram(JUNHENG_CLI_BIN,
                          QStringList{"--data-dir", m_clientDir.filePath(device), "--json"} + arguments);
    }

    QTemporaryDir m_serverDir;
    QTemporaryDir m_clientDir;
};

} // namespace

TEST_F(TlsPinningTest, TheFirstCertificateSeenIsPinnedAndAnotherOneLaterIsRefused)
{
    const QString first = makeCertificate("first");
    makeCertificate("second");
    auto server = startServer("first", 0);
    const quint16 port = server->port();
    const QString url = server->url().toString();

    const ProcessResult enrolled = cli("tablet", {"enrol", "--server", url, "--code", issueCode()});
    ASSERT_EQ(enrolled.exitCode, 0) << enrolled.out.toStdString() << enrolled.err.toStdString();
    EXPECT_EQ(enrolled.json().value("certificate_sha256").toString(), first);
    EXPECT_EQ(cli("tablet", {"sync"}).exitCode, 0);

    server->stop();
    server = startServer("second", port); // same address, another certificate: an impostor or a new one
    const ProcessResult refused = cli("tablet", {"sync"});
    EXPECT_EQ(refused.exitCode, 3);
    const QString said = refused.out + refused.err;
    EXPECT_TRUE(said.contains(QStringLiteral("证书"))) << said.toStdString();
    EXPECT_TRUE(said.contains(first.left(16))) << "the message names the pinned certificate";
}

TEST_F(TlsPinningTest, AnExpectedFingerprintMustMatchAtEnrolment)
{
    const QString first = makeCertificate("first");
    auto server = startServer("first", 0);
    const QString url = server->url().toString();

    QString wrong = first;
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const ProcessResult refused =
        cli("a", {"enrol", "--server", url, "--code", issueCode(), "--fingerprint", wrong});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(QString(refused.out + refused.err).contains(QStringLiteral("证书")));
    EXPECT_EQ(cli("a", {"status"}).json().value("enrolled").toBool(true), false) << "nothing was saved";

    // Written as openssl prints it, upper case with colons.
    QString colons;
    for (int i = 0; i < first.size(); i += 2)
        colons += (i ? ":" : "") + first.mid(i, 2).toUpper();
    const ProcessResult enrolled =
        cli("b", {"enrol", "--server", url, "--code", issueCode(), "--fingerprint", colons});
    ASSERT_EQ(enrolled.exitCode, 0) << enrolled.out.toStdString() << enrolled.err.toStdString();
    EXPECT_EQ(enrolled.json().value("certificate_sha256").toString(), first);
}
