#include "FieldMerge.h"

#include <QJsonArray>
#include <QSet>

namespace junheng {

namespace {

bool isDeleted(const QJsonObject &payload)
{
    return payload.value(FieldMerge::DeletedKey).toBool();
}

// An attachment list: an array whose every element is an object naming its file by "sha256".
bool isFileList(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isObject() || !element.toObject().value(QLatin1String("sha256")).isString())
            return false;
    }
    return true;
}

QSet<QString> fileIds(const QJsonValue &value)
{
    QSet<QString> ids;
    for (const QJsonValue &element : value.toArray())
        ids.insert(element.toObject().value(QLatin1String("sha256")).toString());
    return ids;
}

// Files kept on both sides since base, plus what either side added; local order first.
QJsonValue mergeFiles(const QJsonValue &base, const QJsonValue &local, const QJsonValue &server)
{
    const QSet<QString> before = fileIds(base);
    const QSet<QString> theirs = fileIds(server);
    const QSet<QString> mine = fileIds(local);
    QJsonArray out;
    QSet<QString> taken;
    auto keep = [&](const QJsonValue &element) {
        const QString id = element.toObject().value(QLatin1String("sha256")).toString();
        if (taken.contains(id))
            return;
        taken.insert(id);
        out.append(element);
    };
    for (const QJsonValue &element : local.toArray()) {
        const QString id = element.toObject().value(QLatin1String("sha256")).toString();
        if (!before.contains(id) || theirs.contains(id)) // added here, or still there on the server
            keep(element);
    }
    for (const QJsonValue &element : server.toArray()) {
        const QString id = element.toObject().value(QLatin1String("sha256")).toString();
        if (!before.contains(id) || mine.contains(id))
            keep(element);
    }
    if (out.isEmpty() && local.isUndefined() && server.isUndefined())
        return QJsonValue(QJsonValue::Undefined);
    return out;
}

QStringList fieldNames(const QJsonObject &base, const QJsonObject &local, const QJsonObject &server)
{
    QSet<QString> names;
    for (const QJsonObject *payload : {&base, &local, &server}) {
        for (auto it = payload->begin(); it != payload->end(); ++it) {
            if (it.key() == FieldMerge::ReasonsKey) {
                const QJsonObject reasons = it.value().toObject();
                for (auto r = reasons.begin(); r != reasons.end(); ++r)
                    names.insert(FieldMerge::ReasonsKey + QLatin1Char('.') + r.key());
            } else {
                names.insert(it.key());
            }
        }
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

} // namespace

QJsonValue FieldMerge::value(const QJsonObject &payload, const QString &field)
{
    const QString prefix = ReasonsKey + QLatin1Char('.');
    if (field.startsWith(prefix))
        return payload.value(ReasonsKey).toObject().value(field.mid(prefix.size()));
    return payload.value(field);
}

void FieldMerge::setValue(QJsonObject &payload, const QString &field, const QJsonValue &value)
{
    const QString prefix = ReasonsKey + QLatin1Char('.');
    if (field.startsWith(prefix)) {
        QJsonObject reasons = payload.value(ReasonsKey).toObject();
        if (value.isUndefined())
            reasons.remove(field.mid(prefix.size()));
        else
            reasons.insert(field.mid(prefix.size()), value);
        if (reasons.isEmpty())
            payload.remove(ReasonsKey);
        else
            payload.insert(ReasonsKey, reasons);
        return;
    }
    if (value.isUndefined())
        payload.remove(field);
    else
        payload.insert(field, value);
}

FieldMerge::Outcome FieldMerge::mergeWithoutBase(const QJsonObject &local, const QJsonObject &server)
{
    Outcome outcome;
    outcome.merged = local;
    for (const QString &field : fieldNames({}, local, server)) {
        if (value(local, field) != value(server, field)) {
            outcome.localChanged << field;
            outcome.serverChanged << field;
            outcome.conflicts << field;
        }
    }
    return outcome;
}

FieldMerge::Outcome FieldMerge::merge(const QJsonObject &base, const QJsonObject &local,
                                      const QJsonObject &server)
{
    Outcome outcome;
    // A deletion replaces the whole row: it is not mixed with field changes from the other side.
    const bool localDeleted = isDeleted(local) && !isDeleted(base);
    const bool serverDeleted = isDeleted(server) && !isDeleted(base);
    if (localDeleted || serverDeleted) {
        const bool localMoved = local != base;
        const bool serverMoved = server != base;
        if (localMoved)
            outcome.localChanged << DeletedKey;
        if (serverMoved)
            outcome.serverChanged << DeletedKey;
        if (local == server || !serverMoved)
            outcome.merged = local;
        else if (!localMoved)
            outcome.merged = server;
        else
            outcome.conflicts << DeletedKey;
        return outcome;
    }

    outcome.merged = base;
    for (const QString &field : fieldNames(base, local, server)) {
        const QJsonValue before = value(base, field);
        const QJsonValue mine = value(local, field);
        const QJsonValue theirs = value(server, field);
        const bool mineMoved = mine != before;
        const bool theirsMoved = theirs != before;
        if (mineMoved)
            outcome.localChanged << field;
        if (theirsMoved)
            outcome.serverChanged << field;
        QJsonValue result = before;
        if (mineMoved && theirsMoved && mine != theirs) {
            if ((mine.isUndefined() || isFileList(mine)) && (theirs.isUndefined() || isFileList(theirs)) &&
                (isFileList(mine) || isFileList(theirs))) {
                result = mergeFiles(before, mine, theirs);
            } else {
                outcome.conflicts << field;
                continue;
            }
        } else if (mineMoved) {
            result = mine;
        } else if (theirsMoved) {
            result = theirs;
        }
        setValue(outcome.merged, field, result);
    }
    return outcome;
}

} // namespace junheng
