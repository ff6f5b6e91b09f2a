#include "PayloadCipher.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <limits>
#include <memory>

namespace junheng {

namespace {

const QByteArray sealedPrefix = QByteArrayLiteral("jh1:");

Error cryptoError(const char *what)
{
    return makeError("store.crypto",
                     QStringLiteral("加密组件出错（%1）。数据没有保存；请把此信息告诉技术支持。")
                         .arg(QLatin1String(what)));
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

// AES-256-GCM: nonce | ciphertext | tag.
Result<QByteArray> gcmSeal(const QByteArray &key, const QByteArray &plain, const QByteArray &associated)
{
    const QByteArray nonce = PayloadCipher::randomBytes(PayloadCipher::NonceSize);
    if (nonce.size() != PayloadCipher::NonceSize)
        return cryptoError("RAND_bytes");
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(PayloadCipher::NonceSize + plain.size() + PayloadCipher::TagSize, '\0');
    auto *data = reinterpret_cast<unsigned char *>(out.data());
    std::memcpy(data, nonce.constData(), PayloadCipher::NonceSize);
    int length = 0;
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                           reinterpret_cast<const unsigned char *>(key.constData()), data) != 1 ||
        (!associated.isEmpty() &&
         EVP_EncryptUpdate(ctx.get(), nullptr, &length,
                           reinterpret_cast<const unsigned char *>(associated.constData()),
                           int(associated.size())) != 1) ||
        EVP_EncryptUpdate(ctx.get(), data + PayloadCipher::NonceSize, &length,
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), data + PayloadCipher::NonceSize + length, &length) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, PayloadCipher::TagSize,
                            data + PayloadCipher::NonceSize + plain.size()) != 1)
        return cryptoError("AES-256-GCM");
    return out;
}

Result<QByteArray> gcmOpen(const QByteArray &key, const QByteArray &sealed, const QByteArray &associated)
{
    if (key.size() != PayloadCipher::KeySize ||
        sealed.size() < PayloadCipher::NonceSize + PayloadCipher::TagSize)
        return makeError("store.sealed", QStringLiteral("加密的数据不完整。"));
    const int textSize = int(sealed.size()) - PayloadCipher::NonceSize - PayloadCipher::TagSize;
    const auto *data = reinterpret_cast<const unsigned char *>(sealed.constData());
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray plain(textSize, '\0');
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    int length = 0;
    QByteArray tag(reinterpret_cast<const char *>(data + PayloadCipher::NonceSize + textSize),
                   PayloadCipher::TagSize);
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                           reinterpret_cast<const unsigned char *>(key.constData()), data) != 1 ||
        (!associated.isEmpty() &&
         EVP_DecryptUpdate(ctx.get(), nullptr, &length,
                           reinterpret_cast<const unsigned char *>(associated.constData()),
                           int(associated.size())) != 1) ||
        EVP_DecryptUpdate(ctx.get(), out, &length, data + PayloadCipher::NonceSize, textSize) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, PayloadCipher::TagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), out + length, &length) != 1)
        return makeError("store.sealed", QStringLiteral("加密的数据打不开（密钥不对，或数据被改动过）。"));
    return plain;
}

// OpenSSL's decoder (several times faster than QByteArray::fromBase64, which showed in the profile of a
// push: every sealed payload is decoded on its way out). seal() writes padded base64 in one line; anything
// else is left to Qt's lenient decoder.
QByteArray fromBase64(QByteArrayView text)
{
    if (text.size() % 4 != 0 || text.size() > std::numeric_limits<int>::max())
        return QByteArray::fromBase64(text.toByteArray());
    QByteArray out(text.size() / 4 * 3, '\0');
    const int decoded = EVP_DecodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                        reinterpret_cast<const unsigned char *>(text.data()), int(text.size()));
    if (decoded < 0)
        return QByteArray::fromBase64(text.toByteArray());
    const qsizetype padding = text.endsWith("==") ? 2 : text.endsWith('=') ? 1 : 0;
    out.truncate(decoded - padding);
    return out;
}

} // namespace

bool PayloadCipher::isSensitive(const QString &formId)
{
    return formId == QLatin1String("S5") || formId == QLatin1String("S6");
}

bool PayloadCipher::isSealed(const QByteArray &stored)
{
    return stored.startsWith(sealedPrefix);
}

QByteArray PayloadCipher::randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size) != 1)
        return {};
    return bytes;
}

Result<QByteArray> PayloadCipher::seal(const QByteArray &plain, const QByteArray &associated) const
{
    if (!isUnlocked())
        return makeError("store.locked", QStringLiteral("学生健康数据已加密，还没有输入 PIN。"));
    auto sealed = gcmSeal(m_key, plain, associated);
    if (!sealed)
        return sealed.error();
    return QByteArray(sealedPrefix + sealed->toBase64());
}

Result<QByteArray> PayloadCipher::open(const QByteArray &stored, const QByteArray &associated) const
{
    if (!isSealed(stored))
        return stored;
    if (!isUnlocked())
        return makeError("store.locked", QStringLiteral("学生健康数据已加密，还没有输入 PIN。"));
    return gcmOpen(m_key, fromBase64(QByteArrayView(stored).sliced(sealedPrefix.size())), associated);
}

Result<QByteArray> PayloadCipher::deriveKey(const QString &pin, const KeyParameters &parameters)
{
    if (parameters.kdf != QLatin1String("pbkdf2-sha256") || parameters.iterations < 1 ||
        parameters.salt.isEmpty())
        return makeError("store.keyring",
                         QStringLiteral("本机密钥的参数看不懂（%1，%2 次）。请把此信息告诉技术支持。")
                             .arg(parameters.kdf)
                             .arg(parameters.iterations));
    const QByteArray secret = pin.toUtf8();
    QByteArray key(KeySize, '\0');
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                          reinterpret_cast<const unsigned char *>(parameters.salt.constData()),
                          int(parameters.salt.size()), parameters.iterations, EVP_sha256(), KeySize,
                          reinterpret_cast<unsigned char *>(key.data())) != 1)
        return cryptoError("PBKDF2");
    return key;
}

Result<QByteArray> PayloadCipher::wrap(const QByteArray &wrappingKey, const QByteArray &dataKey)
{
    return gcmSeal(wrappingKey, dataKey, QByteArrayLiteral("junheng data key"));
}

Result<QByteArray> PayloadCipher::unwrap(const QByteArray &wrappingKey, const QByteArray &wrapped)
{
    auto key = gcmOpen(wrappingKey, wrapped, QByteArrayLiteral("junheng data key"));
    if (!key || key->size() != KeySize)
        return makeError("store.pin", QStringLiteral("PIN 不对。"));
    return key;
}

} // namespace junheng
