#pragma once

#include "AssessmentReport.h"
#include "LedgerRow.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace junheng {

// The issue ledger as it is stored and synced: the county's C2 records (forms/C2.json), one per item,
// turned into what the reports and the ledger page show. Every place a report is built (the CLI, the
// app, the server) goes through owners(), so they never read C2 differently.
class LedgerRecords
{
public:
    static inline const QString FormId = QStringLiteral("C2");

    // The C2 rows of this cycle by ReportBuilder::ledgerKey(school_code, item_code). Deleted rows are left
    // out; two rows for one item (two county devices offline at once) resolve to the later updated_at.
    static QHash<QString, LedgerOwner> owners(const QList<FormRecord> &records, const QString &cycle);
    static LedgerOwner fromPayload(const QJsonObject &payload);

    // The stored status values, in order, and how a person reads them (未整改, 整改中, 已整改).
    static QStringList statuses();
    static QString statusLabel(const QString &status);
};

} // namespace junheng
