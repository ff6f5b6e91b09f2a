// Enrolment by QR code, end to end: the county runs `junheng-server issue-code --qr`, the PNG holds the
// link (address, code, fingerprint of the server's self-signed certificate), and a device enrols from
// the image alone against the real TLS server, pinning exactly that certificate.
#include "EnrolLink.h"
#include "QrCode.h"
#include "ServerProcess.h"

#include <QDir>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString SchoolCode = QStringLiteral("3703990101");

} // namespace

TEST(EnrolQrTest, ADeviceEnrolsFromTheQrImageAndPinsTheCertificateItNames)
{
    QTemporaryDir serverDir;
    QTemporaryDir clientDir;
    ASSERT_TRUE(serverDir.isValid() && clientDir.isValid());
    ASSERT_EQ(runProgram(JUNHENG_SERVER_BIN, {"init-demo", "--data-dir", serverDir.path()}).exitCode, 0);

    // The first QR makes the server's self-signed certificate, as serve would.
    const QString first = serverDir.filePath("first.png");
    ProcessResult issued = runProgram(JUNHENG_SERVER_BIN, {"issue-code", "--data-dir", serverDir.path(),
                                                           "--school", SchoolCode, "--qr", first});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QString certificate = QDir(serverDir.path()).filePath("tls/server.crt");
    const auto certificates = QSslCertificate::fromPath(certificate);
    ASSERT_EQ(certificates.size(), 1);
    const QString fingerprint =
        QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex());

    ServerProcess server(serverDir.path(), {"--tls-cert", certificate, "--tls-key",
                                            QDir(serverDir.path()).filePath("tls/server.key")});
    QString why;
    ASSERT_TRUE(server.start(0, &why)) << why.toStdString();
    const QString png = serverDir.filePath("enrol.png");
    issued = runProgram(JUNHENG_SERVER_BIN, {"issue-code", "--data-dir", serverDir.path(), "--school",
                                             SchoolCode, "--url", server.url().toString(), "--qr", png});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QString code = issued.out.trimmed();
    EXPECT_TRUE(issued.err.contains(QChar(0x2588))) << "the QR drawn on the terminal";
    EXPECT_TRUE(issued.err.contains("junheng://enrol?"));

    // What the image holds.
    auto text = junheng::QrCode::decodeFile(png);
    ASSERT_TRUE(text.ok()) << text.error().message.toStdString();
    auto link = junheng::protocol::EnrolLink::parse(text.value());
    ASSERT_TRUE(link.ok()) << link.error().message.toStdString();
    EXPECT_EQ(link->code, code);
    EXPECT_EQ(link->server, server.url());
    EXPECT_EQ(link->fingerprint, fingerprint);

    const ProcessResult enrolled =
        runProgram(JUNHENG_CLI_BIN, {"--data-dir", clientDir.path(), "--json", "enrol", "--qr", png});
    ASSERT_EQ(enrolled.exitCode, 0) << enrolled.out.toStdString() << enrolled.err.toStdString();
    EXPECT_EQ(enrolled.json().value("code").toString(), SchoolCode);
    EXPECT_EQ(enrolled.json().value("certificate_sha256").toString(), fingerprint);
    const ProcessResult synced =
        runProgram(JUNHENG_CLI_BIN, {"--data-dir", clientDir.path(), "--json", "sync"});
    EXPECT_EQ(synced.exitCode, 0) << synced.out.toStdString() << synced.err.toStdString();

    // A link whose fingerprint is not the server's is refused before anything is sent.
    junheng::protocol::EnrolLink forged = link.value();
    forged.fingerprint = QString(64, QLatin1Char('a'));
    forged.code =
        runProgram(JUNHENG_SERVER_BIN, {"issue-code", "--data-dir", serverDir.path(), "--school", SchoolCode})
            .out.trimmed();
    const ProcessResult refused =
        runProgram(JUNHENG_CLI_BIN, {"--data-dir", clientDir.filePath("other"), "--json", "enrol", "--link",
                                     forged.toString()});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(QString(refused.out + refused.err).contains(QStringLiteral("证书"))) << refused.err.toStdString();
}

TEST(EnrolQrTest, ABrokenLinkSaysWhatIsWrong)
{
    EXPECT_FALSE(junheng::protocol::EnrolLink::parse("https://example.com/?code=AB").ok());
    auto noCode = junheng::protocol::EnrolLink::parse("junheng://enrol?server=https%3A%2F%2Fh%3A1");
    ASSERT_FALSE(noCode.ok());
    EXPECT_TRUE(noCode.error().message.contains(QStringLiteral("登记码")));
    auto badFp = junheng::protocol::EnrolLink::parse(
        "junheng://enrol?server=https%3A%2F%2Fh%3A1&code=ABCD-EFGH&fp=12");
    ASSERT_FALSE(badFp.ok());
    EXPECT_TRUE(badFp.error().message.contains(QStringLiteral("指纹")));
    junheng::protocol::EnrolLink link{QUrl("https://10.0.0.5:8470"), "K7QM-3XPD",
                                      QString(64, QLatin1Char('b'))};
    auto back = junheng::protocol::EnrolLink::parse(link.toString());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->server, link.server);
    EXPECT_EQ(back->code, link.code);
    EXPECT_EQ(back->fingerprint, link.fingerprint);
}
