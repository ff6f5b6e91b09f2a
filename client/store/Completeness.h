#pragma once

#include "ReviewState.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace junheng {

class LocalStore;

// Which school has which form in which state, by town, against the cycle's deadline: built from what the
// device pulled (the school directory and the review notes) and, for drafts, its own records.
struct CompletenessCell
{
    QString state = QStringLiteral("not_started"); // not_started, draft, submitted, returned, approved
    bool late = false;
    QDateTime at;
    QString byName;
};

struct CompletenessRow
{
    DirectorySchool school;
    QList<CompletenessCell> cells; // one per form of the table, in its order
    int approved = 0;
};

struct TownCompleteness
{
    QString townCode;
    QString townName;
    int schools = 0;
    QHash<QString, int> states; // state -> forms of its schools in that state
    int cells = 0;
};

struct CompletenessTable
{
    QString cycleId;
    QString cycleName;
    QDateTime deadline; // invalid: no closing date
    QStringList forms;
    QList<CompletenessRow> rows; // by town, then code
    QList<TownCompleteness> towns;
    QHash<QString, int> states; // over every cell

    // Builds it for the forms given (the school forms of the cycle when empty).
    static CompletenessTable build(const LocalStore &store, const QString &cycleId, QStringList forms = {});
    // 24:00 China Standard Time on `closesOn` (YYYY-MM-DD), in UTC.
    static QDateTime deadlineOf(const QString &closesOn);
};

} // namespace junheng
