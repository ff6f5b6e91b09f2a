// Encryption at rest of the student health forms (S5, S6) in LocalStore: the PIN, the keyring (the data key
// wrapped by a key derived from the PIN), sealing payloads on write and opening them on read.
#include "LocalStore.h"

#include "RecordRows.h"
#include "SqlSupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <sqlite3.h>

namespace junheng {

namespace {

const QByteArray keyCheckText = QByteArrayLiteral("junheng key check");

// The data keys unlocked in this process, by database path (memory only): another connection to the same
// file in this process (the dashboard's, the import worker's) opens unlocked without asking again.
QMutex processKeysMutex;
QHash<QString, QByteArray> &processKeys()
{
    static QHash<QString, QByteArray> keys;
    return keys;
}

void rememberKey(const QString &path, const QByteArray &key)
{
    const QMutexLocker locker(&processKeysMutex);
    processKeys().insert(path, key);
}

Error lockedError()
{
    return makeError(
        "store.locked",
        QStringLiteral("近视筛查（S5）和体质健康测试（S6）是学生健康数据，本机加密保存：请先输入 PIN"
                       "（第一次使用时先设置 PIN）再保存或查看。命令行可设置环境变量 JUNHENG_PIN。"));
}

struct Keyring
{
    KeyParameters parameters;
    QByteArray wrappedKey;
    QByteArray keyCheck;
};

// jh_field(payload, uuid, field): a field of a payload, sealed or not, for ORDER BY on a measurement of an
// encrypted roster (the derived columns hold no measurement). NULL when the payload cannot be opened.
void payloadField(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 3) {
        sqlite3_result_null(context);
        return;
    }
    const auto *cipher = static_cast<const PayloadCipher *>(sqlite3_user_data(context));
    const QByteArray stored(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])),
                            sqlite3_value_bytes(argv[0]));
    const QByteArray uuid(reinterpret_cast<const char *>(sqlite3_value_text(argv[1])),
                          sqlite3_value_bytes(argv[1]));
    const QString field = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[2])),
                                            sqlite3_value_bytes(argv[2]));
    auto plain = cipher->open(stored, uuid);
    if (!plain) {
        sqlite3_result_null(context);
        return;
    }
    const QJsonValue value = QJsonDocument::fromJson(plain.value()).object().value(field);
    if (value.isDouble())
        sqlite3_result_double(context, value.toDouble());
    else if (value.isString())
        sqlite3_result_text(context, value.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
    else if (value.isBool())
        sqlite3_result_int(context, value.toBool() ? 1 : 0);
    else
        sqlite3_result_null(context);
}

} // namespace

Status LocalStore::checkPinText(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,12}$"));
    if (!digits.match(pin).hasMatch())
        return makeError(
            "store.pin_format",
            QStringLiteral("PIN 应为 6 到 12 位数字（现在是 %1 个字符）。请重新输入。").arg(pin.size()));
    return Ok{};
}

Status LocalStore::registerSqlFunctions()
{
    sqlite3 *sqlite = sqliteHandle(db());
    if (!sqlite ||
        sqlite3_create_function_v2(sqlite, "jh_field", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &m_cipher,
                                   payloadField, nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError("store.open",
                         QStringLiteral("本机数据库初始化失败（jh_field）。请把此信息告诉技术支持。"));
    return Ok{};
}

bool LocalStore::hasPin() const
{
    QSqlQuery query(db());
    return execute(query, "SELECT 1 FROM keyring WHERE id = 1") && query.next();
}

namespace {

std::optional<Keyring> readKeyring(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!execute(query, "SELECT kdf, iterations, salt, wrapped_key, key_check FROM keyring WHERE id = 1") ||
        !query.next())
        return std::nullopt;
    Keyring ring;
    ring.parameters.kdf = query.value(0).toString();
    ring.parameters.iterations = query.value(1).toInt();
    ring.parameters.salt = query.value(2).toByteArray();
    ring.wrappedKey = query.value(3).toByteArray();
    ring.keyCheck = query.value(4).toByteArray();
    return ring;
}

} // namespace

Status LocalStore::setPin(const QString &pin, int iterations)
{
    if (Status format = checkPinText(pin); !format)
        return format;
    if (hasPin())
        return makeError("store.pin_exists",
                         QStringLiteral("本机已经设置过 PIN。要更换，请先输入原来的 PIN 再设置新的。"));
    KeyParameters parameters;
    parameters.iterations = iterations;
    parameters.salt = PayloadCipher::randomBytes(16);
    const QByteArray dataKey = PayloadCipher::randomBytes(PayloadCipher::KeySize);
    auto wrappingKey = PayloadCipher::deriveKey(pin, parameters);
    if (!wrappingKey)
        return wrappingKey.error();
    auto wrapped = PayloadCipher::wrap(wrappingKey.value(), dataKey);
    if (!wrapped)
        return wrapped.error();
    PayloadCipher cipher;
    cipher.setKey(dataKey);
    auto check = cipher.seal(keyCheckText, {});
    if (!check)
        return check.error();

    // The keyring and the sealing of every S5/S6 payload saved before (a database from before encryption)
    // are one transaction: after a crash the store is either as it was or fully encrypted.
    Transaction transaction(db());
    QSqlQuery query(db());
    const QString stamp = storedNow();
    if (!execute(
            query,
            "INSERT INTO keyring (id, kdf, iterations, salt, wrapped_key, key_check, created_at, changed_at)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
            {parameters.kdf, parameters.iterations, parameters.salt, wrapped.value(), check.value(), stamp,
             stamp}))
        return storeError(QStringLiteral("保存密钥"), query.lastError());
    m_cipher.setKey(dataKey);
    if (Status sealed = sealPlainPayloads(); !sealed) {
        m_cipher.lock();
        return sealed;
    }
    if (Status committed = transaction.commit(); !committed) {
        m_cipher.lock();
        return committed;
    }
    checkpoint();
    rememberKey(m_path, dataKey);
    Q_EMIT recordsChanged();
    return Ok{};
}

Status LocalStore::unlock(const QString &pin)
{
    const auto ring = readKeyring(db());
    if (!ring)
        return makeError("store.no_pin", QStringLiteral("本机还没有设置 PIN，请先设置。"));
    auto wrappingKey = PayloadCipher::deriveKey(pin, ring->parameters);
    if (!wrappingKey)
        return wrappingKey.error();
    auto dataKey = PayloadCipher::unwrap(wrappingKey.value(), ring->wrappedKey);
    if (!dataKey)
        return makeError("store.pin", QStringLiteral("PIN 不对，没有打开学生健康数据。请重新输入。"));
    return unlockWithSessionKey(dataKey.value());
}

Status LocalStore::unlockWithSessionKey(const QByteArray &key)
{
    const auto ring = readKeyring(db());
    if (!ring)
        return makeError("store.no_pin", QStringLiteral("本机还没有设置 PIN，请先设置。"));
    PayloadCipher cipher;
    cipher.setKey(key);
    auto check = cipher.open(ring->keyCheck, {});
    if (!check || check.value() != keyCheckText)
        return makeError("store.pin", QStringLiteral("PIN 不对，没有打开学生健康数据。请重新输入。"));
    m_cipher.setKey(key);
    rememberKey(m_path, key);
    // A payload left in clear (saved by a version before encryption after the PIN was set) is sealed now.
    Transaction transaction(db());
    if (Status sealed = sealPlainPayloads(); !sealed)
        return sealed;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT recordsChanged();
    return Ok{};
}

void LocalStore::forgetProcessKeys()
{
    const QMutexLocker locker(&processKeysMutex);
    for (QByteArray &key : processKeys())
        key.fill('\0');
    processKeys().clear();
}

void LocalStore::adoptProcessKey()
{
    QByteArray key;
    {
        const QMutexLocker locker(&processKeysMutex);
        key = processKeys().value(m_path);
    }
    if (!key.isEmpty() && hasPin())
        (void)unlockWithSessionKey(key);
}

Status LocalStore::changePin(const QString &oldPin, const QString &newPin)
{
    if (Status format = checkPinText(newPin); !format)
        return format;
    const auto ring = readKeyring(db());
    if (!ring)
        return makeError("store.no_pin", QStringLiteral("本机还没有设置 PIN，请先设置。"));
    auto oldKey = PayloadCipher::deriveKey(oldPin, ring->parameters);
    if (!oldKey)
        return oldKey.error();
    auto dataKey = PayloadCipher::unwrap(oldKey.value(), ring->wrappedKey);
    if (!dataKey)
        return makeError("store.pin", QStringLiteral("原来的 PIN 不对，PIN 没有更换。"));
    KeyParameters parameters = ring->parameters;
    parameters.salt = PayloadCipher::randomBytes(16);
    auto newKey = PayloadCipher::deriveKey(newPin, parameters);
    if (!newKey)
        return newKey.error();
    auto wrapped = PayloadCipher::wrap(newKey.value(), dataKey.value());
    if (!wrapped)
        return wrapped.error();
    // Only the wrapped key changes: the payloads stay sealed under the same data key.
    QSqlQuery query(db());
    if (!execute(query, "UPDATE keyring SET salt = ?, wrapped_key = ?, changed_at = ? WHERE id = 1",
                 {parameters.salt, wrapped.value(), storedNow()}))
        return storeError(QStringLiteral("更换 PIN"), query.lastError());
    m_cipher.setKey(dataKey.value());
    return Ok{};
}

Status LocalStore::sealPlainPayloads()
{
    QSqlQuery select(db());
    if (!execute(
            select,
            "SELECT uuid, form_id, payload FROM records WHERE form_id IN ('S5', 'S6') AND payload LIKE '{%'"))
        return storeError(QStringLiteral("加密已有的学生健康数据"), select.lastError());
    QList<std::tuple<QString, QString, QByteArray>> plain;
    while (select.next())
        plain.append({select.value(0).toString(), select.value(1).toString(), select.value(2).toByteArray()});
    select.finish();
    QSqlQuery update(db());
    if (!update.prepare(QStringLiteral("UPDATE records SET payload = ? WHERE uuid = ?")))
        return storeError(QStringLiteral("加密已有的学生健康数据"), update.lastError());
    for (const auto &[uuid, formId, payload] : plain) {
        auto sealed = m_cipher.seal(payload, uuid.toUtf8());
        if (!sealed)
            return sealed.error();
        update.addBindValue(QString::fromLatin1(sealed.value()));
        update.addBindValue(uuid);
        if (!update.exec())
            return storeError(QStringLiteral("加密已有的学生健康数据"), update.lastError());
    }
    return Ok{};
}

void LocalStore::checkpoint()
{
    // Plain text written before the PIN may still be in the WAL: copy it into the (secure_delete) file.
    QSqlQuery query(db());
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<QString> LocalStore::storedPayload(const QString &uuid, const QString &formId,
                                          const QJsonObject &payload) const
{
    const QString text = payloadText(payload);
    if (!PayloadCipher::isSensitive(formId))
        return text;
    if (!m_cipher.isUnlocked())
        return lockedError();
    auto sealed = m_cipher.seal(text.toUtf8(), uuid.toUtf8());
    if (!sealed)
        return sealed.error();
    return QString::fromLatin1(sealed.value());
}

QByteArray LocalStore::openedPayload(const QString &uuid, const QByteArray &stored, bool *locked) const
{
    if (locked)
        *locked = false;
    if (!PayloadCipher::isSealed(stored))
        return stored;
    auto plain = m_cipher.open(stored, uuid.toUtf8());
    if (!plain) {
        if (locked)
            *locked = true;
        return QByteArrayLiteral("{}");
    }
    return plain.value();
}

LocalRecord LocalStore::readRow(const QSqlQuery &query) const
{
    LocalRecord record = readRecord(query);
    const QByteArray stored = query.value(9).toByteArray();
    if (PayloadCipher::isSealed(stored)) {
        bool locked = false;
        record.payload = QJsonDocument::fromJson(openedPayload(record.uuid, stored, &locked)).object();
        record.locked = locked;
    }
    return record;
}

} // namespace junheng
