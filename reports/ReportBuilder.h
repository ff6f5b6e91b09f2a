#pragma once

#include "AssessmentReport.h"
#include "LedgerRow.h"
#include "ReportBook.h"

#include <QHash>

namespace junheng {

// What a report is about, beside the engine's results.
struct ReportMeta
{
    QString countyName; // 云溪县
    QString town;       // empty: the county's report; else that town's schools only
    QString cycle;      // the cycle's name
    QDateTime generatedAt = QDateTime::currentDateTime();
    QHash<QString, LedgerOwner> owners; // key: ledgerKey(school code, item code); LedgerRecords::owners
};

// Turns the engine's results into the tables and charts of the report an official hands up: the
// summary, R1–R7 per school unit with the 6-of-7 rule, the difference coefficients, the government and
// quality items, fitness and myopia rates by town and school, the issue ledger and the schools left out.
// The XLSX and the PDF are both written from this one content, so they never disagree.
class ReportBuilder
{
public:
    static ReportBook build(const AssessmentReport &report, const ReportMeta &meta);
    static QString ledgerKey(const QString &schoolCode, const QString &itemCode);
    // The issue ledger of the report's scope: every failing item with its gap and owner, then the items
    // recorded in meta.owners that no longer fail (failing = false), so a closed issue is not lost.
    static QList<LedgerRow> ledgerRows(const AssessmentReport &report, const ReportMeta &meta);
    // The 问题台账 table of these rows (the report's, or the ledger page's export of what it shows).
    static ReportTable ledgerTable(const QList<LedgerRow> &lines);
};

} // namespace junheng
