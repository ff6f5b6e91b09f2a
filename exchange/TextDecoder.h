#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace junheng {

// Text files from Chinese Excel are GB18030/GBK more often than UTF-8: decide which, and decode.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8（带 BOM）", "UTF-16", "GB18030"
};

namespace TextDecoder {

// UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised; bytes that are not valid UTF-8 are
// read as GB18030 (a superset of GBK and GB2312). Fails only when neither reads the bytes.
Result<DecodedText> decode(const QByteArray &bytes);

} // namespace TextDecoder
} // namespace junheng
