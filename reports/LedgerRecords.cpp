#include "LedgerRecords.h"

#include "ReportBuilder.h"

#include <QCoreApplication>

namespace junheng {

LedgerOwner LedgerRecords::fromPayload(const QJsonObject &payload)
{
    LedgerOwner owner;
    owner.owner = payload.value(QLatin1String("owner")).toString().trimmed();
    owner.due = QDate::fromString(payload.value(QLatin1String("due_date")).toString(), Qt::ISODate);
    owner.status = payload.value(QLatin1String("status")).toString();
    owner.note = payload.value(QLatin1String("note")).toString();
    owner.itemTitle = payload.value(QLatin1String("item_title")).toString();
    owner.updatedAt =
        QDateTime::fromString(payload.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
    return owner;
}

QHash<QString, LedgerOwner> LedgerRecords::owners(const QList<FormRecord> &records, const QString &cycle)
{
    QHash<QString, LedgerOwner> owners;
    for (const FormRecord &record : records) {
        if (record.formId != FormId || record.cycle != cycle ||
            record.payload.value(QLatin1String("_deleted")).toBool())
            continue;
        const QString item = record.payload.value(QLatin1String("item_code")).toString();
        if (item.isEmpty())
            continue;
        const QString key =
            ReportBuilder::ledgerKey(record.payload.value(QLatin1String("school_code")).toString(), item);
        LedgerOwner owner = fromPayload(record.payload);
        const auto known = owners.constFind(key);
        // Later wins; an undated row never replaces a dated one.
        if (known != owners.constEnd() &&
            (!owner.updatedAt.isValid() ||
             (known->updatedAt.isValid() && known->updatedAt > owner.updatedAt)))
            continue;
        owners.insert(key, std::move(owner));
    }
    return owners;
}

QStringList LedgerRecords::statuses()
{
    return {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done")};
}

QString LedgerRecords::statusLabel(const QString &status)
{
    if (status == QLatin1String("in_progress"))
        return QCoreApplication::translate("LedgerRecords", "整改中");
    if (status == QLatin1String("done"))
        return QCoreApplication::translate("LedgerRecords", "已整改");
    return QCoreApplication::translate("LedgerRecords", "未整改");
}

} // namespace junheng
