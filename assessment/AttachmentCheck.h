#pragma once

#include "FormDefinition.h"
#include "ValidationReport.h"

#include <QJsonValue>

namespace junheng {

// Attachment fields (佐证材料): the value is an array of file descriptors
//   {"file": "<sha256>.<ext>", "name": "原文件名.jpg", "size": 12345, "sha256": "<64 hex>"}
// whose files are kept under <data dir>/attachments/. This checks the descriptors' shape and the form's
// limits (accept, max_files, max_size_mb); that the file exists on disk is the store's business.
class AttachmentCheck
{
public:
    static void check(const FormField &field, const QJsonValue &value, QList<ValidationIssue> &issues);
    // Typed or imported text: a JSON array (or one object) of descriptors; anything else stays as text.
    static QJsonValue parse(const QString &text);
    // "照片1.jpg、通知.pdf"
    static QString display(const QJsonValue &value);
};

} // namespace junheng
