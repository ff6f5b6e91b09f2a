#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace junheng {

// Evidence files (佐证材料) of attachment fields: copied into <data dir>/attachments/<sha256>.<ext>, named
// by their content so the same file added twice is kept once and a payload's descriptor
// {"file", "name", "size", "sha256"} (docs/form-fields.md) always points at exactly those bytes.
class AttachmentFiles
{
public:
    // The folder next to the store's database file.
    static QString directoryFor(const QString &storePath);
    // Copies the file in (written to a temporary name, then renamed, so a crash leaves no half file) and
    // returns its descriptor. The error says which file and why, in Chinese.
    static Result<QJsonObject> import(const QString &storePath, const QString &sourcePath);
};

} // namespace junheng
