#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace junheng {

// How the key of the student health data is derived from the PIN and kept (the keyring table).
struct KeyParameters
{
    static constexpr int DefaultIterations = 310000; // PBKDF2-HMAC-SHA256, OWASP's 2021 figure

    QString kdf = QStringLiteral("pbkdf2-sha256");
    int iterations = DefaultIterations;
    QByteArray salt; // 16 random bytes
};

// Encryption at rest of the payloads of the student health forms (S5 近视筛查, S6 体质健康测试), with
// OpenSSL: each payload sealed with AES-256-GCM under the device's random 256-bit data key, a fresh
// 96-bit nonce per write and the record's uuid as associated data (a sealed payload copied onto another
// record does not open). The data key is kept only wrapped (AES-256-GCM) by a key derived from the PIN;
// changing the PIN re-wraps it and re-encrypts nothing. Holds the data key in memory once unlocked.
class PayloadCipher
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;

    // The forms whose payloads are sealed.
    static bool isSensitive(const QString &formId);
    // A stored payload that is sealed ("jh1:" + base64) rather than JSON ("{…}").
    static bool isSealed(const QByteArray &stored);

    bool isUnlocked() const { return m_key.size() == KeySize; }
    void setKey(const QByteArray &key) { m_key = key; }
    QByteArray key() const { return m_key; }
    void lock()
    {
        m_key.fill('\0');
        m_key.clear();
    }

    Result<QByteArray> seal(const QByteArray &plain, const QByteArray &associated) const;
    // Fails (without saying more) when the data is not this key's or was changed.
    Result<QByteArray> open(const QByteArray &stored, const QByteArray &associated) const;

    static QByteArray randomBytes(int size);
    static Result<QByteArray> deriveKey(const QString &pin, const KeyParameters &parameters);
    // nonce | ciphertext | tag of the data key under the PIN's key; unwrap fails for another PIN.
    static Result<QByteArray> wrap(const QByteArray &wrappingKey, const QByteArray &dataKey);
    static Result<QByteArray> unwrap(const QByteArray &wrappingKey, const QByteArray &wrapped);

private:
    QByteArray m_key;
};

} // namespace junheng
