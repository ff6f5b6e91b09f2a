#pragma once

#include <QString>
#include <optional>

namespace junheng {

// Run times as people and the national fitness files write them: 3′45″, 3'45", 3’45”, 3′45, 3分45秒,
// 45″, full-width digits and marks. Stored as whole seconds (225). "3:45" is refused on purpose: Excel
// reads it as a time of day, so the message asks for 3′45″.
class Duration
{
public:
    enum class Problem { None, Empty, Colon, Unreadable, SecondsOver59 };

    struct Parsed
    {
        std::optional<int> seconds;
        Problem problem = Problem::None;
    };

    static Parsed parse(const QString &text);
    // 225 -> "3′45″", 45 -> "0′45″"
    static QString format(int seconds);
};

} // namespace junheng
