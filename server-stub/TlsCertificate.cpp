#include "TlsCertificate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslCertificate>
#include <cstring>
#include <functional>
#include <memory>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace junheng::server {

namespace {

struct Free
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(EVP_PKEY_CTX *context) const { EVP_PKEY_CTX_free(context); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(X509_EXTENSION *extension) const { X509_EXTENSION_free(extension); }
    void operator()(BIO *bio) const { BIO_free(bio); }
};
template <typename T> using Owned = std::unique_ptr<T, Free>;

Error tlsError(const QString &what)
{
    return makeError("server.tls", QStringLiteral("生成自签名 TLS 证书失败（%1）。可以改用 --tls-cert 和 "
                                                  "--tls-key 指定证书。")
                                       .arg(what));
}

QByteArray pemOf(const std::function<int(BIO *)> &write)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Status writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return makeError("server.io", QStringLiteral("写不了文件 %1：%2").arg(path, file.errorString()));
    QFile::setPermissions(path, permissions);
    return Ok{};
}

} // namespace

Status TlsCertificate::ensureSelfSigned(const QString &certificateFile, const QString &keyFile,
                                        const QStringList &hosts, bool *created)
{
    if (created)
        *created = false;
    if (QFileInfo::exists(certificateFile) && QFileInfo::exists(keyFile))
        return Ok{};
    QDir().mkpath(QFileInfo(certificateFile).absolutePath());
    QDir().mkpath(QFileInfo(keyFile).absolutePath());

    Owned<EVP_PKEY_CTX> context(EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr));
    EVP_PKEY *rawKey = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_ec_paramgen_curve_nid(context.get(), NID_X9_62_prime256v1) != 1 ||
        EVP_PKEY_keygen(context.get(), &rawKey) != 1)
        return tlsError(QStringLiteral("生成密钥"));
    Owned<EVP_PKEY> key(rawKey);

    Owned<X509> certificate(X509_new());
    if (!certificate)
        return tlsError(QStringLiteral("X509_new"));
    X509_set_version(certificate.get(), 2);
    // A random serial: two servers' certificates must differ even when made in the same second.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    unsigned char serial[sizeof words];
    std::memcpy(serial, words, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Junheng"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("junheng-server"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);

    QStringList names{QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"),
                      QStringLiteral("IP:::1")};
    for (const QString &host : hosts) {
        const QHostAddress address(host);
        const QString entry = address.isNull() ? QStringLiteral("DNS:") + host : QStringLiteral("IP:") + host;
        if (!host.isEmpty() && !address.isEqual(QHostAddress::AnyIPv4) &&
            !address.isEqual(QHostAddress::AnyIPv6) && !names.contains(entry))
            names.append(entry);
    }
    X509V3_CTX v3;
    X509V3_set_ctx_nodb(&v3);
    X509V3_set_ctx(&v3, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    const QByteArray altNames = names.join(QLatin1Char(',')).toLatin1();
    for (const auto &[nid, value] : {std::pair<int, QByteArray>{NID_subject_alt_name, altNames},
                                     {NID_basic_constraints, QByteArrayLiteral("critical,CA:FALSE")},
                                     {NID_ext_key_usage, QByteArrayLiteral("serverAuth")}}) {
        Owned<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &v3, nid, value.constData()));
        if (!extension || X509_add_ext(certificate.get(), extension.get(), -1) != 1)
            return tlsError(QStringLiteral("证书扩展"));
    }
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0)
        return tlsError(QStringLiteral("签名"));

    const QByteArray keyPem = pemOf([&](BIO *bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    const QByteArray certificatePem =
        pemOf([&](BIO *bio) { return PEM_write_bio_X509(bio, certificate.get()); });
    if (keyPem.isEmpty() || certificatePem.isEmpty())
        return tlsError(QStringLiteral("写 PEM"));
    // The key first and owner-only: a certificate without its key is useless, a readable key is a leak.
    if (Status status = writeFile(keyFile, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner); !status)
        return status;
    if (Status status = writeFile(certificateFile, certificatePem,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther);
        !status)
        return status;
    if (created)
        *created = true;
    return Ok{};
}

Result<QString> TlsCertificate::fingerprint(const QString &certificateFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return makeError("server.tls",
                         QStringLiteral("读不出证书文件 %1（应为 PEM 格式）。").arg(certificateFile));
    const QByteArray digest = chain.first().digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

} // namespace junheng::server
