#include "PushReply.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace junheng::protocol {

namespace {

Error badReply(const QString &what)
{
    return makeError("protocol.reply",
                     QStringLiteral("服务器的回复格式不对（%1）。数据都保存在本机，稍后会再试。").arg(what));
}

} // namespace

QString batchDigest(const QList<SentKey> &sent)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SentKey &key : sent) {
        hash.addData(key.uuid.toLatin1());
        hash.addData(QByteArrayView("@"));
        hash.addData(QByteArray::number(key.revision));
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject compactPushReply(const QList<PushResult> &results)
{
    QList<SentKey> sent;
    sent.reserve(results.size());
    QJsonArray runs;
    QJsonArray others;
    qsizetype runStart = -1;
    auto closeRun = [&](qsizetype end) {
        if (runStart >= 0)
            runs.append(QJsonArray{runStart, end - runStart, results.at(runStart).seq});
        runStart = -1;
    };
    for (qsizetype i = 0; i < results.size(); ++i) {
        const PushResult &result = results.at(i);
        sent.append({result.uuid, result.revision});
        if (result.outcome != Outcome::Applied || result.late) { // a late one says so in full
            closeRun(i);
            QJsonObject full = result.toJson();
            full.insert("index", i);
            others.append(full);
            continue;
        }
        // A run goes on while both the index and the seq go up by one.
        if (runStart >= 0 && result.seq != results.at(i - 1).seq + 1)
            closeRun(i);
        if (runStart < 0)
            runStart = i;
    }
    closeRun(results.size());
    return QJsonObject{{"batch", batchDigest(sent)}, {"applied", runs}, {"results", others}};
}

Result<QList<PushResult>> readCompactPushReply(const QJsonObject &reply, const QList<SentKey> &sent)
{
    if (!reply.value("batch").isString() || !reply.value("applied").isArray() ||
        !reply.value("results").isArray())
        return badReply(QStringLiteral("缺少 batch、applied 或 results"));
    if (reply.value("batch").toString() != batchDigest(sent))
        return badReply(QStringLiteral("回复的不是本次发送的这批记录"));
    QList<PushResult> results(sent.size());
    QList<bool> answered(sent.size(), false);
    auto answer = [&](qint64 index) -> bool {
        if (index < 0 || index >= sent.size() || answered.at(index))
            return false;
        answered[index] = true;
        return true;
    };
    for (const QJsonValue &value : reply.value("applied").toArray()) {
        const QJsonArray run = value.toArray();
        if (run.size() != 3 || !run.at(0).isDouble() || !run.at(1).isDouble() || !run.at(2).isDouble())
            return badReply(QStringLiteral("applied 的一项不是 [序号, 条数, seq]"));
        const qint64 first = run.at(0).toInteger();
        const qint64 count = run.at(1).toInteger();
        const qint64 seq = run.at(2).toInteger();
        if (count < 1 || seq < 1 || count > sent.size())
            return badReply(QStringLiteral("applied 的条数或 seq 不对"));
        for (qint64 k = 0; k < count; ++k) {
            if (!answer(first + k))
                return badReply(QStringLiteral("第 %1 条记录的结果重复或超出范围").arg(first + k + 1));
            PushResult &result = results[first + k];
            result.uuid = sent.at(first + k).uuid;
            result.revision = sent.at(first + k).revision;
            result.outcome = Outcome::Applied;
            result.seq = seq + k;
        }
    }
    for (const QJsonValue &value : reply.value("results").toArray()) {
        const QJsonObject object = value.toObject();
        const qint64 index = object.value("index").isDouble() ? object.value("index").toInteger() : -1;
        auto result = PushResult::fromJson(object);
        if (!result)
            return result.error();
        if (!answer(index))
            return badReply(QStringLiteral("第 %1 条记录的结果重复或超出范围").arg(index + 1));
        if (result->uuid != sent.at(index).uuid || result->revision != sent.at(index).revision)
            return badReply(QStringLiteral("第 %1 条结果与发送的记录对不上").arg(index + 1));
        results[index] = std::move(result).value();
    }
    for (qsizetype i = 0; i < answered.size(); ++i) {
        if (!answered.at(i))
            return badReply(QStringLiteral("缺少第 %1 条记录的结果").arg(i + 1));
    }
    return results;
}

} // namespace junheng::protocol
