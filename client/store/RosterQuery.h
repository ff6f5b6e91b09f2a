#pragma once

#include "LocalRecord.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace junheng {

// Which rows of a roster a page shows: "only errors" means a hard error (or a duplicate key), "only
// warnings" a soft warning and no error.
enum class RosterIssueFilter { All, Errors, Warnings };

// One page of a roster (form, school, cycle), filtered and sorted in SQL; never all rows at once.
struct RosterQuery
{
    QString schoolCode;
    QString cycle;
    QString grade;     // exact value of the grade field (grade or grade_code); empty: any
    QString className; // exact value of class_name (or class_code); empty: any
    QString sex;       // "1" or "2"; empty: any
    RosterIssueFilter issues = RosterIssueFilter::All;
    QString search; // part of the name or the row key (e.g. 学籍号); empty: no search
    // Only these rows (e.g. those a reviewer commented on); nullopt: any row.
    std::optional<QStringList> uuids;
    QString sortField; // a field id of the form; empty: the order rows were added in
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 100;
};

struct RosterRow
{
    LocalRecord record;
    int hardCount = 0; // hard errors of the row itself, plus one if its key is used by another row
    int softCount = 0;
    bool duplicate = false; // another row of the roster has the same key
};

struct RosterIssueCounts
{
    int rows = 0;             // rows in the roster (deleted rows not counted)
    int rowsWithErrors = 0;   // at least one hard error (or a duplicate key)
    int rowsWithWarnings = 0; // at least one soft warning
};

struct RosterUpsertResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

} // namespace junheng
