#pragma once

#include "ValueNormaliser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace junheng {

// One column of a file layout: the header written on export, other headers seen in real files, the form
// field it fills (docs/form-fields.md) and how its text is read.
struct LayoutColumn
{
    QString header;
    QStringList aliases;
    QString fieldId;
    ValueKind kind = ValueKind::Plain;
    bool required = false;                // a file without this column is refused as a whole
    QHash<QString, QString> valueAliases; // written value -> stored value (大专 -> junior_college)
};

// A file layout people already exchange (DOMAIN.md §7), as data: which form it fills and its columns in
// the order they are written on export.
struct Layout
{
    QString id;     // "fitness", "myopia", "teachers"
    QString formId; // "S6", "S5", "S3"
    QString title;  // 国家学生体质健康标准数据上报 … (Chinese: the export's sheet name)
    QString keyField;
    bool sexAsCode = false; // export 性别 as 1/2 (the national upload) rather than 男/女
    QList<LayoutColumn> columns;

    const LayoutColumn *column(const QString &fieldId) const;
    // The title in the current language, for messages.
    QString displayTitle() const;

    static const QList<Layout> &all();
    static const Layout *byId(const QString &id);
    static const Layout *forForm(const QString &formId);

    // A header as compared with the layout's names: half-width, no spaces, no unit in brackets
    // ("身高（cm）" -> "身高"), × for x or * ("50米x8往返跑" -> "50米×8往返跑").
    static QString canonicalHeader(const QString &header);
};

} // namespace junheng
