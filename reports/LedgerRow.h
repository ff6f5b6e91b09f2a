#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace junheng {

// Who answers for an item of the issue ledger (问题台账), by when, and how far it is: one C2 row
// (forms/C2.json), read by LedgerRecords::owners.
struct LedgerOwner
{
    QString owner;
    QDate due;
    QString status;    // C2 `status`: open, in_progress, done; empty when not recorded
    QString note;      // measures taken, or a note
    QString itemTitle; // the item's name when it was recorded (shown once the item no longer fails)
    QDateTime updatedAt;
};

// One line of the issue ledger: a failing item of a school (or of the county), with its gap and what the
// county recorded for it. The report's table and the ledger page are both made of these.
struct LedgerRow
{
    QString schoolCode; // empty: one of the county's own items
    QString itemCode;   // the engine's code; resource indicators carry their stage: R1.primary
    QString town;       // the school's town, when known
    QString who;        // 云溪县实验小学(小学), or the county's name
    QString item;       // the item's title
    QString current, standard, gap;
    bool failing = true; // false: recorded in the ledger, but the item no longer fails this cycle
    std::optional<LedgerOwner> entry;

    QString key() const;
};

} // namespace junheng
