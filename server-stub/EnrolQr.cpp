#include "EnrolQr.h"

#include "QrCode.h"
#include "TlsCertificate.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <cstdio>

namespace junheng::server {

namespace {

void err(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
}

} // namespace

Result<protocol::EnrolLink> enrolLink(const ServerConfig &config, const QString &code)
{
    protocol::EnrolLink link;
    link.code = code;
    if (!config.enrolUrl.isEmpty()) {
        link.server = QUrl(config.enrolUrl, QUrl::StrictMode);
        if (!link.server.isValid() || link.server.host().isEmpty() ||
            (link.server.scheme() != QLatin1String("https") && link.server.scheme() != QLatin1String("http")))
            return makeError("usage", QStringLiteral("--url 应是学校设备访问服务器用的地址，如 "
                                                     "https://192.168.1.10:8470，收到的是“%1”。")
                                          .arg(config.enrolUrl));
    } else {
        if (QHostAddress(config.host) == QHostAddress::AnyIPv4 ||
            QHostAddress(config.host) == QHostAddress::AnyIPv6)
            return makeError("usage",
                             QStringLiteral("服务器监听所有地址（%1），不知道学校设备该用哪个地址访问。"
                                            "请用 --url https://地址:端口 给出。")
                                 .arg(config.host));
        const QString host =
            config.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(config.host) : config.host;
        link.server = QUrl(QStringLiteral("%1://%2:%3")
                               .arg(config.usesTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
                               .arg(config.port));
    }
    if (link.server.scheme() == QLatin1String("https") && config.usesTls()) {
        // The certificate serve uses: the one given, or the self-signed one in the data directory (made
        // now if the server has not run yet, exactly as serve would make it).
        QString certificate = config.tlsCertificate;
        if (certificate.isEmpty()) {
            certificate = config.generatedCertificatePath();
            if (Status made =
                    TlsCertificate::ensureSelfSigned(certificate, config.generatedKeyPath(), {config.host});
                !made)
                return made.error();
        }
        auto fingerprint = TlsCertificate::fingerprint(certificate);
        if (!fingerprint)
            return fingerprint.error();
        static const QRegularExpression notHex(QStringLiteral("[^0-9a-f]"));
        link.fingerprint = fingerprint.value().toLower().remove(notHex);
    }
    return link;
}

int showEnrolLink(const ServerConfig &config, const protocol::EnrolLink &link)
{
    const QString text = link.toString();
    auto block = QrCode::terminalText(text);
    if (!block) {
        err(QStringLiteral("junheng-server: %1").arg(block.error().message));
        return 1;
    }
    err(QStringLiteral("登记二维码（用学校设备扫描，或把下面的链接粘贴到登记页）："));
    err(block.value());
    err(text);
    if (!config.enrolQrFile.isEmpty()) {
        auto image = QrCode::encode(text, 8);
        if (!image || !image->save(config.enrolQrFile, "PNG")) {
            err(QStringLiteral("junheng-server: 无法写出二维码图片 %1（%2）。登记码仍然有效。")
                    .arg(config.enrolQrFile,
                         image ? QStringLiteral("请检查目录是否存在、是否有写权限") : image.error().message));
            return 1;
        }
        err(QStringLiteral("二维码图片已保存到 %1").arg(config.enrolQrFile));
    }
    return 0;
}

} // namespace junheng::server
