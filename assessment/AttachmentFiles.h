#pragma once

#include "FormDefinition.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace junheng {

// Evidence files (佐证材料) kept on the device: a file chosen for an attachment field is copied into the
// data directory's attachments/ folder under its content hash (<sha256>.<ext>), so the same file attached
// twice is stored once and a record's descriptor always names exactly the bytes it was given.
class AttachmentFiles
{
public:
    // Checks the file against the field (extension, size), copies it into `directory` (created if need
    // be; written to a temporary name and renamed, so a crash never leaves half a file under a good name)
    // and returns its descriptor {"file", "name", "size", "sha256"}.
    static Result<QJsonObject> keep(const FormField &field, const QString &sourcePath,
                                    const QString &directory);

    // Where a descriptor's file is kept.
    static QString pathOf(const QJsonObject &descriptor, const QString &directory);

    // The descriptors of a field value whose file is missing or whose content no longer matches its
    // hash, as a message naming them; empty when every file is there and intact.
    static QString verify(const FormField &field, const QJsonValue &value, const QString &directory);
};

} // namespace junheng
