#pragma once

#include <QDateTime>
#include <QString>

namespace junheng {

// A moment as a clerk reads it: "今天 14:05", "昨天 09:12", "3月2日 14:05", "2024年3月2日 14:05".
// Empty for an invalid time; the caller says what that means ("从未同步", "未保存").
QString describeTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

} // namespace junheng
