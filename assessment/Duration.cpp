#include "Duration.h"

#include <QRegularExpression>
#include <cmath>

namespace junheng {

namespace {

// Every minute and second mark people use, made ASCII: ′ ' ’ ‘ ＇ 分 -> ', ″ " ” “ ＂ 秒 -> ".
QString canonical(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out += QChar(u - 0xFF10 + '0');
        else if (u == 0xFF0E || u == 0x3002)
            out += u'.';
        else if (u == 0xFF1A)
            out += u':';
        else if (u == 0x2032 || u == u'\'' || u == 0x2019 || u == 0x2018 || u == 0xFF07 || u == 0x5206 ||
                 u == 0x00B4 || u == u'`')
            out += u'\'';
        else if (u == 0x2033 || u == u'"' || u == 0x201D || u == 0x201C || u == 0xFF02 || u == 0x79D2)
            out += u'"';
        else if (!c.isSpace())
            out += c;
    }
    // 3'45'' (two single quotes for the second mark) is a common typing of 3′45″ too.
    out.replace(QStringLiteral("''"), QStringLiteral("\""));
    return out;
}

} // namespace

Duration::Parsed Duration::parse(const QString &text)
{
    const QString clean = canonical(text);
    if (clean.isEmpty())
        return {std::nullopt, Problem::Empty};
    if (clean.contains(u':'))
        return {std::nullopt, Problem::Colon};
    // minutes ' seconds " (either part optional, seconds may have decimals which are rounded up: a run
    // is never recorded faster than it was)
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{1,3})')?(?:(\\d{1,2}(?:\\.\\d+)?)\"?)?$"));
    const QRegularExpressionMatch match = pattern.match(clean);
    const bool hasMinutes = match.hasMatch() && !match.captured(1).isEmpty();
    const bool hasSeconds = match.hasMatch() && !match.captured(2).isEmpty();
    // A bare number ("225" or "3") says neither minutes nor seconds: refuse rather than guess.
    if (!match.hasMatch() || (!hasMinutes && !hasSeconds) || (!hasMinutes && !clean.endsWith(u'"')))
        return {std::nullopt, Problem::Unreadable};
    const int minutes = hasMinutes ? match.captured(1).toInt() : 0;
    const double seconds = hasSeconds ? match.captured(2).toDouble() : 0;
    if (hasMinutes && seconds >= 60)
        return {std::nullopt, Problem::SecondsOver59};
    return {minutes * 60 + int(std::ceil(seconds - 1e-9)), Problem::None};
}

QString Duration::format(int seconds)
{
    const int sign = seconds < 0 ? -1 : 1;
    seconds *= sign;
    return QStringLiteral("%1%2′%3″")
        .arg(sign < 0 ? QStringLiteral("-") : QString())
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace junheng
