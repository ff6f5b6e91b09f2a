#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace junheng {

// Three-way merge of one record's payload, field by field (docs/protocol.md, "Conflicts"). `base` is the
// payload of the revision the local change was made on, `local` this device's, `server` the server's
// current copy. A field is a top-level key, except:
//   - `_reasons` (why an unusual value is kept) merges per field it explains: `_reasons.<field>`;
//   - an attachment list (an array of objects with "sha256") merges as a set of files: added on either
//     side is kept, removed on either side is removed; it never conflicts;
//   - a deleted roster row (`{"_deleted": true}`) against changes on the other side conflicts as a whole,
//     on the one field `_deleted`.
// A field changed on both sides to the same value is not a conflict. A missing key is a value
// (undefined): removing a field on one side while the other changes it is a conflict.
class FieldMerge
{
public:
    struct Outcome
    {
        QJsonObject merged;        // when clean: base with both sides' changes
        QStringList localChanged;  // fields changed on this device since base (sorted)
        QStringList serverChanged; // fields changed on the server since base (sorted)
        QStringList conflicts;     // fields both sides changed, to different values (sorted)
        bool clean() const { return conflicts.isEmpty(); }
    };

    static Outcome merge(const QJsonObject &base, const QJsonObject &local, const QJsonObject &server);
    // Without the base (not kept on this device): every field that differs is a conflict, since nobody
    // can tell which side changed it. Equal payloads merge to themselves.
    static Outcome mergeWithoutBase(const QJsonObject &local, const QJsonObject &server);

    // The value of a field as merge() names it ("_reasons.x" reads inside `_reasons`); undefined if absent.
    static QJsonValue value(const QJsonObject &payload, const QString &field);
    // Sets (or, for an undefined value, removes) a field as merge() names it.
    static void setValue(QJsonObject &payload, const QString &field, const QJsonValue &value);

    static inline const QString ReasonsKey = QStringLiteral("_reasons");
    static inline const QString DeletedKey = QStringLiteral("_deleted");
};

} // namespace junheng
