#pragma once

#include "FormDefinition.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace junheng {

// What the store keeps beside a roster row's payload so that a page of 3,000 rows can be filtered,
// sorted and counted in SQL: its key, the columns people filter by, and its issue counts. Derived from
// the payload alone; `stamp` says which payload (hash) and form version it was derived from, so a row
// changed behind the store's back (a pull, the CLI) is re-derived before it is listed.
struct RosterIndex
{
    QString key;        // the key fields' values joined; empty when a key field is empty
    QVariant grade;     // grade or grade_code
    QVariant className; // class_name or class_code
    QVariant sex;
    QVariant name;
    int hardCount = 0;
    int softCount = 0;
    bool deleted = false; // a deletion revision ({"_deleted": true})

    static RosterIndex of(const FormDefinition &form, const QJsonObject &payload);
    static QString stamp(const QString &payloadHash, int formVersion);
    // The key of a payload, in the form used by the key column ("" if a key field is empty).
    static QString keyOf(const FormDefinition &form, const QJsonObject &payload);
    // The filter column a field of this form is kept in ("row_grade", …), or empty when it has none.
    static QString columnFor(const FormDefinition &form, const QString &fieldId);
};

} // namespace junheng
